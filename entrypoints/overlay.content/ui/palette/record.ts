import type { Template } from '@/lib/schemas/template';
import type { Composer } from '@/lib/platforms/types';
import { request } from '@/lib/messaging-client';
import type { FeatureEnv } from '../../feature';
import { draftState } from '../../drafts';
import { templateInsertedEvent } from './usage-event';

/**
 * After a template went in: the draft remembers it (the send watcher logs it with the send), the
 * template's usage count goes up, and the reply log gets a 'template-inserted' row. Fire and
 * forget: a failed write must not undo what the admin sees in the reply box.
 */
export function recordInsertion(env: FeatureEnv, input: { template: Template; composer: Composer; at: number }): void {
  const { template, composer, at } = input;
  draftState(env.drafts, composer.element).templateId = template.id;
  void request('template.used', { templateId: template.id, at }).then((reply) => {
    // The new usage count reorders the list next time.
    if (reply.ok) void env.store.getState().refresh();
  });
  void request('reply.record', {
    event: templateInsertedEvent({
      id: crypto.randomUUID(),
      platform: env.adapter.id,
      at,
      templateId: template.id,
      target: composer.target,
    }),
  });
}
