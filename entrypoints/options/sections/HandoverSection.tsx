import { useT } from '@/lib/i18n/react';
import { PackPanel } from '../handover/PackPanel';
import { BackupPanel } from '../handover/BackupPanel';

/** Handing the SOP to a colleague (pack), keeping everything safe (backup), and where data lives. */
export function HandoverSection() {
  const tr = useT();
  return (
    <section aria-labelledby="handover-title" className="handover">
      <h2 id="handover-title">{tr('handover.title')}</h2>
      <p>{tr('handover.intro')}</p>
      <PackPanel />
      <BackupPanel />
      <section className="panel" aria-labelledby="where-title">
        <h3 id="where-title">{tr('handover.where.title')}</h3>
        <p>{tr('handover.where.text')}</p>
      </section>
    </section>
  );
}
