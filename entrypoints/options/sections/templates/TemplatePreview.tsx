import { useLang, useT } from '@/lib/i18n/react';
import { INTL_LOCALE } from '@/lib/i18n';
import { platformName } from '@/lib/platforms/meta';
import { PLATFORM_IDS } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import { buildRenderContext } from '@/lib/templates/context';
import { listFields } from '@/lib/templates/parse';
import { renderTemplate } from '@/lib/templates/render';
import { PLATFORM_MAX_LENGTH, platformLength } from '@/lib/text/length';

/** The citizen's name the preview is filled in with. */
export const SAMPLE_NAME = 'Siti 🌸 Rahma';

interface Props {
  body: string;
  settings: Settings;
  profile: SopProfile | null;
  now: number;
}

/** The body filled in as the palette would (same context builder), with its length on each platform. */
export function TemplatePreview({ body, settings, profile, now }: Props) {
  const tr = useT();
  const lang = useLang();
  const n = new Intl.NumberFormat(INTL_LOCALE[lang]);
  if (body.trim() === '') {
    return (
      <section className="template-preview" aria-label={tr('templates.preview')} data-testid="template-preview">
        <h4>{tr('templates.preview')}</h4>
        <p className="muted">{tr('templates.preview.empty')}</p>
      </section>
    );
  }
  const ctx = buildRenderContext({ now, settings, profile, name: SAMPLE_NAME });
  const result = renderTemplate(body, ctx);
  const fields = listFields(body);
  const missing = result.missing.map((m) =>
    m.startsWith('isian:') ? (fields.find((f) => `isian:${f.name}` === m)?.label ?? m.slice(6)) : `{${m}}`,
  );
  return (
    <section className="template-preview" aria-label={tr('templates.preview')} data-testid="template-preview">
      <h4>{tr('templates.preview')}</h4>
      <p className="muted">{tr('templates.preview.sample', { name: SAMPLE_NAME, zone: settings.timeZone })}</p>
      <p className="preview-text" data-testid="template-preview-text">
        {result.text}
      </p>
      <ul className="preview-lengths">
        {PLATFORM_IDS.map((p) => {
          const length = platformLength(result.text, p);
          const limit = profile?.lengthLimits[p] ?? PLATFORM_MAX_LENGTH[p];
          const over = length > limit;
          return (
            <li key={p} data-testid={`template-length-${p}`} data-over={over} className={over ? 'over' : undefined}>
              {tr('templates.preview.length', { platform: platformName(p, lang), count: n.format(length), limit: n.format(limit) })}
              {over ? ` · ${tr('templates.preview.over')}` : ''}
            </li>
          );
        })}
      </ul>
      {missing.length > 0 ? <p className="preview-missing">{tr('templates.preview.missing', { list: missing.join(', ') })}</p> : null}
      {result.unknown.length > 0 ? <p className="field-error">{tr('templates.preview.unknown', { list: result.unknown.join(', ') })}</p> : null}
    </section>
  );
}
