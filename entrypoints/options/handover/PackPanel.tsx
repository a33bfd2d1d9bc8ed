import { useId, useRef, useState } from 'react';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/db/hooks';
import {
  applyImportPlan,
  exportPack,
  fail,
  PACK_MAX_BYTES,
  parsePackBytes,
  planImport,
  previewPack,
  readLocalState,
  type FileError,
  type ImportChoices,
  type PackPreview,
  type PlanNote,
} from '@/lib/pack';
import { formatCount } from '@/lib/engagement/format';
import { useLang, useT } from '@/lib/i18n/react';
import { downloadBlob } from './download';
import { WriterBusyError } from '@/lib/backup/writer-lock';
import { FileErrors } from './FileErrors';
import { ImportPreview } from './ImportPreview';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'error'; errors: FileError[] }
  | { step: 'preview'; preview: PackPreview; choices: ImportChoices; busy: boolean };

const DEFAULT_CHOICES: ImportChoices = { global: 'replace', perItem: {}, activate: true };

/** Export of this browser's SOP as a pack file, and import of a colleague's with a preview first. */
export function PackPanel() {
  const tr = useT();
  const lang = useLang();
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<PlanNote[]>([]);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const inputId = useId();
  const helpId = useId();

  useFocusOnShow(errorRef, state.step === 'error', state.step);

  const onExport = async () => {
    setNotes([]);
    const res = await exportPack(getDb(), { now: Date.now(), appVersion: browser.runtime.getManifest().version });
    if (!res.ok) {
      setStatus(tr('handover.pack.noProfile'));
      return;
    }
    downloadBlob(new Blob([res.json], { type: 'application/json' }), res.fileName);
    setStatus(tr('handover.pack.exported', { file: res.fileName, count: formatCount(res.templates, lang) }));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    setNotes([]);
    setState({ step: 'reading' });
    // Refused before reading a single byte when it is too large.
    const parsed = file.size > PACK_MAX_BYTES ? fail('too-large', '', { size: file.size, max: PACK_MAX_BYTES }) : parsePackBytes(new Uint8Array(await file.arrayBuffer()));
    if (inputRef.current) inputRef.current.value = '';
    if (!parsed.ok) {
      setState({ step: 'error', errors: parsed.errors });
      return;
    }
    const preview = previewPack(parsed.value, await readLocalState(getDb()));
    setState({ step: 'preview', preview, choices: DEFAULT_CHOICES, busy: false });
  };

  const onApply = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, busy: true });
    const plan = planImport(state.preview, state.choices, { now: Date.now(), newId: () => crypto.randomUUID() });
    try {
      await applyImportPlan(getDb(), plan);
      setStatus(
        tr('handover.applied', {
          added: formatCount(plan.summary.added, lang),
          updated: formatCount(plan.summary.updated, lang),
          kept: formatCount(plan.summary.kept, lang),
          unchanged: formatCount(plan.summary.unchanged, lang),
        }),
      );
      setNotes(plan.notes);
    } catch (err) {
      setStatus(err instanceof WriterBusyError ? tr('handover.error.busy') : tr('handover.applyFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
    setState({ step: 'idle' });
    statusRef.current?.focus();
  };

  return (
    <section className="panel" aria-labelledby="pack-title">
      <h3 id="pack-title">{tr('handover.pack.title')}</h3>
      <p className="muted">{tr('handover.pack.exportHelp')}</p>
      <button type="button" data-testid="export-pack" onClick={() => void onExport()}>
        {tr('handover.pack.export')}
      </button>

      <label htmlFor={inputId}>{tr('handover.pack.importLabel')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-describedby={helpId}
        data-testid="import-pack-input"
        disabled={state.step === 'reading' || (state.step === 'preview' && state.busy)}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <p id={helpId} className="muted">
        {tr('handover.pack.importHelp')}
      </p>

      {state.step === 'reading' ? <p role="status">{tr('handover.pack.reading')}</p> : null}
      {state.step === 'error' ? <FileErrors errors={state.errors} testId="import-error" ref={errorRef} /> : null}
      {state.step === 'preview' && settings ? (
        <ImportPreview
          preview={state.preview}
          choices={state.choices}
          timeZone={settings.timeZone}
          busy={state.busy}
          onChoices={(choices) => setState({ ...state, choices })}
          onApply={() => void onApply()}
          onCancel={() => {
            setState({ step: 'idle' });
            setStatus(tr('handover.preview.cancelled'));
            statusRef.current?.focus();
          }}
        />
      ) : null}

      <p role="status" aria-live="polite" data-testid="pack-status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {notes.length > 0 ? (
        <ul className="muted" data-testid="import-notes">
          {notes.map((n, i) => (
            <li key={i}>{n.code === 'shortcut-dropped' ? tr('handover.note.shortcut-dropped', { shortcut: n.shortcut, title: n.title }) : tr('handover.note.copy-added', { title: n.title })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
