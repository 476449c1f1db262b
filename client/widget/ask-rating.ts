import type { ConversationStatusEvent } from '../../src/protocol/index.js';
import type { HubClientError, KeyValueStorage, WidgetClient } from '../sdk/index.js';
import { createRatingCard, type RatingCard } from './rating.js';
import type { WidgetView } from './view.js';

/** Past the hub's quiet period, so the browser's clock and the hub's need not agree to the second. */
const QUIET_MARGIN_MS = 1_500;
/** Statuses in which a quiet conversation is asked (never while a hand-off waits, never after an opt-out). */
const QUIET_STATUSES: ReadonlySet<string> = new Set(['open', 'human']);
/** Refusals that mean the card has nothing left to ask: rated already, opted out, not this lead's. */
const FINAL_REFUSALS: ReadonlySet<string> = new Set(['CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * When the widget asks the lead for a rating (docs/ANALYTICS.md, "Satisfaction"): once the conversation is closed,
 * or after the hub's quiet period (`client.satisfaction.quietMs`) when the last word was the team's. Once per
 * conversation (remembered in storage, asked or answered), never after an opt-out (remembered for the visitor).
 */
export function createRatingAsk(deps: {
  client: WidgetClient;
  view: WidgetView;
  storage: KeyValueStorage;
  storagePrefix: string;
}) {
  const { client, view, storage } = deps;
  const optedOutKey = `${deps.storagePrefix}:opted-out`;
  const askedKey = (conversationId: string) => `${deps.storagePrefix}:rating:${conversationId}`;
  let card: RatingCard | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    card = undefined;
    view.setRating(undefined);
  };

  function ask(conversationId: string) {
    if (card || storage.get(optedOutKey) === '1' || storage.get(askedKey(conversationId))) return;
    storage.set(askedKey(conversationId), 'asked');
    card = createRatingCard({
      text: view.text,
      async onSubmit(rating, comment) {
        try {
          await client.rate(rating, comment);
          storage.set(askedKey(conversationId), 'rated');
          return true;
        } catch (error) {
          if (FINAL_REFUSALS.has((error as HubClientError).code)) hide();
          return false;
        }
      },
      onDismiss: hide,
    });
    view.setRating(card);
  }

  function quietEnough(): boolean {
    const status = client.status?.status;
    if (status !== undefined && !QUIET_STATUSES.has(status)) return false;
    if (client.pending().length > 0) return false;
    const last = client.messages().findLast((message) => message.author.type !== 'system');
    return last !== undefined && last.author.type !== 'lead';
  }

  return {
    /** A status arrived: a close asks, an opt-out hides the card for good. */
    status(event: ConversationStatusEvent) {
      if (event.status === 'opted_out') {
        storage.set(optedOutKey, '1');
        if (quietTimer !== undefined) clearTimeout(quietTimer);
        hide();
      } else if (event.status === 'closed') ask(event.conversationId);
    },
    /**
     * Something was said (or the widget reconnected): the quiet period starts over. The lead writing again puts the
     * card away (the conversation goes on; it is not asked again).
     */
    activity(byLead: boolean) {
      if (quietTimer !== undefined) clearTimeout(quietTimer);
      quietTimer = undefined;
      if (byLead && card) hide();
      const quietMs = client.satisfaction?.quietMs ?? 0;
      if (quietMs <= 0 || !client.conversationId) return;
      quietTimer = setTimeout(() => {
        quietTimer = undefined;
        if (client.conversationId && quietEnough()) ask(client.conversationId);
      }, quietMs + QUIET_MARGIN_MS);
    },
    destroy() {
      if (quietTimer !== undefined) clearTimeout(quietTimer);
    },
  };
}
