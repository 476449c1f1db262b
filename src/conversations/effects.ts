import type { Bot, BotEffect, BotStepResult } from '../bots/port.js';
import type { HandoffPacketView } from '../protocol/common.js';
import type { HomeCards } from '../protocol/homes.js';
import type { ConversationPatch, ConversationRecord, LeadPatch, OutboxEntry } from '../store/types.js';
import type { HubEventData } from './events.js';
import { newDraftId } from './ids.js';
import type { Broadcaster } from './ports.js';
import type { ConversationMeta } from '../store/conversation-meta.js';
import { toSummary } from './views.js';

/** Which turn the effects answer; its messages are stored with clientMsgId `<key>:<n>` (replies), `<key>:e<n>`. */
export interface TurnKey {
  key: string;
  /** The lead messages the turn read: the oldest and the newest seq. */
  fromSeq?: number;
  toSeq?: number;
}

/** What a bot step decided, as writes: one conversation patch, a lead patch, the outbox, and what follows. */
export interface EffectPlan {
  patch: ConversationPatch;
  leadPatch: LeadPatch;
  outbox: OutboxEntry[];
  /** Follow-up jobs to (re)schedule or cancel, after the conversation write. */
  followUps: { cancel: boolean; schedule?: Extract<BotEffect, { type: 'schedule_followups' }> };
  /** Events for staff, sent once the turn is written (the saved record is passed in). */
  notices: ((saved: ConversationRecord, broadcaster: Broadcaster) => void)[];
  /** Lifecycle events for the CRM (src/integrations), raised once the turn is written. */
  events: HubEventData[];
}

const addAlert = (alerts: string[] | undefined, alert: string): string[] =>
  alerts?.includes(alert) ? alerts : [...(alerts ?? []), alert];

/**
 * Turns a bot step's effects into the writes of one turn (pure): the new state and board view, status and
 * profile changes, held drafts, and the messages to post (system events first, then the reply), which go to the
 * outbox in the same compare-and-set as the state, so a crash after it neither drops nor repeats them.
 */
export function planEffects(
  bot: Bot,
  conversation: ConversationRecord,
  turn: TurnKey,
  result: BotStepResult,
  at: string,
  /** The cards of the homes the bot sends (`send_homes`), built by the caller from the catalogue. */
  homes?: { cards: HomeCards; text: string },
): EffectPlan {
  const { tenantId, id: conversationId } = conversation;
  const view = bot.view(result.state);
  const meta: ConversationMeta = { ...conversation.meta, botView: view };
  const patch: ConversationPatch = {
    botState: result.state,
    botKind: view.botKind,
    temperature: view.temperature,
  };
  const leadPatch: LeadPatch = {};
  const replies: { text: string; lang: 'en' | 'es'; rephrase: boolean }[] = [];
  const events: { text: string; visibility: 'everyone' | 'staff' }[] = [];
  const plan: EffectPlan = {
    patch,
    leadPatch,
    outbox: [],
    followUps: { cancel: false },
    notices: [],
    events: [],
  };

  for (const effect of result.effects) {
    switch (effect.type) {
      case 'reply':
        replies.push({ text: effect.text, lang: effect.lang, rephrase: effect.rephrase });
        break;
      case 'hold_for_review':
        meta.drafts = [
          ...(meta.drafts ?? []),
          { draftId: newDraftId(), conversationId, text: effect.text, createdAt: at },
        ];
        meta.alerts = addAlert(meta.alerts, 'draft_pending');
        events.push({ text: `Reply held for approval: ${effect.reason}`, visibility: 'staff' });
        break;
      case 'switch_bot':
        events.push({
          text: `Switched from the ${effect.from} bot to the ${effect.to} bot`,
          visibility: 'staff',
        });
        break;
      case 'handoff': {
        const packet: HandoffPacketView = { ...effect.packet, requestedAt: at };
        meta.handoff = packet;
        patch.status = 'handoff_pending';
        patch.stateSince = at;
        events.push({ text: `Hand-off requested: ${effect.packet.reason}`, visibility: 'staff' });
        plan.events.push({
          type: 'handoff.requested',
          data: { reason: effect.packet.reason, summary: effect.packet.summary },
        });
        plan.notices.push((saved, broadcaster) =>
          broadcaster.toTenantStaff(tenantId, 'handoff:requested', {
            conversationId,
            packet,
            conversation: toSummary(saved),
          }),
        );
        break;
      }
      case 'schedule_followups':
        plan.followUps.schedule = effect;
        plan.followUps.cancel = true;
        break;
      case 'cancel_followups':
        plan.followUps.cancel = true;
        break;
      case 'opt_out':
        patch.status = 'opted_out';
        patch.stateSince = at;
        meta.botActive = false;
        leadPatch.optedOut = true;
        leadPatch.optedOutAt = at;
        events.push({ text: 'The lead opted out; the bot is silent', visibility: 'staff' });
        plan.events.push({ type: 'lead.opted_out', data: {} });
        plan.followUps.cancel = true;
        break;
      case 'opt_in':
        patch.status = 'open';
        patch.stateSince = at;
        meta.botActive = true;
        leadPatch.optedOut = false;
        events.push({ text: 'The lead opted back in', visibility: 'staff' });
        break;
      case 'compliance_alert':
        meta.alerts = addAlert(meta.alerts, 'compliance');
        plan.notices.push((_saved, broadcaster) =>
          broadcaster.toStaff(tenantId, conversationId, 'compliance:alert', {
            conversationId,
            rule: effect.rule,
            detail: effect.detail,
            at,
          }),
        );
        break;
      case 'update_profile':
        leadPatch.profile = effect.profile;
        leadPatch.temperature = effect.temperature;
        patch.temperature = effect.temperature;
        break;
      case 'bot_off':
        meta.botActive = false;
        events.push({ text: `Bot switched off: ${effect.reason}`, visibility: 'staff' });
        break;
      case 'call_booked':
        events.push({ text: `Call booked: ${effect.when}`, visibility: 'staff' });
        meta.callBooked = { when: effect.when, at };
        plan.events.push({ type: 'call.booked', data: { when: effect.when } });
        break;
      case 'contact_requested':
        meta.contactAsk = { consentText: effect.consentText, lang: effect.lang, at };
        break;
    }
  }
  if (patch.temperature !== conversation.temperature) {
    plan.events.unshift({
      type: 'lead.qualified',
      data: { from: conversation.temperature, to: patch.temperature! },
    });
  }
  patch.meta = { ...meta };
  const span = {
    ...(turn.toSeq !== undefined ? { replyToSeq: turn.toSeq } : {}),
    ...(turn.fromSeq !== undefined ? { fromSeq: turn.fromSeq } : {}),
  };
  plan.outbox = [
    ...events.map((event, n): OutboxEntry => ({ clientMsgId: `${turn.key}:e${n}`, kind: 'event', ...event })),
    ...replies.map((reply, n): OutboxEntry => ({
      clientMsgId: `${turn.key}:${n}`,
      kind: 'reply',
      visibility: 'everyone',
      text: reply.text,
      lang: reply.lang,
      rephrase: reply.rephrase,
      ...span,
    })),
    // The homes the lead said yes to, after the bot's words ("Here they are."), as one message with its cards.
    ...(homes && result.effects.some((effect) => effect.type === 'send_homes')
      ? [
          {
            clientMsgId: `${turn.key}:h`,
            kind: 'reply',
            visibility: 'everyone',
            text: homes.text,
            lang: homes.cards.lang,
            rephrase: false,
            homes: homes.cards,
            ...span,
          } satisfies OutboxEntry,
        ]
      : []),
  ];
  return plan;
}
