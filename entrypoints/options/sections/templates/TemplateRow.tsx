import { useLang, useT } from '@/lib/i18n/react';
import { INTL_LOCALE } from '@/lib/i18n';
import { platformName } from '@/lib/platforms/meta';
import type { Template } from '@/lib/schemas/template';
import { categoryLabel } from '@/lib/templates/categories';

interface Props {
  template: Template;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
  onFavorite(on: boolean): void;
}

/** One template in the list, with its actions (each labelled with the template's title for screen readers). */
export function TemplateRow({ template: t, onEdit, onDuplicate, onDelete, onFavorite }: Props) {
  const tr = useT();
  const lang = useLang();
  const n = new Intl.NumberFormat(INTL_LOCALE[lang]);
  const platforms = t.platforms.length === 0 ? tr('templates.platforms.all') : t.platforms.map((p) => platformName(p, lang)).join(', ');
  return (
    <li className="template-row" data-testid="template-row" data-template-id={t.id}>
      <button
        type="button"
        className="favorite"
        aria-pressed={t.favorite}
        aria-label={tr('templates.favoriteLabel', { title: t.title })}
        data-testid="template-favorite"
        onClick={() => onFavorite(!t.favorite)}
      >
        <span aria-hidden="true">{t.favorite ? '★' : '☆'}</span>
      </button>
      <div className="template-main">
        <strong className="template-title">{t.title}</strong>
        <span className="template-meta">
          {t.shortcut ? <code>{t.shortcut}</code> : null}
          <span>{categoryLabel(t.category, lang)}</span>
          <span>{platforms}</span>
          <span>{tr('templates.usage', { count: n.format(t.usageCount) })}</span>
        </span>
        <span className="template-body muted">{t.body}</span>
      </div>
      <div className="template-actions">
        <button type="button" className="edit" data-testid="template-edit" aria-label={tr('templates.editLabel', { title: t.title })} onClick={onEdit}>
          {tr('templates.edit')}
        </button>
        <button type="button" data-testid="template-duplicate" aria-label={tr('templates.duplicateLabel', { title: t.title })} onClick={onDuplicate}>
          {tr('templates.duplicate')}
        </button>
        <button type="button" className="danger" data-testid="template-delete" aria-label={tr('templates.deleteLabel', { title: t.title })} onClick={onDelete}>
          {tr('templates.delete')}
        </button>
      </div>
    </li>
  );
}
