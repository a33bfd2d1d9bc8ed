import { createRoot } from 'react-dom/client';
import type { FeatureEnv } from '../../feature';
import type { PaletteController } from './controller';
import { PaletteLayer } from './PaletteLayer';
import { PALETTE_CSS } from './css';

/** Renders the palette layer into the overlay's shadow root (Preact, through the React API). */
export async function mountPalette(env: FeatureEnv, controller: PaletteController): Promise<void> {
  const container = await env.overlay.ensure();
  if (env.signal.aborted) return;
  const style = document.createElement('style');
  style.textContent = PALETTE_CSS;
  const host = document.createElement('div');
  host.className = 'pp-layer';
  container.append(style, host);
  const root = createRoot(host);
  root.render(<PaletteLayer controller={controller} overlay={env.store} />);
  env.ctx.onInvalidated(() => {
    root.unmount();
    host.remove();
    style.remove();
  });
}
