import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { GeneralSection } from './GeneralSection';
import { TemplatesSection } from './TemplatesSection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { DataSection } from './DataSection';
import { AccountsSection } from './AccountsSection';
import { HistorySection } from './HistorySection';
import { HandoverSection } from './HandoverSection';
import { QueueSection } from './QueueSection';

/** Options sections, in navigation order. A new section is one file plus one line here. */
export const SECTIONS = [
  { id: 'general', label: 'options.nav.general', Component: GeneralSection },
  { id: 'templates', label: 'options.nav.templates', Component: TemplatesSection },
  { id: 'profile', label: 'profile.nav', Component: ProfileSection },
  { id: 'rules', label: 'profile.rules.nav', Component: RulesSection },
  { id: 'accounts', label: 'options.nav.accounts', Component: AccountsSection },
  { id: 'queue', label: 'inbox.nav', Component: QueueSection },
  { id: 'history', label: 'options.nav.history', Component: HistorySection },
  { id: 'data', label: 'options.nav.data', Component: DataSection },
  { id: 'handover', label: 'handover.nav', Component: HandoverSection },
] as const satisfies readonly { id: string; label: MessageKey; Component: ComponentType }[];

export type SectionId = (typeof SECTIONS)[number]['id'];
