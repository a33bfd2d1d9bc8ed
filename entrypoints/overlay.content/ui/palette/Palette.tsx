import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { PlatformId, UiLanguage } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { categoryLabel } from '@/lib/templates/categories';
import { buildRenderContext } from '@/lib/templates/context';
import { cleanName, displayNameOf } from '@/lib/templates/name';
import { listFields, parseTemplate } from '@/lib/templates/parse';
import { searchTemplates } from '@/lib/templates/search';
import { innerTarget } from '../../inner-target';
import type { PaletteController, PaletteSession, PaletteStatus } from './controller';
import { tp } from './i18n';
import { cycleFocus, moveActive, paletteAction, type FocusPlace } from './nav';
import { palettePlacement, unionBox } from './position';
import { buildPreview } from './preview';
import { PalettePreview } from './PalettePreview';
import { useFocusOnShow } from '@/components/use-focus-on-show';
import { useAnchorRect, useViewport } from './use-anchor-rect';
// Clicks only count when the admin made them (isTrusted; see ../trusted.ts).

const FOCUS_SEARCH = { preventScroll: true, caretAtEnd: true } as const;

interface Props {
  session: PaletteSession;
  controller: PaletteController;
  templates: Template[];
  /** The templates have arrived from the background at least once. */
  loaded: boolean;
  settings: Settings | null;
  profile: SopProfile | null;
  platform: PlatformId;
  lang: UiLanguage;
  status: PaletteStatus;
  tick: number;
}

const FOCUSABLE = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** The palette: search, the matching templates, fill-in fields and the preview; keyboard first (see nav.ts). */
export function Palette({ session, controller, templates, loaded, settings, profile, platform, lang, status, tick }: Props) {
  const [query, setQuery] = useState(session.query);
  const [active, setActive] = useState(0);
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const dialogRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Answering a citizen's comment read on this page: its kind's templates first (issue 17).
  const prefer = useMemo(() => controller.suggested(session.composer?.target), [controller, session.composer?.target]);
  const results = useMemo(() => searchTemplates(templates, query, { platform, prefer }), [templates, query, platform, prefer]);
  const current = results[active] ?? null;
  const fields = useMemo(() => (current ? listFields(current.body) : []), [current]);
  const fieldValues = useMemo(() => (current ? (values[current.id] ?? {}) : {}), [current, values]);
  // {nama}: the display name the site shows (never a handle), or what the admin typed instead.
  const [typedName, setTypedName] = useState<string | null>(null);
  const shownName = displayNameOf(session.composer?.target);
  const name = typedName ?? shownName;
  const usesName = useMemo(() => (current ? parseTemplate(current.body).some((seg) => seg.kind === 'variable' && seg.name === 'nama') : false), [current]);
  const nameFallback = useMemo(
    () => buildRenderContext({ now: session.openedAt, settings: settings ?? { timeZone: 'WIB', adminSignOff: '' }, profile }).nameFallback,
    [session.openedAt, settings, profile],
  );
  const preview = useMemo(
    () =>
      current
        ? buildPreview({ template: current, settings, profile, name, fields: fieldValues, now: session.openedAt, platform })
        : null,
    [current, settings, profile, name, fieldValues, session.openedAt, platform],
  );

  const composerRect = useAnchorRect(session.composer?.element ?? null, tick);
  const sendRect = useAnchorRect(session.composer?.sendButton ?? null, tick);
  const viewport = useViewport();
  const place = palettePlacement(composerRect ? unionBox(composerRect, sendRect) : null, viewport);

  // The reply box went away (the site closed its reply dialog): the palette goes with it.
  const composerGone = session.composer !== null && (!session.composer.element.isConnected || (composerRect !== null && composerRect.right <= composerRect.left));
  useEffect(() => {
    if (composerGone) controller.close({ restoreFocus: false });
  }, [composerGone, controller]);

  // Before the first paint: keys typed right after the shortcut land in the search, not in the site's page.
  useFocusOnShow(searchRef, true, undefined, FOCUS_SEARCH);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);

  // A click on the page outside the palette (and its button) closes it, leaving the focus there.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const t = innerTarget(e);
      const inside = t instanceof Element && (!!dialogRef.current?.contains(t) || t.closest('.pp-button') !== null);
      if (!inside) controller.close({ restoreFocus: false });
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [controller]);

  const busy = status?.kind === 'inserting';
  const filled = fields.map((f) => (fieldValues[f.name] ?? '').trim() !== '');

  const insertTemplate = async (template: Template, fieldsOf: Readonly<Record<string, string>>) => {
    if (busy) return;
    const result = await controller.insert(template, fieldsOf, name);
    // On failure the palette stays with its message; the clipboard fallback may have moved the focus.
    if (result && !result.ok) searchRef.current?.focus({ preventScroll: true });
  };
  const insert = () => (current ? insertTemplate(current, fieldValues) : Promise.resolve());

  const focusField = (index: number) => {
    dialogRef.current?.querySelector<HTMLInputElement>(`[data-field-index="${index}"]`)?.focus();
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const where: FocusPlace = target === searchRef.current ? 'search' : target.dataset.fieldIndex !== undefined ? 'field' : 'other';
    const action = paletteAction(
      {
        key: e.key,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        isComposing: e.nativeEvent.isComposing,
      },
      { place: where, count: results.length, fieldIndex: where === 'field' ? Number(target.dataset.fieldIndex) : -1, fieldsFilled: filled },
    );
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    switch (action.type) {
      case 'move':
        setActive((a) => moveActive(a, results.length, action.delta));
        break;
      case 'edge':
        setActive(action.to === 'first' ? 0 : results.length - 1);
        break;
      case 'insert':
        void insert();
        break;
      case 'focus-field':
        focusField(action.index);
        break;
      case 'close':
        controller.close({ restoreFocus: true });
        break;
      case 'tab': {
        const dialog = dialogRef.current;
        if (!dialog) break;
        const focusables = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden]'));
        const root = dialog.getRootNode() as ShadowRoot | Document;
        const next = cycleFocus(focusables.indexOf(root.activeElement as HTMLElement), focusables.length, action.backwards);
        focusables[next]?.focus();
        break;
      }
    }
  };

  const chooseWithPointer = (index: number) => {
    setActive(index);
    const template = results[index];
    if (!template) return;
    const empty = listFields(template.body).findIndex((f) => !(values[template.id]?.[f.name] ?? '').trim());
    if (empty === -1) void insertTemplate(template, values[template.id] ?? {});
    else requestAnimationFrame(() => focusField(empty));
  };

  const optionId = (i: number) => `pp-option-${i}`;
  const activeId = current ? optionId(active) : undefined;
  const target = session.composer?.target;
  const who = target?.authorName ?? (target?.authorHandle ? `@${target.authorHandle}` : null);
  const style = {
    left: `${place.left}px`,
    width: `${place.width}px`,
    maxHeight: `${place.maxHeight}px`,
    ...(place.top !== null ? { top: `${place.top}px` } : { bottom: `${place.bottom ?? 0}px` }),
  };

  return (
    <div
      ref={dialogRef}
      className="pp-dialog"
      role="dialog"
      aria-label={tp(lang, 'palette.dialog')}
      aria-describedby="pp-hint"
      data-testid="pranata-palette"
      data-origin={session.origin}
      data-side={place.side}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div className="pp-head">
        <h2 className="pp-title">{tp(lang, 'palette.title')}</h2>
        <span className="pp-target">
          {session.composer ? (who ? tp(lang, 'palette.replyingTo', { name: who }) : '') : tp(lang, 'palette.noComposer')}
        </span>
        <button type="button" className="pp-close" aria-label={tp(lang, 'palette.close')} onClick={() => controller.close({ restoreFocus: true })}>
          ×
        </button>
      </div>
      <input
        ref={searchRef}
        className="pp-search"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="pp-list"
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-label={tp(lang, 'palette.search')}
        placeholder={tp(lang, 'palette.searchPlaceholder')}
        data-testid="pranata-palette-search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
      />
      {/* The palette's one scroll area: the header, the search and the Insert button stay in view. */}
      <div className="pp-body">
        <ul ref={listRef} id="pp-list" className="pp-list" role="listbox" aria-label={tp(lang, 'palette.results')} aria-activedescendant={activeId}>
          {results.map((t, i) => (
            <li
              key={t.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-testid="pranata-palette-item"
              data-template-id={t.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => e.isTrusted && chooseWithPointer(i)}
            >
              <span className="pp-item-title">
                {t.favorite ? <span className="pp-star" aria-label={tp(lang, 'palette.favorite')}>★ </span> : null}
                {t.title}
              </span>
              <span className="pp-item-meta">
                {t.shortcut ? <kbd>{t.shortcut}</kbd> : null} {categoryLabel(t.category, lang)}
              </span>
            </li>
          ))}
        </ul>
        {results.length === 0 ? (
          <p className="pp-empty" role="status">
            {!loaded ? tp(lang, 'palette.loading') : templates.length === 0 ? tp(lang, 'palette.noTemplates') : tp(lang, 'palette.empty')}
          </p>
        ) : (
          <p className="pp-count" role="status">
            {tp(lang, 'palette.count', { count: results.length })}
          </p>
        )}
        {current && usesName ? (
          <label className="pp-name">
            <span>{tp(lang, 'palette.name')}</span>
            <input
              type="text"
              data-testid="pranata-palette-name"
              value={typedName ?? cleanName(shownName) ?? ''}
              placeholder={nameFallback}
              aria-describedby="pp-name-hint"
              onChange={(e) => setTypedName(e.currentTarget.value)}
            />
            <span id="pp-name-hint" className="pp-hint">
              {tp(lang, 'palette.nameHint', { fallback: nameFallback })}
            </span>
          </label>
        ) : null}
        {current && fields.length > 0 ? (
          <fieldset className="pp-fields">
            <legend>{tp(lang, 'palette.fields')}</legend>
            {fields.map((f, i) => (
              <label key={`${current.id}:${f.name}`}>
                <span>{f.label}</span>
                <input
                  type="text"
                  data-field-index={i}
                  data-testid="pranata-palette-field"
                  value={fieldValues[f.name] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setValues((all) => ({ ...all, [current.id]: { ...(all[current.id] ?? {}), [f.name]: value } }));
                  }}
                />
              </label>
            ))}
            <p className="pp-hint">{tp(lang, 'palette.fieldsHint')}</p>
          </fieldset>
        ) : null}
        {preview ? <PalettePreview preview={preview} platform={platform} lang={lang} /> : null}
      </div>
      <div className="pp-foot">
        <span id="pp-hint" className="pp-hint">
          {tp(lang, 'palette.hint')}
        </span>
        <span className="pp-status" role="alert" data-testid="pranata-palette-status">
          {status?.kind === 'copied' ? tp(lang, 'palette.copied') : status?.kind === 'copy-failed' ? tp(lang, 'palette.copyFailed') : ''}
        </span>
        <button type="button" className="pp-insert" disabled={!current || busy} onClick={(e) => e.isTrusted && void insert()}>
          {busy ? tp(lang, 'palette.inserting') : tp(lang, 'palette.insert')}
        </button>
      </div>
    </div>
  );
}
