import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/platforms');
export const SHARED_X = resolve(import.meta.dirname, '../../../../shared/fixtures/x');

interface HappyDomWindow {
  happyDOM?: { setURL(url: string): void };
}

/**
 * Loads a fixture page into the test's document (happy-dom): its <html> (with lang) replaces the
 * current one, and the address comes from <meta name="fixture-url">, so path-based logic sees
 * e.g. https://x.com/warga_a/status/1861000000000000100.
 */
export function loadPage(html: string, url?: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const address = url ?? parsed.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? 'https://example.org/';
  (window as unknown as HappyDomWindow).happyDOM?.setURL(address);
  const root = document.documentElement;
  for (const a of Array.from(root.attributes)) root.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) root.setAttribute(a.name, a.value);
  root.replaceChildren(...Array.from(parsed.documentElement.childNodes).map((n) => document.adoptNode(n)));
  return document;
}

export function loadFixture(relPath: string, url?: string): Document {
  return loadPage(readFileSync(resolve(FIXTURES, relPath), 'utf8'), url);
}

/** Wraps a saved fragment (outerHTML of one post) into a page. */
export function loadFragment(fragment: string, lang: string, url: string): Document {
  return loadPage(`<!DOCTYPE html><html lang="${lang}"><head></head><body>${fragment}</body></html>`, url);
}
