import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { GeneralSection } from './GeneralSection';
import { DataSection } from './DataSection';

/** Options sections, in navigation order. A new section is one file plus one line here. */
export const SECTIONS = [
  { id: 'general', label: 'options.nav.general', Component: GeneralSection },
  { id: 'data', label: 'options.nav.data', Component: DataSection },
] as const satisfies readonly { id: string; label: MessageKey; Component: ComponentType }[];

export type SectionId = (typeof SECTIONS)[number]['id'];
