import { useCallback, useMemo, useRef, useState } from 'react';
import { useSettings } from '@/lib/db/hooks';
import { platformList } from '@/lib/i18n/platforms';
import { useLang, useT } from '@/lib/i18n/react';
import type { Template, TemplateCategory } from '@/lib/schemas/template';
import { categoryOptions } from '@/lib/templates/categories';
import { draftOf, emptyDraft, filterTemplates, type TemplateDraft } from './templates/template-form';
import { deleteTemplate, restoreTemplate, saveCopy, saveTemplate, setFavorite, useActiveProfile, useTemplates } from './templates/template-store';
import { TemplateEditor } from './templates/TemplateEditor';
import { TemplateRow } from './templates/TemplateRow';
import { UndoToast } from './templates/UndoToast';
import './templates/templates.css';

interface Editing {
  draft: TemplateDraft;
  existing: Template | null;
  /** Where the focus goes back to when the editor closes. */
  returnTo: HTMLElement | null;
}

/** Reply templates: search, category filter, create, edit with live preview, duplicate, delete with undo, favourite. */
export function TemplatesSection() {
  const tr = useT();
  const lang = useLang();
  const templates = useTemplates();
  const settings = useSettings();
  const profile = useActiveProfile();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TemplateCategory | 'all'>('all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleted, setDeleted] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const shown = useMemo(() => (templates ? filterTemplates(templates, query, category) : []), [templates, query, category]);

  const focusRow = (id: string) => {
    // The row appears once the live query has seen the write: try for a second, frame by frame.
    let frames = 60;
    const attempt = () => {
      const button = listRef.current?.querySelector<HTMLElement>(`[data-template-id="${CSS.escape(id)}"] [data-testid="template-edit"]`);
      if (button) button.focus();
      else if (--frames > 0) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };

  const open = (draft: TemplateDraft, existing: Template | null) => {
    setStatus('');
    setEditing({ draft, existing, returnTo: document.activeElement instanceof HTMLElement ? document.activeElement : null });
  };

  const closeEditor = (focusId?: string) => {
    const back = editing?.returnTo;
    setEditing(null);
    if (focusId) focusRow(focusId);
    else requestAnimationFrame(() => (back?.isConnected ? back : newButton.current)?.focus());
  };

  const onSave = async (t: Template) => {
    await saveTemplate(t);
    setStatus(tr('templates.saved', { title: t.title }));
    closeEditor(t.id);
  };

  const onDuplicate = async (t: Template) => {
    const copy = await saveCopy(t, tr('templates.copySuffix'));
    setStatus(tr('templates.duplicated', { title: t.title }));
    open(draftOf(copy), copy);
  };

  const onDelete = async (t: Template) => {
    const row = await deleteTemplate(t.id);
    if (row) setDeleted(row);
  };

  const onUndo = async () => {
    if (!deleted) return;
    const row = deleted;
    await restoreTemplate(row);
    setDeleted(null);
    setStatus(tr('templates.restored', { title: row.title }));
    focusRow(row.id);
  };

  const dismissUndo = useCallback((byKeyboard: boolean) => {
    setDeleted(null);
    if (byKeyboard) newButton.current?.focus();
  }, []);

  if (!templates || !settings || profile === undefined) return null;
  return (
    <section aria-labelledby="templates-title" className="templates">
      <h2 id="templates-title">{tr('templates.title')}</h2>
      <p className="muted">{tr('templates.intro', { platforms: platformList(lang, 'conjunction') })}</p>

      {editing ? (
        <TemplateEditor
          key={editing.existing?.id ?? 'new'}
          initial={editing.draft}
          existing={editing.existing}
          all={templates}
          settings={settings}
          profile={profile}
          onSave={onSave}
          onCancel={() => closeEditor()}
        />
      ) : null}

      <div className="filters" role="search">
        <label>
          {tr('templates.search')}
          <input type="search" data-testid="templates-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {tr('templates.category')}
          <select data-testid="templates-category" value={category} onChange={(e) => setCategory(e.target.value as TemplateCategory | 'all')}>
            <option value="all">{tr('templates.category.all')}</option>
            {categoryOptions(lang).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button ref={newButton} type="button" className="primary" data-testid="template-new" onClick={() => open(emptyDraft(category === 'all' ? 'sapaan' : category), null)}>
          {tr('templates.new')}
        </button>
      </div>

      <p className="muted" role="status" data-testid="templates-count">
        {templates.length === 0 ? tr('templates.empty') : shown.length === 0 ? tr('templates.noMatch') : tr('templates.count', { count: shown.length })}
      </p>
      <ul ref={listRef} className="template-list" aria-label={tr('templates.list')} data-testid="template-list">
        {shown.map((t) => (
          <TemplateRow
            key={t.id}
            template={t}
            onEdit={() => open(draftOf(t), t)}
            onDuplicate={() => void onDuplicate(t)}
            onDelete={() => void onDelete(t)}
            onFavorite={(on) => void setFavorite(t.id, on)}
          />
        ))}
      </ul>

      {deleted ? <UndoToast text={tr('templates.deleted', { title: deleted.title })} onUndo={() => void onUndo()} onDismiss={dismissUndo} /> : null}
      <p role="status" className="muted" data-testid="templates-status">
        {status}
      </p>
    </section>
  );
}
