import { downloadBlob } from '@/entrypoints/options/handover/download';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PLATFORM_MATCHES, platformForHost } from '@/lib/platforms/hosts';
import { CAPTURE_MESSAGE } from '@/lib/capture/protocol';
import { captureResponseSchema } from '@/lib/capture/response-schema';
import type { PlatformId } from '@/lib/schemas/common';
import { platformName } from '@/lib/platforms/meta';
import { useLang, useT } from '@/lib/i18n/react';

interface PlatformTab {
  id: number;
  platform: PlatformId;
}

/** Open platform tabs (the host permissions let an extension page see their addresses). */
async function platformTabs(scope: 'active' | 'all'): Promise<PlatformTab[]> {
  const tabs = scope === 'active' ? await browser.tabs.query({ active: true, lastFocusedWindow: true }) : await browser.tabs.query({ url: PLATFORM_MATCHES });
  const out: PlatformTab[] = [];
  for (const t of tabs) {
    let host = '';
    try {
      host = new URL(t.url ?? '').hostname;
    } catch {
      continue;
    }
    const platform = platformForHost(host);
    if (platform && t.id !== undefined) out.push({ id: t.id, platform });
  }
  return out;
}

function download(html: string, fileName: string): void {
  downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), fileName);
}

/**
 * "Rekam struktur halaman": asks a platform tab for a redacted capture of its page (lib/capture)
 * and saves it as one HTML file. In the popup it records the current tab; on the options page,
 * one button per open platform tab.
 */
export function PageCapture({ scope }: { scope: 'active' | 'all' }) {
  const tr = useT();
  const lang = useLang();
  const [tabs, setTabs] = useState<PlatformTab[] | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // the options page lists the open platform tabs at once (and again when it gets the focus back)
  useEffect(() => {
    if (scope !== 'all') return undefined;
    const refresh = () => void platformTabs('all').then(setTabs, () => setTabs([]));
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [scope]);

  const record = async (tab: PlatformTab) => {
    setBusy(true);
    setStatus('');
    try {
      const raw: unknown = await browser.tabs.sendMessage(tab.id, { type: CAPTURE_MESSAGE });
      const res = captureResponseSchema.safeParse(raw);
      if (!res.success || !res.data.ok) {
        setStatus(tr('capture.failed'));
        return;
      }
      download(res.data.html, res.data.fileName);
      setStatus(tr(res.data.truncated ? 'capture.savedCut' : 'capture.saved', { file: res.data.fileName, elements: res.data.elements }));
    } catch {
      // no content script in the tab (opened before Pranata was installed or updated)
      setStatus(tr('capture.failed'));
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    const found = await platformTabs(scope);
    if (scope === 'active') {
      const tab = found[0];
      if (tab) await record(tab);
      else setStatus(tr('capture.noTab'));
      return;
    }
    setTabs(found);
    if (found.length === 0) setStatus(tr('capture.noTabs'));
  };

  return (
    <div className="page-capture" data-testid="page-capture">
      {scope === 'all' && tabs && tabs.length > 0 ? (
        tabs.map((tab) => (
          <button key={tab.id} type="button" disabled={busy} onClick={() => void record(tab)} data-testid={`page-capture-${tab.platform}`}>
            {tr('capture.buttonFor', { platform: platformName(tab.platform, lang) })}
          </button>
        ))
      ) : (
        <button type="button" disabled={busy} onClick={() => void start()} title={tr('capture.hint')} data-testid="page-capture-start">
          {tr('capture.button')}
        </button>
      )}
      <span role="status" className="muted small">
        {status}
      </span>
    </div>
  );
}
