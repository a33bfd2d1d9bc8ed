/**
 * The overlay's own styles, inside its shadow root. System fonts only (no network), high
 * contrast, and every element positioned by the features in viewport coordinates.
 */
export const OVERLAY_CSS = `
.pranata-root { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
.pranata-root * { box-sizing: border-box; }
.pranata-root [hidden] { display: none !important; }
`;
