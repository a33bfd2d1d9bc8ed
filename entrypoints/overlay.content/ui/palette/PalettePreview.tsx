import type { PlatformId, UiLanguage } from '@/lib/schemas/common';
import { PLATFORMS, platformName } from '@/lib/platforms/meta';
import { NUMBER_LOCALE, tp } from './i18n';
import type { Preview } from './preview';

interface Props {
  preview: Preview;
  platform: PlatformId;
  lang: UiLanguage;
}

/** The text exactly as it will go in, its length for the platform, what is missing, the SOP check. */
export function PalettePreview({ preview, platform, lang }: Props) {
  const n = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
  const lengthText = tp(lang, PLATFORMS[platform].counter === 'twitter-weighted' ? 'palette.lengthX' : 'palette.length', {
    count: n.format(preview.length),
    limit: n.format(preview.limit),
  });
  const check = preview.check;
  return (
    <section className="pp-preview" data-testid="pranata-palette-preview" aria-label={tp(lang, 'palette.preview')}>
      <p className="pp-text" data-testid="pranata-palette-preview-text">
        {preview.text}
      </p>
      <p className={preview.over ? 'pp-length pp-over' : 'pp-length'} data-testid="pranata-palette-length" data-over={preview.over}>
        {lengthText}
        {preview.over ? ` · ${tp(lang, 'palette.overLimit', { limit: n.format(preview.limit), platform: platformName(platform, lang) })}` : ''}
      </p>
      {preview.missing.length > 0 ? (
        <p className="pp-missing" data-testid="pranata-palette-missing">
          {tp(lang, 'palette.missing', { list: preview.missing.join(', ') })}
        </p>
      ) : null}
      {preview.unknown.length > 0 ? (
        <p className="pp-unknown" data-testid="pranata-palette-unknown">
          {tp(lang, 'palette.unknown', { list: preview.unknown.join(', ') })}
        </p>
      ) : null}
      {check ? (
        <div className="pp-check" data-testid="pranata-palette-check" data-score={check.score}>
          <strong>{check.findings.length === 0 ? `${tp(lang, 'palette.check', { score: check.score })} · ${tp(lang, 'palette.checkClean')}` : tp(lang, 'palette.check', { score: check.score })}</strong>
          {check.findings.length > 0 ? (
            <ul>
              {check.findings.map((f) => (
                <li key={`${f.ruleId}:${f.start}`} data-severity={f.severity}>
                  {f.message[lang]}
                  {f.end > f.start ? <q>{preview.text.slice(f.start, f.end)}</q> : null}
                </li>
              ))}
              {check.more > 0 ? <li className="pp-more">{tp(lang, 'palette.checkMore', { count: check.more })}</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
