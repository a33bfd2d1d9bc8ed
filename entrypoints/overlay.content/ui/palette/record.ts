import type { Template } from '@/lib/schemas/template';
import type { Composer } from '@/lib/platforms/types';
import { request } from '@/lib/messaging-client';
import type { FeatureEnv } from '../../feature';
import { templateInsertedEvent } from './usage-event';

/**
 * After a template went in: the draft remembers it (the send watcher logs it with the send), and
 * one 'template.inserted' message writes the reply log's 'template-inserted' row and the
 * template's usage count together; the template it returns takes its place in the overlay's list
 * (the palette's order follows the usage count). Fire and forget: a failed write must not undo
 * what the admin sees in the reply box.
 */
export function recordInsertion(env: FeatureEnv, input: { template: Template; composer: Composer; at: number }): void {
  const { template, composer, at } = input;
  env.drafts.templateInserted(composer.element, template.id);
  const event = templateInsertedEvent({ id: crypto.randomUUID(), platform: env.adapter.id, at, templateId: template.id, target: composer.target });
  void request('template.inserted', { event }).then((reply) => {
    if (reply.ok && reply.data.template) env.store.getState().replaceTemplate(reply.data.template);
  });
}
