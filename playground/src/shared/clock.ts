/**
 * The playground's times, fresh: every item keeps its place in the story (the post at 09.00,
 * the comments after it, the old posts years back) but the whole story ends an hour before the
 * page was opened. Fixed 2024 dates made every response time older than the dashboard's 30-day
 * cap (lib/schemas/response-limit.ts), so the popup and report could only show "–".
 * `?clock=<ISO or ms>` pins "now" for a page that must not change with the day.
 */
const STORY_END = Date.parse('2024-12-13T08:30:00.000Z');
const HOUR = 3_600_000;

function pinnedNow(): number | null {
  if (typeof location === 'undefined') return null;
  const raw = new URLSearchParams(location.search).get('clock');
  if (!raw) return null;
  const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(ms) ? ms : null;
}

const SHIFT = (pinnedNow() ?? Date.now()) - HOUR - STORY_END;

/** An ISO time of the story, moved so the story ends an hour ago. */
export function fresh(iso: string): string {
  return new Date(Date.parse(iso) + SHIFT).toISOString();
}
