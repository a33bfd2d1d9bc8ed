import Fuse, { type IFuseOptions } from 'fuse.js';
import type { PlatformId } from '@/lib/schemas/common';
import type { Template } from '@/lib/schemas/template';
import { categoryLabel } from './categories';
import { availableOn, compareUsage } from './order';
import { parseTemplate } from './parse';
import { normalizeShortcut } from './shortcut';

export interface SearchOptions {
  /** Leave out templates restricted to other platforms. */
  platform?: PlatformId;
  limit?: number;
  /**
   * With an empty query, templates of these categories come first (in this order), each group in
   * the usual order: the categories suggested for the comment being answered (issue 17).
   */
  prefer?: readonly string[];
}

/**
 * Scores closer than this count as a tie, broken by favourite and usage: Fuse scores differ in
 * the third decimal for equally good matches (field length), which should not beat the admin's
 * own habits.
 */
export const SCORE_TIE = 0.05;

const FUSE_OPTIONS: IFuseOptions<Template> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'shortcut', weight: 2, getFn: (t) => t.shortcut?.slice(1) ?? '' },
    { name: 'tags', weight: 2 },
    { name: 'body', weight: 1, getFn: (t) => searchableBody(t.body) },
    { name: 'category', weight: 1, getFn: (t) => categoryLabel(t.category, 'id') },
  ],
  // Each word of the query is matched (fuzzily) on its own, and all of them must match somewhere.
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  threshold: 0.3,
};

/**
 * The body as it reads to the admin: variables (in nearly every template, so they would only add
 * noise) are left out; a field counts by its label ("Nomor tiket").
 */
function searchableBody(body: string): string {
  return parseTemplate(body)
    .map((seg) => (seg.kind === 'text' ? seg.text : seg.kind === 'field' ? ` ${seg.label ?? seg.name} ` : ' '))
    .join('');
}

// One index per templates array: the stores hand out a new array when the list changes.
const indexes = new WeakMap<readonly Template[], Fuse<Template>>();

function indexFor(templates: readonly Template[]): Fuse<Template> {
  let fuse = indexes.get(templates);
  if (!fuse) {
    fuse = new Fuse(templates, FUSE_OPTIONS);
    indexes.set(templates, fuse);
  }
  return fuse;
}

/**
 * Templates matching a query, best first. Empty query (or "/"): favourites, then most used, then
 * most recently used, then by title. A query that is a whole shortcut, with or without its slash
 * ("maaf", "/maaf"), puts that template first; a query starting with "/" then lists templates
 * whose shortcut starts with it, shortest first. The rest is fuzzy: every word of the query must
 * match the title, shortcut, tags, body text or category name; near-equal scores are ordered by
 * the admin's habits (SCORE_TIE). Templates restricted to other platforms are left out.
 * Do not mutate the array between calls: its index is cached by identity.
 */
export function searchTemplates(
  templates: readonly Template[],
  query: string,
  opts: SearchOptions = {},
): Template[] {
  const q = query.trim();
  const usable = (t: Template) => availableOn(t, opts.platform);
  let ranked: Template[];

  if (q === '' || q === '/') {
    const prefer = opts.prefer ?? [];
    const rank = (t: Template) => {
      const i = prefer.indexOf(t.category);
      return i < 0 ? prefer.length : i;
    };
    ranked = templates.filter(usable).sort((a, b) => rank(a) - rank(b) || compareUsage(a, b));
  } else {
    const byShortcut = q.startsWith('/') ? shortcutPrefixMatches(templates, q).filter(usable) : [];
    const fuzzy = rankFuzzy(indexFor(templates), q.replace(/^\/+/u, '')).filter(usable);
    const exact = exactShortcut(templates, q);
    const seen = new Set<Template>();
    ranked = [];
    for (const t of [...(exact && usable(exact) ? [exact] : []), ...byShortcut, ...fuzzy]) {
      if (!seen.has(t)) ranked.push(t);
      seen.add(t);
    }
  }
  return opts.limit === undefined ? ranked : ranked.slice(0, Math.max(0, opts.limit));
}

function rankFuzzy(fuse: Fuse<Template>, q: string): Template[] {
  if (q === '') return [];
  const results = fuse.search(q).map((r) => ({ t: r.item, score: r.score ?? 1 }));
  results.sort((a, b) => a.score - b.score);
  // Group results whose scores are within SCORE_TIE of the group's best, then order each group
  // by the admin's habits.
  const out: Template[] = [];
  let group: Template[] = [];
  let groupBest = 0;
  for (const r of results) {
    if (group.length > 0 && r.score - groupBest >= SCORE_TIE) {
      out.push(...group.sort(compareUsage));
      group = [];
    }
    if (group.length === 0) groupBest = r.score;
    group.push(r.t);
  }
  out.push(...group.sort(compareUsage));
  return out;
}

/** A query that is a whole shortcut, with or without its slash ("maaf", "/maaf"). */
function exactShortcut(templates: readonly Template[], q: string): Template | undefined {
  const wanted = normalizeShortcut(q);
  return templates.filter((t) => t.shortcut === wanted).sort(compareUsage)[0];
}

function shortcutPrefixMatches(templates: readonly Template[], q: string): Template[] {
  const prefix = normalizeShortcut(q);
  return templates
    .filter((t) => t.shortcut?.startsWith(prefix))
    .sort((a, b) => (a.shortcut?.length ?? 0) - (b.shortcut?.length ?? 0) || compareUsage(a, b));
}
