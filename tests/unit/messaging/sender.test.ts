import { describe, expect, it } from 'vitest';
import { classifySender, type SenderInfo, type SenderKind } from '@/lib/handlers/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it.each<[string, SenderInfo, SenderKind]>([
    ['popup page', { id: ID, url: `${ORIGIN}popup.html` }, 'extension'],
    ['options page opened in a tab', { id: ID, url: `${ORIGIN}options.html#data`, tab: { id: 3 } }, 'extension'],
    ['content script on x.com', { id: ID, url: 'https://x.com/home', tab: { id: 7 } }, 'content'],
    ['content script on facebook', { id: ID, url: 'https://www.facebook.com/humas', tab: { id: 8 } }, 'content'],
    ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://other/popup.html' }, 'foreign'],
    ['no id at all', { url: 'https://x.com/' }, 'foreign'],
    ['our id but neither page nor tab', { id: ID }, 'foreign'],
    ['look-alike origin prefix in a page URL', { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 1 } }, 'content'],
  ])('%s → %s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });
});
