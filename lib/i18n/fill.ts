/**
 * Fills a UI string's placeholders, as text (callers render the result as a text node).
 * `{name}` takes params.name. `{count|# error|# errors}` picks the plural form of the language for
 * the number params.count (Intl.PluralRules; "#" is the number as given), so English says
 * "1 error" and "2 errors" while Indonesian, which has one form, writes just `{count} kesalahan`.
 * One filler for the full i18n layer and the content script's small catalogs.
 */
export type FillParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;
const RULES: Record<string, Intl.PluralRules> = {};

export function fillPlaceholders(template: string, params: FillParams, locale: string): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    const n = typeof value === 'number' ? value : Number(String(value).replace(/\D/gu, ''));
    const rules = (RULES[locale] ??= new Intl.PluralRules(locale));
    return (rules.select(n) === 'one' ? one : other).replace(/#/gu, String(value));
  });
}
