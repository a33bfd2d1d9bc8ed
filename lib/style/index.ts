/**
 * The SOP/persona checker: pure functions of the draft, the agency's profile and the clock.
 * The check panel and the options page code against this module. (A content-script chunk that
 * does not validate custom rules can import lib/style/runtime instead and leave redos-detector
 * out.)
 */
export * from './runtime';
export { validateCustomRule, type CustomRuleVerdict } from './validate-custom-rule';
