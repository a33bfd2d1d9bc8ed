import { SEVERITY_COLOUR } from './colours';
import { FINDING_LIST_CSS } from './finding-list-css';

/** The check panel's styles, in the overlay's shadow root (the site's CSS stays out). */
export const CHECKER_CSS = `
${FINDING_LIST_CSS}
.pranata-highlights { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.pranata-mark { position: absolute; box-sizing: border-box; border-bottom: 2px solid; border-radius: 2px; pointer-events: none; }
.pranata-mark:focus { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.pranata-panel { position: absolute; width: 300px; max-width: calc(100vw - 16px); display: flex; flex-direction: column; background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.14); overflow: hidden; pointer-events: auto; }
.pranata-panel-head { display: flex; align-items: center; gap: 8px; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; }
.pranata-panel[data-collapsed="true"] .pranata-panel-head { border-bottom: 0; }
.pranata-score { flex: none; min-width: 34px; text-align: center; padding: 2px 6px; border-radius: 999px; font-weight: 700; color: #fff; background: ${SEVERITY_COLOUR.ok}; }
.pranata-score[data-tone="error"] { background: ${SEVERITY_COLOUR.error}; }
.pranata-score[data-tone="warning"] { background: ${SEVERITY_COLOUR.warning}; }
.pranata-score[data-tone="info"] { background: ${SEVERITY_COLOUR.info}; }
.pranata-summary { flex: 1; font-size: 12px; color: #374151; }
.pranata-toggle { flex: none; font: inherit; width: 26px; height: 26px; border-radius: 6px; border: 1px solid transparent; background: transparent; cursor: pointer; color: #374151; }
.pranata-toggle:hover { background: #f3f4f6; }
.pranata-toggle:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.pranata-panel-head, .pranata-notice { flex: none; }
.pranata-panel-body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 8px; }
.pranata-notice { margin: 0; padding: 6px 8px; font-size: 12px; background: #f9fafb; border-top: 1px solid #e5e7eb; }
.pranata-panel-foot { flex: none; padding: 4px 8px; border-top: 1px solid #e5e7eb; display: flex; justify-content: flex-end; }
.pranata-fix-all { font: inherit; font-size: 12px; line-height: 1.3; padding: 2px 10px; border-radius: 999px; border: 1px solid #1d4ed8; background: #eff6ff; color: #1e3a8a; font-weight: 600; cursor: pointer; }
.pranata-fix-all:hover { background: #dbeafe; }
.pranata-fix-all:focus-visible, .pranata-fixes:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.pranata-fixes { position: absolute; width: 260px; max-width: calc(100vw - 16px); box-sizing: border-box; overflow: auto; background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.18); padding: 8px; pointer-events: auto; }
.pranata-panel[data-embedded] { width: 320px; }
`;
