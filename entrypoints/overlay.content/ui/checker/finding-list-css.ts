import { SEVERITY_COLOUR } from './colours';

/** Styles of the finding list, shared by the check panel (shadow root) and the options page's test box. */
export const FINDING_LIST_CSS = `
.pranata-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.pranata-finding { border-left: 3px solid var(--sev); padding: 4px 0 4px 8px; display: grid; gap: 4px; }
.pranata-finding[data-severity="error"] { --sev: ${SEVERITY_COLOUR.error}; }
.pranata-finding[data-severity="warning"] { --sev: ${SEVERITY_COLOUR.warning}; }
.pranata-finding[data-severity="info"] { --sev: ${SEVERITY_COLOUR.info}; }
.pranata-finding-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.pranata-sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; color: var(--sev); }
.pranata-rule { font-size: 11px; color: #374151; }
.pranata-excerpt { font-weight: 600; overflow-wrap: anywhere; }
.pranata-msg { margin: 0; overflow-wrap: anywhere; }
.pranata-actions { display: flex; flex-wrap: wrap; gap: 4px; }
.pranata-actions button { font: inherit; font-size: 12px; line-height: 1.3; padding: 2px 8px; border-radius: 999px; border: 1px solid #d1d5db; background: #fff; color: #111827; cursor: pointer; }
.pranata-actions button:hover { background: #f3f4f6; }
.pranata-actions button.pranata-fix { border-color: var(--sev); font-weight: 600; }
.pranata-actions button.pranata-quiet { border-color: transparent; color: #4b5563; text-decoration: underline; }
.pranata-actions button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
`;
