import { useRef, useState } from 'react';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { useLang, useT } from '@/lib/i18n/react';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS, type PlatformId } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template, TemplateCategory } from '@/lib/schemas/template';
import { categoryOptions } from '@/lib/templates/categories';
import { TEMPLATE_VARIABLES, VARIABLE_HELP } from '@/lib/templates/variables';
import { validateDraft, type FieldMessage, type FormField, type TemplateDraft } from './template-form';
import { TemplatePreview } from './TemplatePreview';

interface Props {
  initial: TemplateDraft;
  existing: Template | null;
  all: readonly Template[];
  settings: Settings;
  profile: SopProfile | null;
  onSave(t: Template): Promise<void>;
  onCancel(): void;
}

const FIELD_ORDER: FormField[] = ['title', 'body', 'tags', 'shortcut'];

/** Create or edit one template: validation at the field (templateSchema), live preview. Esc cancels. */
export function TemplateEditor({ initial, existing, all, settings, profile, onSave, onCancel }: Props) {
  const tr = useT();
  const lang = useLang();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [now] = useState(() => Date.now());
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useFocusOnShow(titleRef, true);

  // Errors show once the admin tried to save, then follow every change.
  const result = validateDraft(draft, { all, existing, now, newId: () => crypto.randomUUID() });
  const errors = tried && !result.ok ? result.errors : {};
  const warnings = result.warnings;
  const errorCount = Object.keys(errors).length;

  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const msg = (m: FieldMessage | undefined) => (m ? tr(m.key, m.params) : '');
  const describedBy = (field: FormField, help?: string) =>
    [help, errors[field] ? `template-${field}-error` : null, warnings[field] ? `template-${field}-warning` : null].filter(Boolean).join(' ') ||
    undefined;

  const submit = async () => {
    setTried(true);
    const checked = validateDraft(draft, { all, existing, now: Date.now(), newId: () => crypto.randomUUID() });
    if (!checked.ok) {
      const first = FIELD_ORDER.find((f) => checked.errors[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    await onSave(checked.template);
  };

  const togglePlatform = (p: PlatformId, on: boolean) =>
    set('platforms', on ? PLATFORM_IDS.filter((x) => x === p || draft.platforms.includes(x)) : draft.platforms.filter((x) => x !== p));

  return (
    <form
      ref={formRef}
      className="template-editor panel"
      aria-labelledby="template-editor-title"
      data-testid="template-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="template-editor-title">{tr(existing ? 'templates.editor.edit' : 'templates.editor.new')}</h3>
      {errorCount > 0 ? (
        <p className="field-error" role="alert" data-testid="template-error-summary">
          {tr('templates.errorSummary', { count: errorCount })}
        </p>
      ) : null}
      <div className="template-editor-grid">
        <div className="template-editor-fields">
          <label className="field">
            {tr('templates.field.title')}
            <input
              ref={titleRef}
              name="title"
              data-testid="template-title"
              value={draft.title}
              maxLength={200}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={describedBy('title')}
              onChange={(e) => set('title', e.target.value)}
            />
          </label>
          <FieldMessageLine id="template-title-error" message={msg(errors.title)} testId="template-title-error" />

          <label className="field">
            {tr('templates.field.body')}
            <textarea
              name="body"
              data-testid="template-body"
              rows={7}
              value={draft.body}
              maxLength={6000}
              aria-invalid={errors.body ? true : undefined}
              aria-describedby={describedBy('body', 'template-body-help')}
              onChange={(e) => set('body', e.target.value)}
            />
          </label>
          <p id="template-body-help" className="muted">
            {tr('templates.field.bodyHelp')}
          </p>
          <FieldMessageLine id="template-body-error" message={msg(errors.body)} testId="template-body-error" />
          {warnings.body ? (
            <p id="template-body-warning" className="field-warning" data-testid="template-body-warning">
              {msg(warnings.body)}
            </p>
          ) : null}

          <label className="field">
            {tr('templates.field.category')}
            <select name="category" data-testid="template-category" value={draft.category} onChange={(e) => set('category', e.target.value as TemplateCategory)}>
              {categoryOptions(lang).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>

          <label className="field">
            {tr('templates.field.shortcut')}
            <input
              name="shortcut"
              data-testid="template-shortcut"
              value={draft.shortcut}
              maxLength={40}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={errors.shortcut ? true : undefined}
              aria-describedby={describedBy('shortcut')}
              onChange={(e) => set('shortcut', e.target.value)}
            />
          </label>
          <FieldMessageLine id="template-shortcut-error" message={msg(errors.shortcut)} testId="template-shortcut-error" />

          <label className="field">
            {tr('templates.field.tags')}
            <input
              name="tags"
              data-testid="template-tags"
              value={draft.tags}
              aria-invalid={errors.tags ? true : undefined}
              aria-describedby={describedBy('tags')}
              onChange={(e) => set('tags', e.target.value)}
            />
          </label>
          <FieldMessageLine id="template-tags-error" message={msg(errors.tags)} testId="template-tags-error" />

          <fieldset>
            <legend>{tr('templates.field.platforms')}</legend>
            {PLATFORM_IDS.map((p) => (
              <label key={p} className="inline">
                <input type="checkbox" checked={draft.platforms.includes(p)} onChange={(e) => togglePlatform(p, e.target.checked)} />
                {platformName(p, lang)}
              </label>
            ))}
          </fieldset>

          <label className="field">
            {tr('templates.field.language')}
            <select name="language" value={draft.language} onChange={(e) => set('language', e.target.value === 'en' ? 'en' : 'id')}>
              <option value="id">{tr('common.language.id')}</option>
              <option value="en">{tr('common.language.en')}</option>
            </select>
          </label>

          <label className="inline">
            <input type="checkbox" name="favorite" checked={draft.favorite} onChange={(e) => set('favorite', e.target.checked)} />
            {tr('templates.field.favorite')}
          </label>

          <div className="row">
            <button type="submit" className="primary" data-testid="template-save">
              {tr('templates.save')}
            </button>
            <button type="button" data-testid="template-cancel" onClick={onCancel}>
              {tr('templates.cancel')}
            </button>
          </div>
        </div>
        <div className="template-editor-side">
          <TemplatePreview body={draft.body} settings={settings} profile={profile} now={now} />
          <details>
            <summary>{tr('templates.variables')}</summary>
            <dl className="variable-help">
              {TEMPLATE_VARIABLES.map((v) => (
                <div key={v}>
                  <dt>
                    <code>{`{${v}}`}</code>
                  </dt>
                  <dd>{VARIABLE_HELP[v][lang]}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
      </div>
    </form>
  );
}

function FieldMessageLine({ id, message, testId }: { id: string; message: string; testId: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" data-testid={testId}>
      {message}
    </p>
  );
}
