import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every user-facing string of the popup, the options page, the report and the overlay UI goes
 * through lib/i18n. This reads each .tsx file's syntax tree and lists text a user would see that
 * is written in the file: JSX text with letters, and literal strings in attributes people read
 * (aria-label, title, placeholder, alt, aria-description, value of a button/submit input).
 * Anything that is not language (punctuation, "·", "–", numbers) is allowed.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const DIRS = ['entrypoints/popup', 'entrypoints/options', 'entrypoints/report', 'entrypoints/overlay.content/ui', 'components'];
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** Letters in any script: a word, not a separator. */
const WORDISH = /\p{L}{2,}/u;

/** Words that read the same in Indonesian and English. */
const NEUTRAL = new Set(['OK', 'Pranata', 'X', 'Facebook', 'Instagram']);

function files(dir: string, ext: string): string[] {
  const full = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path), ext);
    return name.endsWith(ext) && !name.endsWith(`.d${ext}`) ? [path] : [];
  });
}

/**
 * The overlay's core features build plain DOM: text set with `textContent = '...'` or read
 * attributes set with `setAttribute('aria-label', '...')` must come from the catalog too.
 */
function hardCodedDomTexts(source: string, fileName = 'file.ts'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const line = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const literalText = (e: ts.Expression | undefined) => (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null);
  const wordy = (text: string | null) => text !== null && WORDISH.test(text) && !NEUTRAL.has(text.trim());
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const prop = node.left.name.text;
      const text = literalText(node.right);
      if ((prop === 'textContent' || prop === 'title' || prop === 'placeholder' || prop === 'ariaLabel') && wordy(text)) found.push(`${line(node)}: ${prop} = "${text}"`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      const attr = literalText(name);
      const text = literalText(value);
      if (attr && READ_ATTRIBUTES.has(attr) && wordy(text)) found.push(`${line(node)}: ${attr}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function hardCodedTexts(source: string, fileName = 'file.tsx'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText(sf).trim();
      if (WORDISH.test(text)) found.push(`${at(node)}: ${text}`);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : null;
      if (literal !== null && READ_ATTRIBUTES.has(name) && WORDISH.test(literal)) found.push(`${at(node)}: ${name}="${literal}"`);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && ts.isJsxElement(node.parent)) {
      // {'Simpan'} as a child is text too.
      if (WORDISH.test(node.expression.text)) found.push(`${at(node)}: ${node.expression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded UI text in JSX (everything through lib/i18n)', () => {
  it('the scanner finds text, attributes and string children, and lets punctuation and keys pass', () => {
    const src = `
      export const A = () => (
        <section aria-label="Ringkasan" title={'Judul'}>
          <h2>Pengaturan</h2>
          <p>{tr('popup.title')} · {count} – {'Simpan'}</p>
          <input placeholder="Cari template" data-testid="search-box" className="search" />
          <img alt="" src="x.png" />
        </section>
      );`;
    expect(hardCodedTexts(src)).toEqual(['3: aria-label="Ringkasan"', '3: title="Judul"', '4: Pengaturan', '5: Simpan', '6: placeholder="Cari template"']);
  });

  const uiFiles = DIRS.flatMap((d) => files(d, '.tsx'));
  it('finds the UI files', () => {
    expect(uiFiles.length).toBeGreaterThan(10);
  });

  it.each(uiFiles.map((f) => [relative(ROOT, f)]))('%s', (file) => {
    expect(hardCodedTexts(readFileSync(join(ROOT, file), 'utf8'), file)).toEqual([]);
  });
});

describe('no hard-coded UI text in the overlay\'s plain-DOM features', () => {
  it('the scanner finds textContent and read attributes set to words', () => {
    const src = `
      el.textContent = 'Terkirim';
      el.textContent = t(lang, 'overlay.sent');
      close.setAttribute('aria-label', 'Tutup');
      close.setAttribute('aria-label', 'OK');
      el.setAttribute('data-testid', 'pranata-notice');
      el.title = \`Balas\`;`;
    expect(hardCodedDomTexts(src)).toEqual(['2: textContent = "Terkirim"', '4: aria-label="Tutup"', '7: title = "Balas"']);
  });

  const domFiles = files('entrypoints/overlay.content', '.ts');
  it.each(domFiles.map((f) => [relative(ROOT, f)]))('%s', (file) => {
    expect(hardCodedDomTexts(readFileSync(join(ROOT, file), 'utf8'), file)).toEqual([]);
  });
});
