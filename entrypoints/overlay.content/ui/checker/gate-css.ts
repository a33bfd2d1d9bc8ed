import { SEVERITY_COLOUR } from './colours';

/** The QC gate's question (SendConfirm), in the overlay's shadow root: mounted by ui/gate, styled here beside it. */
export const GATE_CSS = `
.pranata-confirm button:focus-visible, .pranata-confirm:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.pranata-confirm { position: absolute; width: 320px; max-width: calc(100vw - 16px); background: #fff; color: #111827; border: 2px solid ${SEVERITY_COLOUR.error}; border-radius: 10px; box-shadow: 0 10px 32px rgba(0,0,0,.22); padding: 12px; display: flex; flex-direction: column; gap: 8px; pointer-events: auto; }
.pranata-confirm-text { flex: 1 1 auto; min-height: 0; overflow: auto; display: grid; gap: 8px; align-content: start; }
.pranata-confirm h2 { font-size: 14px; margin: 0; }
.pranata-confirm p { margin: 0; font-size: 13px; }
.pranata-confirm-actions { flex: none; display: flex; gap: 8px; justify-content: flex-end; }
.pranata-confirm button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #d1d5db; background: #fff; color: #111827; cursor: pointer; }
.pranata-confirm button.pranata-primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; font-weight: 600; }
.pranata-gate-errors { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; font-size: 13px; }
.pranata-gate-errors li { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; border-left: 3px solid ${SEVERITY_COLOUR.error}; padding-left: 6px; }
.pranata-gate-rule { font-weight: 600; }
.pranata-gate-fixes { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.pranata-confirm .pranata-gate-fixes button { padding: 1px 8px; border-radius: 999px; border-color: ${SEVERITY_COLOUR.error}; font-size: 12px; font-weight: 600; }
.pranata-confirm .pranata-excerpt { font-weight: 600; overflow-wrap: anywhere; }
`;
