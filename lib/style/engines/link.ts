import { isOfficialHost, isOfficialUrl, isShortener } from '../links';
import type { Engine, LinkRule } from './types';

/** Link policy: shortened links, and links outside *.go.id and the agency's own domains. */
export const linkEngine: Engine<LinkRule> = {
  compile(rules, ctx) {
    const shortener = rules.find((r) => r.kind === 'shortener');
    const unofficial = rules.find((r) => r.kind === 'unofficial');
    const website = ctx.profile.channels.website.trim();
    const suggestion = website && isOfficialUrl(website, ctx.profile.officialDomains) ? [website] : [];
    return (doc, emit) => {
      for (const span of doc.spans) {
        if (span.kind !== 'url' || span.host === undefined) continue;
        if (isOfficialHost(span.host, span.path ?? '', ctx.profile.officialDomains)) continue;
        const rule = isShortener(span.host) ? shortener : unofficial;
        if (!rule) continue;
        emit(rule, span.start, span.end, rule.message({ found: span.text, suggestion: suggestion[0] }), suggestion);
      }
    };
  },
};
