import { describe, expect, it } from 'vitest';
import { cycleFocus, moveActive, PAGE_STEP, paletteAction, type KeyContext, type KeyInput } from '@/entrypoints/overlay.content/ui/palette/nav';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});
const inSearch = (over: Partial<KeyContext> = {}): KeyContext => ({ place: 'search', count: 18, fieldIndex: -1, fieldsFilled: [], ...over });

describe('paletteAction: what a key does', () => {
  it.each<[string, KeyInput, KeyContext, ReturnType<typeof paletteAction>]>([
    ['ArrowDown moves down', key('ArrowDown'), inSearch(), { type: 'move', delta: 1 }],
    ['ArrowUp moves up', key('ArrowUp'), inSearch(), { type: 'move', delta: -1 }],
    ['PageDown moves a page', key('PageDown'), inSearch(), { type: 'move', delta: PAGE_STEP }],
    ['PageUp moves a page back', key('PageUp'), inSearch(), { type: 'move', delta: -PAGE_STEP }],
    ['Ctrl+Home goes to the first row', key('Home', { ctrlKey: true }), inSearch(), { type: 'edge', to: 'first' }],
    ['Cmd+End goes to the last row', key('End', { metaKey: true }), inSearch(), { type: 'edge', to: 'last' }],
    ['plain Home moves the caret in the search box', key('Home'), inSearch(), null],
    ['Enter without fields inserts', key('Enter'), inSearch(), { type: 'insert' }],
    ['Enter with filled fields inserts', key('Enter'), inSearch({ fieldsFilled: [true, true] }), { type: 'insert' }],
    ['Enter with an empty field goes to it', key('Enter'), inSearch({ fieldsFilled: [true, false, false] }), { type: 'focus-field', index: 1 }],
    ['Ctrl+Enter inserts even with empty fields', key('Enter', { ctrlKey: true }), inSearch({ fieldsFilled: [false] }), { type: 'insert' }],
    ['Enter in a field goes to the next empty one', key('Enter'), { place: 'field', count: 3, fieldIndex: 0, fieldsFilled: [true, true, false] }, { type: 'focus-field', index: 2 }],
    ['Enter in the last field inserts', key('Enter'), { place: 'field', count: 3, fieldIndex: 1, fieldsFilled: [false, true] }, { type: 'insert' }],
    ['Enter in a field with only earlier gaps inserts', key('Enter'), { place: 'field', count: 3, fieldIndex: 1, fieldsFilled: [false, true, true] }, { type: 'insert' }],
    ['Enter on a button is the button’s own', key('Enter'), { place: 'other', count: 3, fieldIndex: -1, fieldsFilled: [] }, null],
    ['Shift+Enter does nothing', key('Enter', { shiftKey: true }), inSearch(), null],
    ['Enter with nothing listed does nothing', key('Enter'), inSearch({ count: 0 }), null],
    ['Enter while an IME composes picks the word', key('Enter', { isComposing: true }), inSearch(), null],
    ['Escape closes from the search box', key('Escape'), inSearch(), { type: 'close' }],
    ['Escape closes from a field', key('Escape'), { place: 'field', count: 3, fieldIndex: 0, fieldsFilled: [false] }, { type: 'close' }],
    ['Tab cycles', key('Tab'), inSearch(), { type: 'tab', backwards: false }],
    ['Shift+Tab cycles back', key('Tab', { shiftKey: true }), inSearch(), { type: 'tab', backwards: true }],
    ['Ctrl+Tab is the browser’s', key('Tab', { ctrlKey: true }), inSearch(), null],
    ['arrows in a field move its caret', key('ArrowDown'), { place: 'field', count: 3, fieldIndex: 0, fieldsFilled: [false] }, null],
    ['arrows with nothing listed do nothing', key('ArrowDown'), inSearch({ count: 0 }), null],
    ['Shift+ArrowDown selects text', key('ArrowDown', { shiftKey: true }), inSearch(), null],
    ['letters are typed', key('a'), inSearch(), null],
  ])('%s', (_name, e, ctx, expected) => {
    expect(paletteAction(e, ctx)).toEqual(expected);
  });
});

describe('moveActive', () => {
  it.each<[number, number, number, number]>([
    [0, 5, 1, 1],
    [4, 5, 1, 0], // wraps to the top
    [0, 5, -1, 4], // wraps to the bottom
    [-1, 5, 1, 0], // nothing highlighted yet: down starts at the first
    [-1, 5, -1, 4], // ... up at the last
    [2, 18, PAGE_STEP, 7],
    [16, 18, PAGE_STEP, 17], // a page stops at the end
    [3, 18, -PAGE_STEP, 0], // ... and at the start
    [9, 5, 1, 0], // out of range after the list shrank
    [0, 0, 1, -1],
    [0, 1, 1, 0],
  ])('from %i of %i by %i → %i', (active, count, delta, expected) => {
    expect(moveActive(active, count, delta)).toBe(expected);
  });
});

describe('cycleFocus', () => {
  it.each<[number, number, boolean, number]>([
    [0, 4, false, 1],
    [3, 4, false, 0],
    [0, 4, true, 3],
    [2, 4, true, 1],
    [-1, 4, false, 0], // focus outside the dialog comes back in at the start
    [-1, 4, true, 3], // ... or the end
    [0, 0, false, -1],
  ])('from %i of %i (backwards %s) → %i', (current, count, backwards, expected) => {
    expect(cycleFocus(current, count, backwards)).toBe(expected);
  });
});
