import type { Engine, PatternRule } from './types';

/**
 * Pattern: regular expressions with a validating step (personal data, number formats, left-over
 * template fields, the admin's own custom rules). Each rule's `find` does the matching.
 */
export const patternEngine: Engine<PatternRule> = {
  compile(rules, ctx) {
    return (doc, emit) => {
      for (const rule of rules) {
        for (const m of rule.find(doc, ctx)) {
          emit(rule, m.start, m.end, rule.message({ found: m.found, suggestion: m.replacements[0] }), m.replacements, m.severity);
        }
      }
    };
  },
};
