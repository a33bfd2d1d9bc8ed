// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckPanel, type CheckPanelProps } from '@/entrypoints/overlay.content/ui/checker/CheckPanel';
import { SendConfirm } from '@/entrypoints/overlay.content/ui/checker/SendConfirm';
import { countSeverities, findingRows } from '@/entrypoints/overlay.content/ui/checker/rows';
import { t, type MessageKey, type Params } from '@/lib/i18n';
import { checkText, defaultProfile, scoreFindings } from '@/lib/style';
import { adminClick } from '../../../helpers/admin-click';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DRAFT = 'Halo, gak bisa ya. NIK 3201012305900001 cek bit.ly/abc123';
const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const tr = (key: MessageKey, params?: Params) => t('id', key, params);

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function props(over: Partial<CheckPanelProps> = {}): CheckPanelProps {
  const findings = checkText(DRAFT, defaultProfile, { platform: 'facebook', now: NOW });
  return {
    tr,
    rows: findingRows(findings, DRAFT, 'id'),
    counts: countSeverities(findings),
    score: scoreFindings(findings, DRAFT),
    ignored: 0,
    collapsed: false,
    placement: { left: 900, top: 120, maxHeight: 600, side: 'right' },
    notice: null,
    checkMs: 0.42,
    checkedLength: DRAFT.length,
    onToggle: vi.fn(),
    onFix: vi.fn(),
    onIgnore: vi.fn(),
    onRuleOff: vi.fn(),
    safeFixes: 0,
    onFixAll: vi.fn(),
    ...over,
  };
}

const q = (sel: string) => host.querySelector<HTMLElement>(sel);
const all = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];

describe('CheckPanel', () => {
  it('shows the score with its tone, a polite live summary, and one row per finding with the test hooks', () => {
    act(() => root.render(<CheckPanel {...props()} />));
    expect(q('[data-testid="pranata-score"]')?.textContent).toBe(String(props().score));
    expect(q('[data-testid="pranata-score"]')?.getAttribute('data-tone')).toBe('error');
    const summary = q('[data-testid="pranata-check-summary"]');
    expect(summary?.getAttribute('aria-live')).toBe('polite');
    expect(summary?.textContent).toBe('1 kesalahan, 2 peringatan, 0 catatan');
    expect(all('[data-testid="pranata-finding"]').map((e) => [e.dataset.ruleId, e.dataset.severity])).toEqual([
      ['personal-nik', 'error'],
      ['slang', 'warning'],
      ['link-shortener', 'warning'],
    ]);
    expect(q('[data-testid="pranata-check-panel"]')?.style.left).toBe('900px');
  });

  it('a fix button carries its replacement and calls onFix with the row; ignore and rule-off call theirs', () => {
    const p = props();
    act(() => root.render(<CheckPanel {...p} />));
    const slang = q('[data-testid="pranata-finding"][data-rule-id="slang"]');
    const fix = slang?.querySelector<HTMLElement>('[data-testid="pranata-finding-fix"]');
    expect(fix?.textContent).toBe('tidak');
    // A page script's click does nothing (issue 21); the admin's does.
    act(() => fix?.click());
    expect(p.onFix).not.toHaveBeenCalled();
    act(() => adminClick(fix));
    expect(p.onFix).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'slang', excerpt: 'gak' }), 'tidak');
    act(() => adminClick(slang?.querySelector<HTMLElement>('[data-testid="pranata-finding-ignore"]')));
    expect(p.onIgnore).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'slang' }));
    act(() => adminClick(q('[data-testid="pranata-finding"][data-rule-id="personal-nik"] [data-testid="pranata-finding-rule-off"]')));
    expect(p.onRuleOff).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personal-nik' }));
    // A finding without a fix has no fix button.
    expect(q('[data-testid="pranata-finding"][data-rule-id="link-shortener"] [data-testid="pranata-finding-fix"]')).toBeNull();
  });

  it('collapsed: the badge and summary stay, the list goes', () => {
    act(() => root.render(<CheckPanel {...props({ collapsed: true, ignored: 2 })} />));
    expect(all('[data-testid="pranata-finding"]')).toHaveLength(0);
    expect(q('[data-testid="pranata-score"]')).not.toBeNull();
    expect(q('[data-testid="pranata-check-toggle"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(q('[data-testid="pranata-check-summary"]')?.textContent).toContain('2 diabaikan');
  });

  it('a clean draft says so, in green', () => {
    act(() => root.render(<CheckPanel {...props({ rows: [], counts: { error: 0, warning: 0, info: 0 }, score: 100 })} />));
    expect(q('[data-testid="pranata-score"]')?.getAttribute('data-tone')).toBe('ok');
    expect(q('[data-testid="pranata-check-summary"]')?.textContent).toBe(t('id', 'checker.summary.none'));
  });
});

describe('CheckPanel: "Perbaiki semua"', () => {
  it('shows the number of sure fixes and calls onFixAll; hidden when there is none or collapsed', () => {
    const p = props({ safeFixes: 2 });
    act(() => root.render(<CheckPanel {...p} />));
    const button = q('[data-testid="pranata-fix-all"]');
    expect(button?.textContent).toBe('Perbaiki semua (2)');
    act(() => button?.click());
    expect(p.onFixAll).toHaveBeenCalledTimes(1);
    act(() => root.render(<CheckPanel {...props({ safeFixes: 0 })} />));
    expect(q('[data-testid="pranata-fix-all"]')).toBeNull();
    act(() => root.render(<CheckPanel {...props({ safeFixes: 2, collapsed: true })} />));
    expect(q('[data-testid="pranata-fix-all"]')).toBeNull();
  });
});

describe('SendConfirm', () => {
  const errorRows = () => props().rows.filter((r) => r.severity === 'error');

  it('is an alertdialog that takes the focus; Escape means "fix first"', () => {
    const onFix = vi.fn();
    const onSend = vi.fn();
    act(() =>
      root.render(
        <SendConfirm tr={tr} errors={errorRows().length} rows={errorRows()} placement={{ left: 0, top: 0, maxHeight: 400, side: 'right' }} onFix={onFix} onSend={onSend} onApply={vi.fn(() => Promise.resolve())} />,
      ),
    );
    const dialog = q('[data-testid="pranata-send-confirm"]');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(dialog);
    expect(dialog?.textContent).toContain('1 kesalahan');
    act(() => {
      dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onFix).toHaveBeenCalledTimes(1);
    // "Kirim tetap" pressed by a page script: not sent, not logged as an override (issue 21).
    act(() => q('[data-testid="pranata-send-anyway"]')?.click());
    expect(onSend).not.toHaveBeenCalled();
    act(() => adminClick(q('[data-testid="pranata-send-anyway"]')));
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(q('[data-testid="pranata-send-fix"]')?.textContent).toBe('Perbaiki dulu');
    expect(q('[data-testid="pranata-send-anyway"]')?.textContent).toBe('Kirim tetap');
  });

  it('names each error by its rule and offers its fixes', () => {
    const onApply = vi.fn(() => Promise.resolve());
    act(() => root.render(<SendConfirm tr={tr} errors={errorRows().length} rows={errorRows()} placement={{ left: 0, top: 0, maxHeight: 400, side: 'right' }} onFix={vi.fn()} onSend={vi.fn()} onApply={onApply} />));
    const items = all('[data-testid="pranata-gate-error"]');
    expect(items.map((e) => e.querySelector('[data-testid="pranata-gate-rule"]')?.textContent)).toEqual(['NIK di balasan publik']);
    expect(items[0]?.textContent).toContain('3201012305900001');
    const fix = q('[data-testid="pranata-gate-fix"]');
    expect(fix?.textContent).toMatch(/^\d{4}\*+$|\*/);
    act(() => fix?.click());
    expect(onApply).not.toHaveBeenCalled(); // a page script's click (issue 21)
    act(() => adminClick(fix));
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personal-nik' }), fix?.getAttribute('data-replacement'));
  });

  it('with no error left it offers to send, not to send "anyway"', () => {
    act(() => root.render(<SendConfirm tr={tr} errors={0} rows={[]} placement={{ left: 0, top: 0, maxHeight: 400, side: 'right' }} onFix={vi.fn()} onSend={vi.fn()} onApply={vi.fn(() => Promise.resolve())} />));
    expect(q('h2')?.textContent).toBe(t('id', 'checker.gate.cleared'));
    expect(q('[data-testid="pranata-send-anyway"]')?.textContent).toBe('Kirim');
    expect(q('[data-testid="pranata-send-fix"]')?.textContent).toBe('Kembali ke balasan');
  });
});
