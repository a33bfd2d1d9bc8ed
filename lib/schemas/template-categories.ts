/**
 * A template's categories, without zod: the palette in the platform page groups by them, and the
 * validators stay out of overlay-ui.js (the schema is built from this list in ./template.ts).
 */
export const TEMPLATE_CATEGORIES = [
  'sapaan',
  'informasi-layanan',
  'pengaduan',
  'ppid',
  'klarifikasi-hoaks',
  'permohonan-maaf',
  'di-luar-jam',
  'pesan-pribadi',
  'darurat',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];
