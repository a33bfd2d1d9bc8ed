import { createRoot, type Root } from 'react-dom/client';
import { tc, type PageKey, type PageParams } from '@/lib/i18n/page';
import { request } from '@/lib/messaging-client';
import { rangeRects, readText, replaceRange } from '@/lib/platforms/editors';
import type { Composer } from '@/lib/platforms/types';
import type { UiLanguage } from '@/lib/schemas/common';
import { checkText, compareFindings, defaultProfile, scoreFindings, type Finding } from '@/lib/style/runtime';
import type { FeatureEnv } from '../../feature';
import { CheckPanel } from './CheckPanel';
import { CHECKER_CSS } from './checker-css';
import { CustomRuleClient } from './custom-rules';
import { replacementEdit, stillCovers } from './edit';
import { fixAllPlan } from './fix-all';
import { FixPopover } from './FixPopover';
import { createHighlightLayer, type Highlight, type HighlightLayer } from './highlights';
import { IgnoreList } from './ignore';
import { innerTarget } from '../../inner-target';
import { naturalHeight } from './natural-height';
import { onScreen, placeByGate, placePanel, placeUnderWord, type Box, type PanelPlacement } from './placement';
import { countSeverities, findingRows, type FindingRow, type SeverityCounts } from './rows';
import { browserFrames, createCheckScheduler, nextTaskHost } from './scheduler';

const PANEL_WIDTH = 300;
const FIXES_WIDTH = 260;
const NO_COUNTS: SeverityCounts = { error: 0, warning: 0, info: 0 };

function boxOf(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function viewport(): { width: number; height: number } {
  const doc = document.documentElement;
  return { width: doc.clientWidth || window.innerWidth, height: doc.clientHeight || window.innerHeight };
}

/**
 * The check panel in the page: follows the focused composer, checks its draft once per frame
 * after an edit, lists and highlights the findings, applies fixes through the editor, keeps the
 * latest result in env.drafts for the send watcher and the QC gate (ui/gate), tells the gate
 * the errors with their fixes, and moves under the gate's question while it asks.
 */
export class CheckerController {
  private composer: Composer | null = null;
  private unbindComposer: (() => void) | null = null;
  private readonly ignoreLists = new WeakMap<HTMLElement, IgnoreList>();
  private text = '';
  private findings: Finding[] = [];
  private rows: FindingRow[] = [];
  private counts: SeverityCounts = NO_COUNTS;
  private score = 100;
  private ignored = 0;
  private checkMs = 0;
  private collapsed = false;
  private notice: string | null = null;
  /** The QC gate holds a send from this composer and asks; the panel goes under its question. */
  private gateHeld: HTMLElement | null = null;
  /** Where the gate's question stands while it asks (null: not shown). */
  private gateBox: Box | null = null;
  /** The underlined word whose fixes are open in place (a click or Enter on it). */
  private fixesFor: { key: string; takeFocus: boolean } | null = null;
  private placement: PanelPlacement = { left: 0, top: 0, maxHeight: 0, side: 'right' };
  private panelHeight = 160;
  /** The open word's fixes box at its natural height (measured after it renders; a first guess until then). */
  private fixesHeight = 150;
  private root: Root | null = null;
  private panelMount: HTMLElement | null = null;
  private layer: HighlightLayer | null = null;
  // The check in the next task after the edit (not the next frame): see scheduler.ts.
  private readonly checkSoon = createCheckScheduler(() => this.check(), nextTaskHost());
  private readonly layoutSoon = createCheckScheduler(() => this.refresh(), browserFrames);
  /** The admin's custom rules run in the background's worker; their answer checks again. */
  private readonly custom = new CustomRuleClient(() => this.checkSoon.schedule());

  constructor(private readonly env: FeatureEnv) {}

  start(): void {
    const { env } = this;
    void env.overlay.ensure().then((container) => this.mountInto(container));
    env.focus.subscribe((c) => this.bind(c));
    env.ctx.addEventListener(window, 'click', (e) => this.onWordClick(e), { capture: true });
    // The gate decides on the draft as it is now: check it at once (it may be another composer's).
    const offChecking = env.events.on('gate.checking', ({ composer }) => {
      if (this.composer?.element !== composer.element) this.bind(composer);
      this.check();
    });
    const offHeld = env.events.on('gate.held', ({ composer }) => {
      this.gateHeld = composer?.element ?? null;
      this.gateBox = null;
      if (this.gateHeld) this.fixesFor = null;
      this.refresh();
    });
    const offPlaced = env.events.on('gate.placed', ({ composer, box }) => {
      if (composer.element !== this.gateHeld) return;
      this.gateBox = box;
      this.refresh();
    });
    const offFix = env.events.on('gate.fix', ({ composer, key, replacement }) => {
      const row = this.rows.find((r) => r.key === key);
      const done = row && composer.element === this.composer?.element ? this.fix(row, replacement) : Promise.resolve();
      void done.finally(() => env.events.emit('gate.fixed', { composer }));
    });
    env.ctx.addEventListener(window, 'scroll', () => this.layoutSoon.schedule(), { capture: true, passive: true });
    env.ctx.addEventListener(window, 'resize', () => this.layoutSoon.schedule(), { passive: true });
    const unsubscribe = env.store.subscribe((s, prev) => {
      if (s.profile !== prev.profile || s.settings !== prev.settings || s.templates !== prev.templates) this.checkSoon.schedule();
    });
    env.scanner.onScan(() => {
      if (this.composer && !this.composer.element.isConnected) this.unbind();
    });
    env.signal.addEventListener('abort', () => {
      unsubscribe();
      offChecking();
      offHeld();
      offPlaced();
      offFix();
      this.unbind();
      this.checkSoon.cancel();
      this.layoutSoon.cancel();
      this.root?.unmount();
      this.layer?.destroy();
    });
  }

  // ---------------------------------------------------------------------------------------
  // Mounting and following the composer

  private mountInto(container: HTMLElement): void {
    if (this.env.signal.aborted || this.root) return;
    const host = document.createElement('div');
    host.className = 'pranata-checker';
    const style = document.createElement('style');
    style.textContent = CHECKER_CSS;
    this.layer = createHighlightLayer(host, (key) => this.openFixes(key, true));
    this.panelMount = document.createElement('div');
    host.append(style, this.panelMount);
    container.append(host);
    this.root = createRoot(this.panelMount);
    this.check();
  }

  private bind(composer: Composer): void {
    if (this.composer?.element === composer.element) {
      this.composer = composer; // fresher send button and target
      this.checkSoon.schedule();
      return;
    }
    this.unbind();
    this.composer = composer;
    const el = composer.element;
    const onEdit = () => this.checkSoon.schedule();
    // Draft.js and Lexical render typing into the DOM without always firing "input"; a
    // React-controlled textarea changes no DOM at all. Both signals together see every edit.
    const observer = new MutationObserver(onEdit);
    observer.observe(el, { childList: true, characterData: true, subtree: true });
    el.addEventListener('input', onEdit);
    el.addEventListener('focus', onEdit);
    const resize = new ResizeObserver(() => this.layoutSoon.schedule());
    resize.observe(el);
    this.unbindComposer = () => {
      observer.disconnect();
      resize.disconnect();
      el.removeEventListener('input', onEdit);
      el.removeEventListener('focus', onEdit);
    };
    this.notice = null;
    this.checkSoon.schedule();
  }

  private unbind(): void {
    this.unbindComposer?.();
    this.unbindComposer = null;
    this.composer = null;
    this.fixesFor = null;
    this.text = '';
    this.findings = [];
    this.render();
    this.layer?.clear();
  }

  private ignoreListOf(el: HTMLElement): IgnoreList {
    let list = this.ignoreLists.get(el);
    if (!list) {
      list = new IgnoreList();
      this.ignoreLists.set(el, list);
    }
    return list;
  }

  // ---------------------------------------------------------------------------------------
  // Checking

  private lang(): UiLanguage {
    return this.env.store.getState().settings?.uiLanguage ?? 'id';
  }

  private readonly tr = (key: PageKey, params?: PageParams): string => tc(this.lang(), key, params);

  private checkerOn(): boolean {
    return this.env.store.getState().settings?.checkerEnabled ?? true;
  }

  /** The category of the template the draft started from, when one was inserted (hoax, complaint...). */
  private category(el: HTMLElement): string | undefined {
    const templateId = this.env.drafts.read(el)?.templateId;
    if (!templateId) return undefined;
    return this.env.store.getState().templates.find((tpl) => tpl.id === templateId)?.category;
  }

  /** Reads and checks the draft now, stores the result for the send watcher, redraws. */
  private check(): void {
    this.checkSoon.cancel();
    const c = this.composer;
    if (!c || !c.element.isConnected || !this.checkerOn()) {
      this.text = '';
      this.findings = [];
      this.refresh();
      return;
    }
    const t0 = performance.now();
    const state = this.env.store.getState();
    const text = readText(c.element, c.editor);
    const profile = state.profile ?? defaultProfile;
    // Built-in rules here, synchronously (ours, linear in the draft); custom ones off the page.
    const builtIn = checkText(text, profile, {
      platform: this.env.adapter.id,
      now: Date.now(),
      context: { category: this.category(c.element) },
      customRules: false,
    });
    const all = [...builtIn, ...this.custom.findings(text, profile)].sort(compareFindings);
    const visible = this.ignoreListOf(c.element).visible(all, text);
    const counts = countSeverities(visible);
    const score = scoreFindings(visible, text);
    this.checkMs = performance.now() - t0;
    if (text !== this.text) this.notice = null;
    this.text = text;
    this.findings = visible;
    this.ignored = all.length - visible.length;
    this.counts = counts;
    this.score = score;
    this.rows = findingRows(visible, text, this.lang());
    if (this.fixesFor && !this.rows.some((r) => r.key === this.fixesFor?.key)) this.fixesFor = null;
    if (text.trim() !== '') {
      // An emptied box (just sent) keeps the last result: the send watcher may read it after.
      this.env.drafts.checked(c.element, { score, errorCount: counts.error, warningCount: counts.warning });
    }
    this.env.events.emit('checker.checked', { composer: c, errors: this.rows.filter((r) => r.severity === 'error') });
    this.refresh();
  }

  // ---------------------------------------------------------------------------------------
  // Drawing

  private shown(): boolean {
    const c = this.composer;
    return !!c && c.element.isConnected && this.checkerOn() && this.text.trim() !== '';
  }

  private asking(): boolean {
    return this.composer !== null && this.gateHeld === this.composer.element;
  }

  /** Places the panel beside the composer, renders it, and redraws the highlights. */
  private refresh(): void {
    this.layoutSoon.cancel();
    const c = this.composer;
    if (!this.root || !c || !this.shown()) {
      this.render();
      this.layer?.clear();
      return;
    }
    const view = viewport();
    const composerBox = boxOf(c.element.getBoundingClientRect());
    if (!onScreen(composerBox, view)) {
      this.render(false);
      this.layer?.clear();
      return;
    }
    if (this.asking()) {
      // While the gate asks, the panel stands in its column, under its question or over it (it
      // used to disappear), with whatever height is left; none left: the question alone.
      const gate = this.gateBox;
      const placement = gate ? placeByGate(gate, composerBox, view, this.panelHeight) : null;
      this.placement = placement ?? this.placement;
      this.render(placement !== null);
      const shown = this.panelMount?.firstElementChild;
      if (gate && placement && shown instanceof HTMLElement) {
        const h = naturalHeight(shown);
        if (Math.abs(h - this.panelHeight) > 1) {
          this.panelHeight = h;
          const again = placeByGate(gate, composerBox, view, h);
          if (again) {
            this.placement = again;
            this.render(true);
          }
        }
      }
      this.drawHighlights(c, composerBox);
      return;
    }
    const send = c.sendButton?.isConnected ? boxOf(c.sendButton.getBoundingClientRect()) : null;
    const width = PANEL_WIDTH;
    this.placement = placePanel(composerBox, send, view, { width, height: this.panelHeight });
    this.render(true);
    // Placed again with the height it really needs (a longer list): it flips above or
    // moves up to stay inside the window with its buttons visible.
    const shown = this.panelMount?.firstElementChild;
    if (shown instanceof HTMLElement) {
      const h = naturalHeight(shown);
      if (Math.abs(h - this.panelHeight) > 1) {
        this.panelHeight = h;
        const again = placePanel(composerBox, send, view, { width, height: h });
        if (again.top !== this.placement.top || again.left !== this.placement.left || again.maxHeight !== this.placement.maxHeight) {
          this.placement = again;
          this.render(true);
        }
      }
    }
    this.drawHighlights(c, composerBox);
  }

  private drawHighlights(c: Composer, clip: Box): void {
    if (!this.layer) return;
    const marks: Highlight[] = [];
    for (const row of this.rows) {
      if (row.end <= row.start) continue; // a missing part has no words to underline
      const label = this.tr('checker.mark.label', { rule: row.ruleName, text: row.excerpt });
      for (const r of rangeRects(c.element, c.editor, row.start, row.end)) marks.push({ box: boxOf(r), severity: row.severity, ruleId: row.ruleId, key: row.key, label });
    }
    this.layer.draw(marks, clip);
  }

  private render(visible = this.shown()): void {
    if (!this.root) return;
    const panel = visible ? this.panel(this.asking()) : null;
    if (!panel) {
      this.root.render(null);
      return;
    }
    this.root.render(
      <>
        {panel}
        {this.fixesPopover()}
      </>,
    );
    // Placed again at the height it really needs (a long message): flipped above the word, it
    // must end over the word's line, not on it.
    const fixes = this.panelMount?.querySelector<HTMLElement>('.pranata-fixes');
    if (fixes) {
      const h = naturalHeight(fixes);
      if (Math.abs(h - this.fixesHeight) > 1) {
        this.fixesHeight = h;
        this.root.render(
          <>
            {panel}
            {this.fixesPopover()}
          </>,
        );
      }
    }
  }

  private panel(embedded: boolean) {
    return (
      <CheckPanel
        tr={this.tr}
        rows={this.rows}
        counts={this.counts}
        score={this.score}
        ignored={this.ignored}
        collapsed={this.collapsed}
        placement={this.placement}
        notice={this.notice}
        checkMs={this.checkMs}
        checkedLength={this.text.length}
        embedded={embedded}
        safeFixes={fixAllPlan(this.rows, this.text).length}
        onFixAll={() => void this.fixAll()}
        onToggle={() => {
          this.collapsed = !this.collapsed;
          this.refresh();
        }}
        onFix={(row, replacement) => void this.fix(row, replacement)}
        onIgnore={(row) => this.ignore(row)}
        onRuleOff={(row) => void this.ruleOff(row)}
      />
    );
  }

  /** The open word's fixes, under the word (null when none is open or the word is off screen). */
  private fixesPopover() {
    const open = this.fixesFor;
    const row = open ? this.rows.find((r) => r.key === open.key) : undefined;
    const word = open ? this.layer?.boxOf(open.key) : null;
    if (!open || !row || !word) return null;
    return (
      <FixPopover
        key={row.key}
        tr={this.tr}
        row={row}
        placement={placeUnderWord(word, viewport(), { width: FIXES_WIDTH, height: this.fixesHeight })}
        takeFocus={open.takeFocus}
        onFix={(r, replacement) => {
          this.fixesFor = null;
          void this.fix(r, replacement).then(() => {
            if (open.takeFocus) this.composer?.element.focus({ preventScroll: true });
          });
        }}
        onIgnore={(r) => {
          this.fixesFor = null;
          this.ignore(r);
          if (open.takeFocus) this.composer?.element.focus({ preventScroll: true });
        }}
        onClose={() => this.closeFixes(true)}
      />
    );
  }

  // ---------------------------------------------------------------------------------------
  // The panel's actions

  private async fix(row: FindingRow, replacement: string): Promise<void> {
    const c = this.composer;
    if (!c) return;
    const text = readText(c.element, c.editor);
    if (text !== this.text) {
      this.check(); // the draft changed under the finding: show the fresh list instead
      return;
    }
    const edit = replacementEdit(text, row, replacement);
    const result = await replaceRange(c.element, c.editor, edit.start, edit.end, edit.insert);
    this.check();
    if (!result.ok) {
      this.notice = this.tr('checker.fix.failed');
      this.render();
    }
  }

  /** "Perbaiki semua": every fix with a single replacement, from the draft's end to its start. */
  private async fixAll(): Promise<void> {
    const c = this.composer;
    if (!c) return;
    const text = readText(c.element, c.editor);
    if (text !== this.text) {
      this.check();
      return;
    }
    this.fixesFor = null;
    let failed = false;
    for (const step of fixAllPlan(this.rows, text)) {
      const now = readText(c.element, c.editor);
      if (!stillCovers(now, step.row, step.source)) continue; // the admin typed meanwhile
      const edit = replacementEdit(now, step.row, step.replacement);
      const result = await replaceRange(c.element, c.editor, edit.start, edit.end, edit.insert);
      if (!result.ok) {
        failed = true;
        break;
      }
    }
    this.check();
    if (failed) {
      this.notice = this.tr('checker.fix.failed');
      this.render();
    }
  }

  // ---------------------------------------------------------------------------------------
  // A word's fixes in place

  private openFixes(key: string, takeFocus: boolean): void {
    if (this.asking() || !this.rows.some((r) => r.key === key)) return;
    this.fixesFor = { key, takeFocus };
    this.render();
  }

  private closeFixes(restoreFocus: boolean): void {
    const open = this.fixesFor;
    if (!open) return;
    this.fixesFor = null;
    this.render();
    if (restoreFocus && open.takeFocus) this.layer?.focus(open.key);
    else if (restoreFocus) this.composer?.element.focus({ preventScroll: true });
  }

  /** A click in the composer on an underlined word opens its fixes (the caret still goes there). */
  private onWordClick(e: MouseEvent): void {
    const c = this.composer;
    const target = innerTarget(e);
    if (target instanceof Node && this.panelMount?.contains(target)) return; // inside our own UI
    if (!c || !(target instanceof Node) || !c.element.contains(target) || this.asking()) {
      if (this.fixesFor) this.closeFixes(false);
      return;
    }
    const hit = this.layer?.hit(e.clientX, e.clientY);
    if (hit) this.openFixes(hit.key, false);
    else if (this.fixesFor) this.closeFixes(false);
  }

  private ignore(row: FindingRow): void {
    const c = this.composer;
    if (!c) return;
    this.ignoreListOf(c.element).ignore(row, this.text);
    this.check();
  }

  private async ruleOff(row: FindingRow): Promise<void> {
    const reply = await request('options.open', { section: 'rules', ruleId: row.ruleId });
    this.notice = this.tr(reply.ok ? 'checker.ruleOff.opened' : 'checker.ruleOff.failed');
    this.render();
  }
}
