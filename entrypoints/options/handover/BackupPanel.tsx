import { useId, useRef, useState } from 'react';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { RESTORE_MODE_KEY } from '@/lib/i18n/labels';
import { getDb } from '@/lib/db';
import { useSettings } from '@/lib/db/hooks';
import { exportBackup, inspectBackup, type InspectedBackup, type RestoreMode } from '@/lib/backup';
import type { FileError } from '@/lib/pack';
import { formatCount } from '@/lib/engagement/format';
import { useLang, useT } from '@/lib/i18n/react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { downloadBlob } from './download';
import { FileErrors } from './FileErrors';
import { resetRestoreState, runRestore, useRestoreState } from './restore-store';

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'error'; errors: FileError[] }
  | { step: 'ready'; file: File; inspected: InspectedBackup; mode: RestoreMode; confirming: boolean };

const MODES: readonly RestoreMode[] = ['add-missing', 'replace'];

/** The whole database as one file, and restoring one (checked first, written in one transaction). */
export function BackupPanel() {
  const tr = useT();
  const lang = useLang();
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const [exporting, setExporting] = useState<number | null>(null);
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const restoring = useRestoreState();
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const readyRef = useRef<HTMLParagraphElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const inputId = useId();
  const n = (v: number) => formatCount(v, lang);

  // Focus goes to what just appeared (the file's errors, the preview of a newly chosen file), not
  // to the preview again on a change inside it: a restore mode chosen with the arrow keys, or a
  // cancelled confirmation (whose dialog hands the focus back to its opener).
  const errors = state.step === 'error' ? state.errors : null;
  const readyFile = state.step === 'ready' ? state.file : null;
  useFocusOnShow(errorRef, errors !== null, errors);
  useFocusOnShow(readyRef, readyFile !== null, readyFile);
  useFocusOnShow(errorRef, restoring.step === 'error', restoring.step);
  useFocusOnShow(statusRef, restoring.step === 'done', restoring.step);

  const onExport = async () => {
    setExporting(0);
    setStatus('');
    let rows = 0;
    const { blob, fileName } = await exportBackup(getDb(), {
      now: Date.now(),
      timeZone: settings?.timeZone ?? 'WIB',
      onProgress: (p) => {
        rows = p.done;
        setExporting(p.done);
      },
    });
    downloadBlob(blob, fileName);
    setExporting(null);
    setStatus(tr('handover.backup.exported', { file: fileName, rows: n(rows) }));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    resetRestoreState();
    setState({ step: 'checking' });
    const res = await inspectBackup(getDb(), file);
    if (inputRef.current) inputRef.current.value = '';
    setState(res.ok ? { step: 'ready', file, inspected: res.value, mode: 'add-missing', confirming: false } : { step: 'error', errors: res.errors });
  };

  const restore = (file: File, mode: RestoreMode) => {
    setState({ step: 'idle' });
    void runRestore(file, mode);
  };

  return (
    <section className="panel" aria-labelledby="backup-title">
      <h3 id="backup-title">{tr('handover.backup.title')}</h3>
      <p className="muted">{tr('handover.backup.help')}</p>
      <button type="button" data-testid="backup-export" disabled={exporting !== null} onClick={() => void onExport()}>
        {tr('handover.backup.export')}
      </button>
      {exporting !== null ? <p role="status">{tr('handover.backup.exporting', { done: n(exporting) })}</p> : null}

      <label htmlFor={inputId}>{tr('handover.backup.restoreLabel')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        data-testid="backup-restore-input"
        disabled={state.step === 'checking' || restoring.step === 'restoring'}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />

      {state.step === 'checking' ? <p role="status">{tr('handover.backup.checking')}</p> : null}
      {state.step === 'error' ? <FileErrors errors={state.errors} testId="backup-error" ref={errorRef} /> : null}
      {restoring.step === 'error' ? <FileErrors errors={restoring.errors} testId="backup-error" ref={errorRef} /> : null}
      {state.step === 'ready' ? (
        <div className="restore-preview" data-testid="backup-restore-preview">
          <p tabIndex={-1} ref={readyRef}>
            {tr('handover.backup.preview', { version: state.inspected.meta.data.databaseVersion })}
          </p>
          <ul>
            {state.inspected.meta.data.tables
              .filter((t) => t.rowCount > 0)
              .map((t) => (
                <li key={t.name}>{tr('handover.backup.rows', { table: t.name, count: n(t.rowCount) })}</li>
              ))}
          </ul>
          <fieldset>
            <legend>{tr('handover.backup.mode')}</legend>
            {MODES.map((m) => (
              <label key={m} className="inline">
                <input
                  type="radio"
                  name="restore-mode"
                  value={m}
                  checked={state.mode === m}
                  data-testid={`backup-mode-${m}`}
                  onChange={() => setState({ ...state, mode: m })}
                />
                {tr(RESTORE_MODE_KEY[m])}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <button
              type="button"
              className={state.mode === 'replace' ? 'danger' : 'primary'}
              data-testid="backup-restore-apply"
              onClick={() => (state.mode === 'replace' ? setState({ ...state, confirming: true }) : restore(state.file, state.mode))}
            >
              {tr('handover.backup.restore')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {tr('common.cancel')}
            </button>
          </div>
          <ConfirmDialog
            open={state.confirming}
            title={tr('handover.backup.confirmTitle')}
            text={tr('handover.backup.confirmText')}
            confirmLabel={tr('handover.backup.confirm')}
            cancelLabel={tr('common.cancel')}
            danger
            testId="backup-confirm"
            onConfirm={() => restore(state.file, 'replace')}
            onCancel={() => setState({ ...state, confirming: false })}
          />
        </div>
      ) : null}
      {restoring.step === 'restoring' ? (
        <div role="status">
          <progress max={restoring.total || 1} value={restoring.done} aria-label={tr('handover.backup.restore')} />
          <span>{tr('handover.backup.restoring', { done: n(restoring.done), total: n(restoring.total) })}</span>
        </div>
      ) : null}
      <p role="status" aria-live="polite" data-testid="backup-status" tabIndex={-1} ref={statusRef}>
        {restoring.step === 'done' ? tr('handover.backup.restored', { written: n(restoring.written), skipped: n(restoring.skipped) }) : status}
      </p>
    </section>
  );
}
