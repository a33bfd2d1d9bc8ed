import type { UiLanguage } from '@/lib/schemas/common';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '@/lib/schemas/template-categories';

/** Display names of the template categories, in the order of TEMPLATE_CATEGORIES. */
export const CATEGORY_LABELS: Readonly<Record<TemplateCategory, { id: string; en: string }>> = {
  sapaan: { id: 'Sapaan & terima kasih', en: 'Greetings & thanks' },
  'informasi-layanan': { id: 'Informasi layanan', en: 'Service information' },
  pengaduan: { id: 'Pengaduan', en: 'Complaints' },
  ppid: { id: 'Permohonan informasi (PPID)', en: 'Information requests (PPID)' },
  'klarifikasi-hoaks': { id: 'Klarifikasi hoaks', en: 'Hoax clarification' },
  'permohonan-maaf': { id: 'Permohonan maaf', en: 'Apologies' },
  'di-luar-jam': { id: 'Di luar jam layanan', en: 'Outside service hours' },
  'pesan-pribadi': { id: 'Pindah ke pesan pribadi', en: 'Move to a private message' },
  darurat: { id: 'Darurat/bencana', en: 'Emergency/disaster' },
};

export function categoryLabel(category: TemplateCategory, lang: UiLanguage): string {
  return CATEGORY_LABELS[category][lang];
}

/** Categories with their labels in one language, in the fixed order, for pickers and filters. */
export function categoryOptions(lang: UiLanguage): Array<{ value: TemplateCategory; label: string }> {
  return TEMPLATE_CATEGORIES.map((value) => ({ value, label: categoryLabel(value, lang) }));
}
