/**
 * Putting text into the sites' own editors so that the EDITOR'S STATE changes, not just the pixels
 * (see PLATFORMS.md, "Putting text into the site's editor"). Runs in a content script (isolated
 * world): it can only touch the DOM and dispatch events, never the page's JS objects, so every
 * path goes through what the editor itself listens to:
 *
 * - textarea (React-controlled): execCommand('insertText') (keeps the native undo stack), then the
 *   native value setter + an `input` event, which React's value tracker picks up.
 * - lexical: a synthetic `paste` with a DataTransfer (Lexical's plain-text paste handler inserts
 *   through its model and splits lines); execCommand('insertText') only as a fallback for one line
 *   at a collapsed caret, since execCommand fires no beforeinput and Lexical then has to
 *   reconcile the DOM edit.
 * - draft: a synthetic `paste` only. execCommand into an EMPTY Draft editor crashes the page's
 *   React, and DOM edits desync Draft's EditorState.
 * - contenteditable (unknown editor): execCommand('insertText'), then a synthetic paste.
 *
 * After inserting, the text is read back and compared. On a mismatch, what changed is undone
 * through the editor's own undo, the text goes to the clipboard and the caller tells the admin to
 * paste. Nothing here ever submits, and nothing rewrites the editor's DOM.
 *
 * Files by job: model.ts (the editor's text and its map to DOM nodes), read.ts (readText),
 * rects.ts (where a range is on screen), selection.ts (reading and setting the caret), ways.ts
 * (how text goes into each editor kind and is undone), insert.ts (insert, read back, undo on a
 * mismatch), clipboard.ts (the fallback). Callers import from here.
 */

export { readText } from './read';
export { rangeRects } from './rects';
export { readSelection } from './selection';
export { copyToClipboard } from './clipboard';
export { insertText, replaceRange, type InsertResult } from './insert';
