import { useId, useRef } from 'react';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { ITEM_STATUS_KEY, MATCH_KEY, RESOLUTION_KEY, SWITCH_KEY, TEMPLATE_FIELD_KEY, WORD_LIST_KEY } from '@/lib/i18n/labels';
import type { ImportChoices, ItemStatus, PackPreview, Resolution, TemplateItem } from '@/lib/pack';
import { resolutionFor } from '@/lib/pack';
import { formatCount, formatDateTime } from '@/lib/engagement/format';
import { useLang, useT } from '@/lib/i18n/react';
import type { TimeZoneId } from '@/lib/schemas/common';

const RESOLUTIONS: readonly Resolution[] = ['replace', 'merge', 'keep'];
const needsChoice = (s: ItemStatus) => s === 'change' || s === 'conflict';

/**
 * What an import would do, and the admin's choices: one global choice (replace / merge / keep
 * mine) and, for every change or conflict, a choice of its own. Nothing is written from here:
 * "Apply import" hands the choices back.
 */
export function ImportPreview(props: {
  preview: PackPreview;
  choices: ImportChoices;
  timeZone: TimeZoneId;
  busy: boolean;
  onChoices: (c: ImportChoices) => void;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { preview, choices, onChoices } = props;
  const tr = useT();
  const lang = useLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const n = (v: number) => formatCount(v, lang);
  useFocusOnShow(headingRef, true);

  const setItem = (key: string, r: Resolution) => onChoices({ ...choices, perItem: { ...choices.perItem, [key]: r } });
  const exported = Date.parse(preview.meta.exportedAt);
  const p = preview.profile;

  return (
    <section className="import-preview" data-testid="import-preview" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {tr('handover.preview.title')}
      </h3>
      <p>
        {tr('handover.preview.from', {
          agency: preview.meta.agencyName || '—',
          date: formatDateTime(Number.isFinite(exported) ? exported : null, lang, props.timeZone),
        })}
      </p>
      <p className="muted">
        {tr('handover.preview.version', {
          version: preview.meta.fromVersion,
          migrated: preview.meta.fromVersion < 2 ? tr('handover.preview.migrated') : '',
        })}
        {preview.meta.appVersion ? ` · ${tr('handover.preview.appVersion', { version: preview.meta.appVersion })}` : ''}
      </p>
      <p data-testid="import-summary">
        {tr('handover.preview.summary', {
          new: n(preview.counts.new),
          change: n(preview.counts.change),
          conflict: n(preview.counts.conflict),
          same: n(preview.counts.same),
        })}
      </p>
      {preview.untouchedLocal > 0 ? <p className="muted">{tr('handover.preview.untouched', { count: n(preview.untouchedLocal) })}</p> : null}

      {preview.warnings.length > 0 ? (
        <div className="warnings" data-testid="import-warnings">
          <h4>{tr('handover.preview.warnings')}</h4>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w.path}>{tr('handover.preview.warning.html', { path: w.path })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>{tr('handover.preview.globalChoice')}</legend>
        {RESOLUTIONS.map((r) => (
          <label key={r} className="inline">
            <input
              type="radio"
              name="import-global"
              value={r}
              checked={choices.global === r}
              data-testid={`import-global-${r}`}
              onChange={() => onChoices({ ...choices, global: r })}
            />
            {tr(RESOLUTION_KEY[r])}
          </label>
        ))}
      </fieldset>

      <h4>{tr('handover.preview.profile')}</h4>
      <div className="preview-profile" data-testid="import-profile" data-status={p.status}>
        <p>
          <StatusBadge status={p.status} />{' '}
          {tr('handover.preview.profileLine', { name: p.incoming.name, agency: p.incoming.agencyName || '—' })}
          {p.matchedBy ? ` · ${tr(MATCH_KEY[p.matchedBy])}` : ''}
        </p>
        {p.changedFields.length > 0 ? (
          <p>
            {tr('handover.changed', { fields: '' })}
            {p.changedFields.map((f, i) => (
              <span key={f}>
                {i > 0 ? ', ' : ''}
                <code>{f}</code>
              </span>
            ))}
          </p>
        ) : null}
        {p.status !== 'new' ? (
          <ul className="muted">
            {(['banned', 'preferred', 'allow'] as const).map((list) =>
              p.words[list].added.length + p.words[list].removed.length > 0 ? (
                <li key={list}>
                  {tr('handover.words', {
                    list: tr(WORD_LIST_KEY[list]),
                    added: n(p.words[list].added.length),
                    removed: n(p.words[list].removed.length),
                  })}
                </li>
              ) : null,
            )}
          </ul>
        ) : null}
        {preview.switches.map((s) => (
          <p key={s.field}>{tr(SWITCH_KEY[s.field], { to: tr(s.to ? 'handover.switch.on' : 'handover.switch.off') })}</p>
        ))}
        {needsChoice(p.status) ? (
          <ChoiceSelect label={tr('handover.preview.itemChoice', { title: p.incoming.name })} value={resolutionFor(p.key, choices)} onChange={(r) => setItem(p.key, r)} testId="import-choice-profile" />
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={choices.activate} onChange={(e) => onChoices({ ...choices, activate: e.target.checked })} />
          {tr('handover.preview.activate')}
        </label>
      </div>

      <h4>{tr('handover.preview.templates')}</h4>
      {preview.templates.length === 0 ? (
        <p className="muted">{tr('handover.preview.noTemplates')}</p>
      ) : (
        <div className="table-wrap">
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{tr('handover.preview.col.title')}</th>
                <th scope="col">{tr('handover.preview.col.shortcut')}</th>
                <th scope="col">{tr('handover.preview.col.status')}</th>
                <th scope="col">{tr('handover.preview.col.details')}</th>
                <th scope="col">{tr('handover.preview.col.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.templates.map((item) => (
                <TemplateRow key={item.key} item={item} choices={choices} onChoose={setItem} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div className="row">
        <button type="button" className="primary" data-testid="import-apply" disabled={props.busy} onClick={props.onApply}>
          {tr('handover.preview.apply')}
        </button>
        <button type="button" data-testid="import-cancel" disabled={props.busy} onClick={props.onCancel}>
          {tr('handover.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function StatusBadge({ status }: { status: ItemStatus }) {
  const tr = useT();
  return <span className={`status status-${status}`}>{tr(ITEM_STATUS_KEY[status])}</span>;
}

function TemplateRow({ item, choices, onChoose }: { item: TemplateItem; choices: ImportChoices; onChoose: (key: string, r: Resolution) => void }) {
  const tr = useT();
  const details: string[] = [];
  if (item.matchedBy === 'shortcut') details.push(tr('handover.match.shortcut', { title: item.local?.title ?? '' }));
  else if (item.matchedBy && item.status !== 'same') details.push(tr(MATCH_KEY[item.matchedBy]));
  if (item.shortcutOwner) details.push(tr('handover.match.shortcutTaken', { shortcut: item.incoming.shortcut ?? '', title: item.shortcutOwner.title }));
  if (item.changedFields.length > 0) {
    details.push(tr('handover.changed', { fields: item.changedFields.map((f) => tr(TEMPLATE_FIELD_KEY[f])).join(', ') }));
  }
  return (
    <tr data-testid="import-template" data-status={item.status}>
      <td>{item.incoming.title}</td>
      <td>
        <code>{item.incoming.shortcut ?? ''}</code>
      </td>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <td>{details.join(' · ')}</td>
      <td>
        {needsChoice(item.status) ? (
          <ChoiceSelect
            label={tr('handover.preview.itemChoice', { title: item.incoming.title })}
            value={resolutionFor(item.key, choices)}
            onChange={(r) => onChoose(item.key, r)}
            testId={`import-choice-${item.index}`}
          />
        ) : null}
      </td>
    </tr>
  );
}

function ChoiceSelect(props: { label: string; value: Resolution; onChange: (r: Resolution) => void; testId: string }) {
  const tr = useT();
  return (
    <select aria-label={props.label} value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value as Resolution)}>
      {RESOLUTIONS.map((r) => (
        <option key={r} value={r}>
          {tr(RESOLUTION_KEY[r])}
        </option>
      ))}
    </select>
  );
}
