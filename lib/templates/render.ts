import type { TimeZoneId } from '@/lib/schemas/common';
import { dateAt, greetingAt } from './clock';
import { cleanName } from './name';
import { parseTemplate } from './parse';
import { GAP, joinPieces, type Piece } from './tidy';
import type { TemplateVariable } from './variables';

export interface RenderContext {
  /** The moment of insertion, epoch ms. */
  now: number;
  /** The agency's zone: {sapaan} and {tanggal} are computed there, not in the browser's zone. */
  timeZone: TimeZoneId;
  /** The citizen's display name as read from the page; cleaned before use. */
  name?: string | null;
  /** What {nama} becomes when there is no usable name, e.g. "Kak", "Bapak/Ibu". */
  nameFallback: string;
  /** {panggilan}: the persona's form of address, e.g. "Kak", "Bapak/Ibu", "Anda". */
  address: string;
  agencyName: string;
  adminSignOff: string;
  channels: { complaint: string; ppid: string; website: string };
  /** Values the admin typed for the body's `{isian:…}` fields, by field name. */
  fields?: Readonly<Record<string, string>>;
}

export interface RenderResult {
  text: string;
  /**
   * Known variables and fields without a value, once each, as `tautan` or `isian:nomor_tiket`.
   * Each one is shown in the text as MISSING_PLACEHOLDER, so the gap is visible in the reply box.
   */
  missing: string[];
  /**
   * Unknown tokens as written, e.g. `{nmaa}`. They are removed from the text (a typo in a
   * template must not reach a citizen) and the text around them is tidied.
   */
  unknown: string[];
}

/** Stands in for a value the admin still has to give; never a raw brace. */
export const MISSING_PLACEHOLDER = '…';

/**
 * Fills a template body in. Pure: the clock and everything read from the page come in `ctx`.
 * The result is plain text; nothing in the body or the values is interpreted as markup.
 */
export function renderTemplate(body: string, ctx: RenderContext): RenderResult {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const pieces: Piece[] = [];
  const variables = variableValues(ctx);

  for (const seg of parseTemplate(body)) {
    switch (seg.kind) {
      case 'text':
        pieces.push(seg.text);
        break;
      case 'variable': {
        const value = variables[seg.name]();
        if (value) pieces.push(value);
        else {
          missing.add(seg.name);
          pieces.push(MISSING_PLACEHOLDER);
        }
        break;
      }
      case 'field': {
        const value = fieldValue(ctx.fields, seg.name);
        if (value) pieces.push(value);
        else {
          missing.add(`isian:${seg.name}`);
          pieces.push(MISSING_PLACEHOLDER);
        }
        break;
      }
      case 'unknown':
        unknown.add(seg.raw);
        pieces.push(GAP);
        break;
    }
  }
  return { text: joinPieces(pieces), missing: [...missing], unknown: [...unknown] };
}

/** Each variable's value, computed only when the body uses it; '' means missing. */
function variableValues(ctx: RenderContext): Record<TemplateVariable, () => string> {
  const validNow = Number.isFinite(ctx.now);
  return {
    sapaan: () => (validNow ? greetingAt(ctx.now, ctx.timeZone) : ''),
    tanggal: () => (validNow ? dateAt(ctx.now, ctx.timeZone) : ''),
    nama: () => cleanName(ctx.name) ?? ctx.nameFallback.trim(),
    panggilan: () => ctx.address.trim(),
    instansi: () => ctx.agencyName.trim(),
    admin: () => ctx.adminSignOff.trim(),
    kanal_pengaduan: () => ctx.channels.complaint.trim(),
    ppid: () => ctx.channels.ppid.trim(),
    tautan: () => ctx.channels.website.trim(),
  };
}

function fieldValue(fields: RenderContext['fields'], name: string): string {
  // Own properties only: a field called "constructor" must not read Object.prototype.
  if (!fields || !Object.hasOwn(fields, name)) return '';
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}
