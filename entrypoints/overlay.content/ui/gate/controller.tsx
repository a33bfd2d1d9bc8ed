import { createRoot, type Root } from 'react-dom/client';
import { tc, type PageKey, type PageParams } from '@/lib/i18n/page';
import { readText } from '@/lib/platforms/editors';
import { PLATFORMS } from '@/lib/platforms/meta';
import { isSendKey } from '@/lib/platforms/send-keys';
import type { Composer } from '@/lib/platforms/types';
import { composerOfButton } from '../../composer-of-button';
import type { FeatureEnv } from '../../feature';
import { GATE_CSS } from '../checker/gate-css';
import { naturalHeight } from '../checker/natural-height';
import { onScreen, placePanel, type Box, type PanelPlacement } from '../checker/placement';
import { createCheckScheduler, browserFrames } from '../checker/scheduler';
import type { FindingRow } from '../checker/rows';
import { SendConfirm } from '../checker/SendConfirm';
import { gateDecision } from './decision';

const GATE_WIDTH = 320;

/** The modifiers of the key press that sent, to send it again the same way (Ctrl+Enter on X). */
interface SendKeyPress {
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A send the gate is holding while the admin answers. */
interface Held {
  composer: Composer;
  trigger: { kind: 'button'; button: HTMLElement } | { kind: 'key'; press: SendKeyPress };
  errors: number;
  /** The errors named with their fixes (from the checker's last check; they go as the admin fixes them). */
  rows: readonly FindingRow[];
}

function boxOf(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function viewport(): { width: number; height: number } {
  const doc = document.documentElement;
  return { width: doc.clientWidth || window.innerWidth, height: doc.clientHeight || window.innerHeight };
}

/**
 * The QC gate: holds a send (the composer's send button, or a key press that sends on this
 * platform, PLATFORMS[id].sendKeys) while the draft has errors, and asks once: fix first, or send
 * anyway. It listens in the capture phase on window, before the site's handlers and the send
 * watcher's bubble listeners, so a held send is neither sent nor logged. The checker keeps the
 * draft's error count in env.drafts; the gate asks it to check now ('gate.checking'). The question
 * names each error with its fixes ('checker.checked'; a fix goes back as 'gate.fix') and, once the
 * admin fixed them all, offers an ordinary send.
 */
export class GateController {
  private held: Held | null = null;
  /** True while the gate re-sends what the admin confirmed (it passes, marked overridden). */
  private passing = false;
  private placement: PanelPlacement = { left: 0, top: 0, maxHeight: 0, side: 'right' };
  private height = 160;
  private root: Root | null = null;
  private mount: HTMLElement | null = null;
  private readonly layoutSoon = createCheckScheduler(() => this.refresh(), browserFrames);
  /** The checker's latest errors per composer. */
  private readonly lastErrors = new WeakMap<HTMLElement, readonly FindingRow[]>();
  /** Fixes asked of the checker from the question, waiting for 'gate.fixed'. */
  private afterFix: (() => void)[] = [];

  constructor(private readonly env: FeatureEnv) {}

  start(): void {
    const { env } = this;
    void env.overlay.ensure().then((container) => this.mountInto(container));
    env.ctx.addEventListener(window, 'click', (e) => this.onClick(e), { capture: true });
    env.ctx.addEventListener(window, 'keydown', (e) => this.onKeydown(e), { capture: true });
    const relayout = (): void => {
      if (this.held) this.layoutSoon.schedule();
    };
    env.ctx.addEventListener(window, 'scroll', relayout, { capture: true, passive: true });
    env.ctx.addEventListener(window, 'resize', relayout, { passive: true });
    // The admin went on in another composer, or the held one left the page: the question is void.
    env.focus.subscribe((c) => {
      if (this.held && this.held.composer.element !== c.element) this.release();
    });
    env.scanner.onScan(() => {
      if (this.held && !this.held.composer.element.isConnected) this.release();
    });
    const offChecked = env.events.on('checker.checked', ({ composer, errors }) => {
      this.lastErrors.set(composer.element, errors);
      const held = this.held;
      if (held && held.composer.element === composer.element) {
        this.held = { ...held, errors: errors.length, rows: errors };
        this.refresh();
      }
    });
    const offFixed = env.events.on('gate.fixed', () => {
      const waiting = this.afterFix;
      this.afterFix = [];
      for (const done of waiting) done();
    });
    env.signal.addEventListener('abort', () => {
      offChecked();
      offFixed();
    });
    env.signal.addEventListener('abort', () => {
      this.layoutSoon.cancel();
      this.root?.unmount();
    });
  }

  private mountInto(container: HTMLElement): void {
    if (this.env.signal.aborted || this.root) return;
    const host = document.createElement('div');
    host.className = 'pranata-gate';
    const style = document.createElement('style');
    style.textContent = GATE_CSS;
    this.mount = document.createElement('div');
    host.append(style, this.mount);
    container.append(host);
    this.root = createRoot(this.mount);
  }

  private readonly tr = (key: PageKey, params?: PageParams): string =>
    tc(this.env.store.getState().settings?.uiLanguage ?? 'id', key, params);

  private onClick(e: MouseEvent): void {
    const c = composerOfButton(this.env, e.target);
    if (c?.sendButton) this.gate(e, c, { kind: 'button', button: c.sendButton });
  }

  private onKeydown(e: KeyboardEvent): void {
    // While the gate asks, Escape means "fix first" wherever the focus is (a site's editor may
    // take the focus back from the dialog).
    if (this.held && e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.fixFirst();
      return;
    }
    if (!isSendKey(e, PLATFORMS[this.env.adapter.id].sendKeys)) return;
    const c = this.env.focus.current();
    const target = e.target;
    if (!c || !(target instanceof Node) || !c.element.contains(target)) return;
    this.gate(e, c, { kind: 'key', press: { ctrlKey: e.ctrlKey, metaKey: e.metaKey } });
  }

  /** The draft's error count as of now (the checker re-checks it synchronously first). */
  private errorsNow(c: Composer): number {
    this.env.events.emit('gate.checking', { composer: c });
    let text = '';
    try {
      text = readText(c.element, c.editor);
    } catch {
      return 0;
    }
    // An empty box sends nothing (and keeps the last sent draft's result in env.drafts).
    if (text.trim() === '') return 0;
    return this.env.drafts.read(c.element)?.errorCount ?? 0;
  }

  private gate(e: Event, c: Composer, trigger: Held['trigger']): void {
    const settings = this.env.store.getState().settings;
    const checkerEnabled = settings?.checkerEnabled ?? true;
    const decision = gateDecision({
      gateEnabled: settings?.qcGateEnabled ?? true,
      checkerEnabled,
      errors: this.passing || !checkerEnabled ? 0 : this.errorsNow(c),
      confirmed: this.passing,
      asking: this.held !== null,
    });
    if (decision === 'pass' || decision === 'pass-overridden') {
      // Set before the send watcher's bubble listener reads it for this send.
      this.env.drafts.gateDecided(c.element, decision === 'pass-overridden');
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (decision === 'ask') {
      this.env.drafts.gateDecided(c.element, false);
      this.held = { composer: c, trigger, errors: this.env.drafts.read(c.element)?.errorCount ?? 0, rows: this.lastErrors.get(c.element) ?? [] };
      this.env.events.emit('gate.held', { composer: c });
      this.refresh();
    }
  }

  private release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.refresh();
    this.env.events.emit('gate.held', { composer: null });
    this.env.events.emit('gate.placed', { composer: held.composer, box: null });
  }

  /** One of an error's fixes, made by the checker; resolves once it is made and checked again (or refused). */
  private applyFix(row: FindingRow, replacement: string): Promise<void> {
    const held = this.held;
    if (!held) return Promise.resolve();
    return new Promise((resolve) => {
      this.afterFix.push(resolve);
      this.env.events.emit('gate.fix', { composer: held.composer, key: row.key, replacement });
    });
  }

  private fixFirst(): void {
    const held = this.held;
    this.release();
    held?.composer.element.focus({ preventScroll: true });
  }

  /**
   * Lets the admin's send through, once, the way it was made: marked as overridden for the reply
   * log, unless every error was fixed in the question (then it is an ordinary send).
   */
  private sendAnyway(): void {
    const held = this.held;
    this.release();
    if (!held || !held.composer.element.isConnected) return;
    const el = held.composer.element;
    const overridden = held.errors > 0;
    this.env.drafts.gateDecided(el, overridden);
    this.passing = overridden;
    try {
      if (held.trigger.kind === 'button') {
        const fresh = this.freshComposer(held.composer).sendButton;
        const button = fresh?.isConnected ? fresh : held.trigger.button;
        button.click();
      } else {
        el.focus({ preventScroll: true });
        el.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            keyCode: 13,
            which: 13,
            ctrlKey: held.trigger.press.ctrlKey,
            metaKey: held.trigger.press.metaKey,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }
    } finally {
      this.passing = false;
    }
  }

  private freshComposer(c: Composer): Composer {
    return this.env.adapter.composerFor(c.element) ?? c;
  }

  /** Places the question beside the composer (inside the window, buttons visible) and renders it. */
  private refresh(): void {
    this.layoutSoon.cancel();
    const held = this.held;
    if (!this.root) return;
    if (!held || !held.composer.element.isConnected) {
      this.root.render(null);
      return;
    }
    const c = held.composer;
    const view = viewport();
    const composerBox = boxOf(c.element.getBoundingClientRect());
    if (!onScreen(composerBox, view)) {
      this.root.render(null);
      this.env.events.emit('gate.placed', { composer: c, box: null });
      return;
    }
    const send = c.sendButton?.isConnected ? boxOf(c.sendButton.getBoundingClientRect()) : null;
    this.placement = placePanel(composerBox, send, view, { width: GATE_WIDTH, height: this.height });
    this.render(held);
    // Placed again with the height it really needs: it flips above or moves up to stay inside.
    const shown = this.mount?.firstElementChild;
    if (shown instanceof HTMLElement) {
      const h = naturalHeight(shown);
      if (Math.abs(h - this.height) > 1) {
        this.height = h;
        const again = placePanel(composerBox, send, view, { width: GATE_WIDTH, height: h });
        if (again.top !== this.placement.top || again.left !== this.placement.left || again.maxHeight !== this.placement.maxHeight) {
          this.placement = again;
          this.render(held);
        }
      }
    }
    const box = this.mount?.firstElementChild?.getBoundingClientRect();
    this.env.events.emit('gate.placed', { composer: c, box: box ? boxOf(box) : null });
  }

  private render(held: Held): void {
    this.root?.render(
      <SendConfirm
        tr={this.tr}
        errors={held.errors}
        rows={held.rows}
        placement={this.placement}
        onSend={() => this.sendAnyway()}
        onFix={() => this.fixFirst()}
        onApply={(row, replacement) => this.applyFix(row, replacement)}
      />,
    );
  }
}
