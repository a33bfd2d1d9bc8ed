/**
 * Which attributes a capture keeps, and how each value is redacted. Kept: the ones the adapters
 * read (lib/platforms: role, aria-*, data-testid, data-ad-rendering-role, data-lexical-editor,
 * contenteditable, lang, dir, href, datetime, data-utime, title, placeholder, type, tabindex,
 * disabled, Draft.js's data-text/data-block and class names). Everything else (class, style,
 * src, alt text aside, value, name) is dropped.
 */
import { linkShape } from './links';
import type { Placeholders } from './placeholders';
import { redactText } from './text';
import { KNOWN_TEST_ID_PARTS, KNOWN_TEST_IDS } from './ui-words';

/** Attribute values that are free text: redacted word by word. */
const TEXT_ATTRS = new Set(['aria-label', 'aria-placeholder', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'data-placeholder', 'alt']);
/** Attribute values that are element ids (or lists of them): mapped like the ids themselves. */
const IDREF_ATTRS = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto']);
/** Enumerated values (true/false, a role, a number): kept when they look like one. */
const ENUM_ATTRS = new Set(['role', 'contenteditable', 'lang', 'dir', 'type', 'tabindex', 'disabled', 'data-lexical-editor', 'data-text', 'data-block', 'spellcheck', 'hidden', 'open']);
const ENUM_VALUE = /^[A-Za-z0-9_ -]{0,40}$/;
const TIME_VALUE = /^[0-9TZ:.+\- ]{4,40}$/;
/** Class names from libraries, not from a site's build (x.ts reads Draft.js's). */
const LIBRARY_CLASS = /^(?:public-)?Draft[A-Za-z-]*$/;

export interface AttrContext {
  base: string;
  ph: Placeholders;
}

/** The redacted value of one attribute, or null to drop it. */
export function redactAttribute(name: string, value: string, ctx: AttrContext): string | null {
  const n = name.toLowerCase();
  if (n === 'href') {
    const shape = linkShape(value, ctx.base, ctx.ph);
    return shape === '' ? null : shape;
  }
  if (n === 'class') {
    const kept = value.split(/\s+/).filter((c) => LIBRARY_CLASS.test(c));
    return kept.length > 0 ? kept.join(' ') : null;
  }
  if (n === 'datetime' || n === 'data-utime') return TIME_VALUE.test(value) ? value : null;
  if (n === 'data-testid') return testId(value, ctx);
  if (n === 'data-ad-rendering-role') return /^[a-z_]{1,40}$/.test(value) ? value : null;
  if (TEXT_ATTRS.has(n)) return redactText(value, ctx.ph);
  if (IDREF_ATTRS.has(n)) return value.split(/\s+/).filter(Boolean).map((id) => ctx.ph.of(id)).join(' ');
  if (ENUM_ATTRS.has(n) || n.startsWith('aria-')) return ENUM_VALUE.test(value) ? value : redactText(value, ctx.ph);
  return null;
}

/**
 * A test id is the site's code name ("tweetTextarea_0", "UserAvatar-Container-warga_a"): kept
 * when the adapters know it whole; otherwise its first part stays (a code name) and later parts
 * stay only when they are parts of known test ids; a handle or an id becomes a placeholder.
 */
function testId(value: string, ctx: AttrContext): string {
  if (KNOWN_TEST_IDS.has(value)) return value;
  const [first = '', ...rest] = value.split('-');
  return [first, ...rest.map((p) => (KNOWN_TEST_ID_PARTS.has(p) ? p : ctx.ph.of(p)))].join('-');
}
