import { GOVERNMENT_SUFFIXES, SHORTENERS } from './lexicon/persona';

const SHORTENER_SET: ReadonlySet<string> = new Set(SHORTENERS);

/** Host (lower case, no "www.") and path (lower case) of a link written with or without a scheme. */
export function splitUrl(url: string): { host: string; path: string } {
  const noScheme = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const cut = noScheme.search(/[/?#]/);
  const hostPort = cut < 0 ? noScheme : noScheme.slice(0, cut);
  const host = hostPort.replace(/:\d+$/, '').replace(/^www\./i, '').replace(/^\*\./, '').toLowerCase();
  const path = cut < 0 ? '' : noScheme.slice(cut).toLowerCase();
  return { host, path };
}

function hostUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

export function isShortener(host: string): boolean {
  return SHORTENER_SET.has(host);
}

const parsedDomains = new WeakMap<readonly string[], { host: string; prefix: string }[]>();

function parsed(officialDomains: readonly string[]): { host: string; prefix: string }[] {
  let list = parsedDomains.get(officialDomains);
  if (!list) {
    list = officialDomains
      .map((entry) => splitUrl(entry))
      .filter((d) => d.host !== '')
      .map((d) => ({ host: d.host, prefix: d.path.replace(/\/+$/, '') }));
    parsedDomains.set(officialDomains, list);
  }
  return list;
}

/**
 * *.go.id and *.mil.id are official by law; a profile adds its own domains, optionally with a
 * path ("instagram.com/humaskemkes" allows that account and nothing else on instagram.com).
 */
export function isOfficialHost(host: string, path: string, officialDomains: readonly string[]): boolean {
  if (!host) return false;
  if (GOVERNMENT_SUFFIXES.some((d) => hostUnder(host, d))) return true;
  for (const { host: h, prefix } of parsed(officialDomains)) {
    if (!hostUnder(host, h)) continue;
    if (prefix === '' || path === prefix || path.startsWith(prefix + '/') || path.startsWith(prefix + '?')) return true;
  }
  return false;
}

export function isOfficialUrl(url: string, officialDomains: readonly string[]): boolean {
  const { host, path } = splitUrl(url);
  return isOfficialHost(host, path, officialDomains);
}
