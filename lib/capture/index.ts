/**
 * A redacted page capture for the field ("Rekam struktur halaman", issue 14 item 4): one HTML
 * file of a platform page's structure that a maintainer can turn into an adapter fixture, with
 * no personal data in it. Pure: a DOM in, a string out.
 *   kept: tags, role, aria-*, data-testid, data-ad-rendering-role, data-lexical-editor,
 *     contenteditable, lang, times, link shapes, the sites' own UI words, numbers with units
 *   replaced by placeholders of the same shape: names, handles, comment and post text, ids,
 *     labels' names, e-mail addresses, phone numbers, NIKs, links to other sites
 */
import { Placeholders } from './placeholders';
import { escapeAttr, serialize } from './serialize';
import { linkShape } from './links';

export interface CaptureOptions {
  /** The page's address (links resolve against it; its shape goes into the file). */
  url: string;
  platform: string;
  /** When the capture is made (written into the file). */
  capturedAt: Date;
  /** Most elements written (a timeline can hold tens of thousands). */
  maxElements?: number;
}

export interface Capture {
  html: string;
  elements: number;
  truncated: boolean;
}

export const CAPTURE_FORMAT = 1;

export function capturePage(doc: Document, opts: CaptureOptions): Capture {
  const ph = new Placeholders();
  const ctx = { base: opts.url, ph };
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const body = doc.body ? serialize(doc.body, ctx, opts.maxElements ?? 40000) : { html: '', elements: 0, truncated: false };
  const url = linkShape(opts.url, opts.url, ph) || 'https://link.invalid/';
  const meta = `format=${CAPTURE_FORMAT}; platform=${opts.platform}; captured=${opts.capturedAt.toISOString()}; elements=${body.elements}${body.truncated ? '; truncated' : ''}`;
  const html =
    `<!DOCTYPE html>\n<html lang="${escapeAttr(/^[A-Za-z-]{0,12}$/.test(lang) ? lang : '')}">` +
    `<head><meta charset="utf-8"><meta name="fixture-url" content="${escapeAttr(url)}">` +
    `<meta name="pranata-capture" content="${escapeAttr(meta)}"><title>Pranata capture</title></head>` +
    `<body>${body.html}</body></html>\n`;
  return { html, elements: body.elements, truncated: body.truncated };
}

/** File name for a capture: platform and time, nothing from the page. */
export function captureFileName(platform: string, at: Date): string {
  return `pranata-capture-${platform}-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.html`;
}
