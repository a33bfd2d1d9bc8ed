/** The palette's styles, inside the overlay's shadow root (the site's CSS does not reach them). */
export const PALETTE_CSS = `
.pp-layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; }
.pp-button { position: fixed; display: inline-flex; align-items: center; justify-content: center; padding: 0; border: 1px solid #1d4ed8;
  border-radius: 50%; background: #fff; color: #1d4ed8; box-shadow: 0 1px 4px rgba(0,0,0,.25); cursor: pointer; pointer-events: auto; }
.pp-button:hover, .pp-button[aria-expanded="true"] { background: #1d4ed8; color: #fff; }
.pp-button:focus-visible, .pp-dialog :focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.pp-dialog { position: fixed; display: flex; flex-direction: column; gap: 8px; padding: 10px 12px; overflow: hidden; pointer-events: auto;
  background: #fff; color: #111827; border: 1px solid #9ca3af; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.25); }
.pp-head, .pp-search, .pp-foot { flex: none; }
.pp-body { flex: 1 1 auto; min-height: 0; overflow-y: auto; display: flex; flex-direction: column; gap: 8px; }
.pp-head { display: flex; align-items: baseline; gap: 8px; }
.pp-title { margin: 0; font-size: 14px; font-weight: 600; }
.pp-target { flex: 1; min-width: 0; color: #4b5563; font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pp-close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; cursor: pointer; color: #374151; border-radius: 4px; }
.pp-search { width: 100%; font: inherit; padding: 7px 9px; border: 1px solid #6b7280; border-radius: 6px; color: inherit; background: #fff; }
.pp-list { list-style: none; margin: 0; padding: 0; border: 1px solid #e5e7eb; border-radius: 6px; flex-shrink: 0; }
.pp-list:empty { display: none; }
.pp-list [role="option"] { display: flex; justify-content: space-between; gap: 8px; padding: 5px 8px; cursor: pointer; }
.pp-list [role="option"][aria-selected="true"] { background: #1d4ed8; color: #fff; }
.pp-item-title { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pp-item-meta { flex-shrink: 0; font-size: 11px; opacity: .85; }
.pp-item-meta kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.pp-star { color: #b45309; }
[aria-selected="true"] .pp-star { color: #fde68a; }
.pp-count, .pp-empty { margin: 0; font-size: 11px; color: #4b5563; }
.pp-fields { margin: 0; padding: 6px 8px; border: 1px solid #e5e7eb; border-radius: 6px; display: grid; gap: 6px; }
.pp-fields legend { font-size: 12px; font-weight: 600; padding: 0 4px; }
.pp-fields label, .pp-name { display: grid; gap: 2px; font-size: 12px; }
.pp-fields input, .pp-name input { font: inherit; padding: 5px 7px; border: 1px solid #6b7280; border-radius: 5px; }
.pp-preview, .pp-fields, .pp-name, .pp-count, .pp-empty { flex-shrink: 0; }
.pp-preview { display: grid; gap: 4px; padding: 8px; background: #f9fafb; border-radius: 6px; }
.pp-text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.pp-length { margin: 0; font-size: 12px; color: #374151; }
.pp-length.pp-over { color: #b91c1c; font-weight: 600; }
.pp-missing, .pp-unknown { margin: 0; font-size: 12px; color: #92400e; }
.pp-check { font-size: 12px; }
.pp-check ul { margin: 2px 0 0; padding-left: 18px; }
.pp-check li[data-severity="error"] { color: #b91c1c; }
.pp-check li[data-severity="warning"] { color: #92400e; }
.pp-check q { margin-left: 4px; font-style: italic; }
.pp-foot { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.pp-hint { font-size: 11px; color: #4b5563; }
.pp-foot .pp-hint { flex: 1; }
.pp-status { font-size: 12px; font-weight: 600; color: #92400e; }
.pp-status:empty { display: none; }
.pp-insert { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; cursor: pointer; }
.pp-insert:disabled { opacity: .6; cursor: default; }
`;
