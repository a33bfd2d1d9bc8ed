import { readSelection, readText } from '@/lib/platforms/editors';
import { findShortcut } from '@/lib/templates/shortcut';
import type { FeatureEnv } from '../../feature';
import type { PaletteController } from './controller';
import { SHORTCUT_PAUSE_MS, shortcutDecision } from './shortcut-trigger';

/** Lets the editor render the keystroke (and place its caret) before the draft is read. */
const SETTLE_MS = 30;

/**
 * Watches what the admin types in the active composer for a `/shortcut` (see shortcutDecision).
 * Editors differ in which events they let through: Draft.js often inserts a character itself
 * (no native `input` event), so key-ups of characters count too. Only the composer's own events
 * are looked at, and only its text is read.
 */
export function watchShortcuts(env: FeatureEnv, controller: PaletteController): void {
  const { ctx } = env;
  let settleTimer: number | undefined;
  let pauseTimer: number | undefined;

  const check = (): void => {
    if (controller.busy() || controller.store.getState().session) return;
    const composer = env.focus.current();
    if (!composer) return;
    const el = composer.element;
    const active = el.ownerDocument.activeElement;
    if (active !== el && !(active && el.contains(active))) return;
    const text = readText(el, composer.editor);
    const selection = readSelection(el, composer.editor);
    if (!selection || !findShortcut(text, selection.end)) controller.clearDismissed();
    const decision = shortcutDecision({
      text,
      selection,
      templates: env.store.getState().templates,
      platform: env.adapter.id,
      dismissed: controller.dismissedShortcut(),
    });
    if (decision.action === 'open') {
      controller.open('shortcut', { composer, shortcut: decision.match });
    } else if (decision.action === 'wait') {
      const key = decision.key;
      pauseTimer = ctx.setTimeout(() => {
        if (env.focus.current()?.element !== el) return;
        const again = shortcutDecision({
          text: readText(el, composer.editor),
          selection: readSelection(el, composer.editor),
          templates: env.store.getState().templates,
          platform: env.adapter.id,
          dismissed: controller.dismissedShortcut(),
        });
        if (again.action !== 'none' && again.key === key && !controller.store.getState().session) {
          controller.open('shortcut', { composer, shortcut: again.match });
        }
      }, SHORTCUT_PAUSE_MS);
    }
  };

  const onEdit = (event: Event): void => {
    const composer = env.focus.current();
    const target = event.target;
    if (!composer || !(target instanceof Node) || !(composer.element === target || composer.element.contains(target))) return;
    // Typing forward opens it; deleting back to a shortcut does not.
    if (event.type === 'keyup' && !typesText(event as KeyboardEvent)) return;
    if (event instanceof InputEvent && event.inputType.startsWith('delete')) return;
    clearTimeout(settleTimer);
    clearTimeout(pauseTimer);
    settleTimer = ctx.setTimeout(check, SETTLE_MS);
  };

  ctx.addEventListener(document, 'input', onEdit, { capture: true });
  ctx.addEventListener(document, 'keyup', onEdit, { capture: true });
  ctx.addEventListener(document, 'compositionend', onEdit, { capture: true });
  // This script loads on the first focus of a composer: a quick admin may have typed the whole
  // shortcut before it ran.
  settleTimer = ctx.setTimeout(check, 0);
}

/** A key that types a character (not Esc, arrows, deletion, modifiers or shortcuts). */
function typesText(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.length === 1;
}
