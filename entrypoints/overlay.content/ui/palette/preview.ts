import type { PlatformId, UiLanguage } from '@/lib/schemas/common';
import type { SopProfile } from '@/lib/schemas/profile';
import type { Settings } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { buildRenderContext } from '@/lib/templates/context';
import { listFields, type TemplateField } from '@/lib/templates/parse';
import { renderTemplate } from '@/lib/templates/render';
import { PLATFORM_MAX_LENGTH, platformLength } from '@/lib/text/length';
import { checkText, defaultProfile, scoreFindings, type Finding } from '@/lib/style/runtime';

/** Findings shown in the palette's preview; the rest are counted. */
export const TOP_FINDINGS = 3;

export interface PreviewInput {
  template: Template;
  settings: Pick<Settings, 'timeZone' | 'adminSignOff' | 'checkerEnabled'> | null;
  profile: SopProfile | null;
  /** The citizen's display name as the adapter read it. */
  name: string | null | undefined;
  fields: Readonly<Record<string, string>>;
  now: number;
  platform: PlatformId;
}

export interface PreviewCheck {
  score: number;
  findings: Finding[];
  /** Findings not in `findings`. */
  more: number;
}

export interface Preview {
  text: string;
  /** Known variables (`{tautan}`) and fields (their label) without a value. */
  missing: string[];
  /** Unknown tokens as written, left out of the text. */
  unknown: string[];
  length: number;
  limit: number;
  over: boolean;
  /** Null when the checker is switched off in the settings. */
  check: PreviewCheck | null;
}

const FALLBACK_SETTINGS = { timeZone: 'WIB', adminSignOff: 'Admin', checkerEnabled: true } as const;

/**
 * The rendered text as it will go into the reply box, its length as the platform counts it
 * (X weighted), what is still missing, and the SOP check of that very text with the active
 * profile (the built-in general profile when there is none).
 */
export function buildPreview(input: PreviewInput): Preview {
  const settings = input.settings ?? FALLBACK_SETTINGS;
  const ctx = buildRenderContext({
    now: input.now,
    settings,
    profile: input.profile,
    name: input.name ?? null,
    fields: input.fields,
  });
  const rendered = renderTemplate(input.template.body, ctx);
  const length = platformLength(rendered.text, input.platform);
  const limit = input.profile?.lengthLimits[input.platform] ?? PLATFORM_MAX_LENGTH[input.platform];
  return {
    text: rendered.text,
    missing: describeMissing(rendered.missing, listFields(input.template.body)),
    unknown: rendered.unknown,
    length,
    limit,
    over: length > limit,
    check: settings.checkerEnabled ? checkPreview(rendered.text, input) : null,
  };
}

function checkPreview(text: string, input: PreviewInput): PreviewCheck {
  const findings = checkText(text, input.profile ?? defaultProfile, {
    platform: input.platform,
    now: input.now,
    lang: input.template.language,
    context: { category: input.template.category },
    // Not on the page's thread (issue 21 item 3): the checker runs them on the draft, in a worker.
    customRules: false,
  });
  const ranked = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start);
  return { score: scoreFindings(findings, text), findings: ranked.slice(0, TOP_FINDINGS), more: Math.max(0, ranked.length - TOP_FINDINGS) };
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** `tautan` → `{tautan}`, `isian:nomor_tiket` → the field's label. */
export function describeMissing(missing: readonly string[], fields: readonly TemplateField[]): string[] {
  return missing.map((m) => {
    if (!m.startsWith('isian:')) return `{${m}}`;
    const name = m.slice('isian:'.length);
    return fields.find((f) => f.name === name)?.label ?? name;
  });
}

/** A finding's message in the UI language. */
export function findingText(finding: Finding, lang: UiLanguage): string {
  return finding.message[lang];
}
