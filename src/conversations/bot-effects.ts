import type { BotEffect, BotStepResult } from '../bots/port.js';
import type { HandoffPacketView } from '../protocol/common.js';
import type { ReplyStreamer } from '../realtime/stream-port.js';
import type { ConversationPatch, ConversationRecord, LeadPatch } from '../store/types.js';
import { newDraftId, type ConversationCore, type ConversationDeps } from './service.js';
import { metaOf, toSummary, type ConversationMeta } from './views.js';
import { assistantAuthor } from './assistant.js';

/** Which turn the effects answer: replies are stored with clientMsgId `<key>:<n>`, so a re-run never duplicates. */
export interface TurnKey {
  key: string;
  leadSeq?: number;
}

/**
 * Applies a bot step's effects to a conversation: the new state, the board view, status and profile changes and the
 * decided replies are written in one compare-and-set (a concurrent claim wins and the step is dropped); then the
 * replies are streamed and stored, and the hand-off packet, alerts and follow-ups are published.
 */
export function createEffectApplier(
  deps: ConversationDeps,
  core: ConversationCore,
  streamReply: ReplyStreamer,
) {
  const { store, bot, logger, now, broadcaster } = deps;

  /** Persists state and decided replies atomically (compare-and-set), then streams and stores the replies. */
  async function applyEffects(
    conversation: ConversationRecord,
    turn: TurnKey,
    result: BotStepResult,
  ): Promise<boolean> {
    const { tenantId, id: conversationId } = conversation;
    const leadSeq = turn.leadSeq;
    const at = now().toISOString();
    const view = bot.view(result.state);
    let latest = conversation;
    const previous = metaOf(conversation);
    const meta: ConversationMeta = {
      ...previous,
      botView: view,
      answeredSeq: Math.max(leadSeq ?? 0, previous.answeredSeq ?? 0),
    };
    const patch: ConversationPatch = {
      botState: result.state,
      botKind: view.botKind,
      temperature: view.temperature,
    };
    const leadPatch: LeadPatch = {};
    const replies: { text: string; lang: 'en' | 'es'; rephrase: boolean }[] = [];
    const events: { text: string; visibility: 'everyone' | 'staff' }[] = [];
    const after: (() => Promise<void> | void)[] = [];

    for (const effect of result.effects) applyEffect(effect);

    function applyEffect(effect: BotEffect): void {
      switch (effect.type) {
        case 'reply':
          replies.push({ text: effect.text, lang: effect.lang, rephrase: effect.rephrase });
          return;
        case 'hold_for_review':
          meta.drafts = [
            ...(meta.drafts ?? []),
            { draftId: newDraftId(), conversationId, text: effect.text, createdAt: at },
          ];
          meta.alerts = addAlert(meta.alerts, 'draft_pending');
          events.push({ text: `Reply held for approval: ${effect.reason}`, visibility: 'staff' });
          return;
        case 'switch_bot':
          events.push({
            text: `Switched from the ${effect.from} bot to the ${effect.to} bot`,
            visibility: 'staff',
          });
          return;
        case 'handoff': {
          const packet: HandoffPacketView = { ...effect.packet, requestedAt: at };
          meta.handoff = packet;
          patch.status = 'handoff_pending';
          patch.stateSince = at;
          events.push({ text: `Hand-off requested: ${effect.packet.reason}`, visibility: 'staff' });
          after.push(() =>
            broadcaster.toTenantStaff(tenantId, 'handoff:requested', {
              conversationId,
              packet,
              conversation: toSummary(latest),
            }),
          );
          return;
        }
        case 'schedule_followups':
          after.push(async () => {
            await store.cancelFollowUps(tenantId, conversationId);
            await store.scheduleFollowUps(
              effect.steps.map((followUp) => ({
                id: `${conversationId}:fu:${turn.key}:${followUp.step}`,
                tenantId,
                conversationId,
                step: followUp.step,
                dueAt: new Date(followUp.dueAtMs).toISOString(),
                status: 'pending',
                attempts: 0,
                payload: {
                  temperature: effect.temperature,
                  lang: effect.lang ?? 'en',
                  ...(followUp.text ? { text: followUp.text } : {}),
                },
              })),
            );
          });
          return;
        case 'cancel_followups':
          after.push(async () => void (await store.cancelFollowUps(tenantId, conversationId)));
          return;
        case 'opt_out':
          patch.status = 'opted_out';
          patch.stateSince = at;
          meta.botActive = false;
          leadPatch.optedOut = true;
          leadPatch.optedOutAt = at;
          events.push({ text: 'The lead opted out; the bot is silent', visibility: 'staff' });
          after.push(async () => void (await store.cancelFollowUps(tenantId, conversationId)));
          return;
        case 'opt_in':
          patch.status = 'open';
          patch.stateSince = at;
          meta.botActive = true;
          leadPatch.optedOut = false;
          events.push({ text: 'The lead opted back in', visibility: 'staff' });
          return;
        case 'compliance_alert':
          meta.alerts = addAlert(meta.alerts, 'compliance');
          after.push(() =>
            broadcaster.toStaff(tenantId, conversationId, 'compliance:alert', {
              conversationId,
              rule: effect.rule,
              detail: effect.detail,
              at,
            }),
          );
          return;
        case 'update_profile':
          leadPatch.profile = effect.profile;
          leadPatch.temperature = effect.temperature;
          patch.temperature = effect.temperature;
          return;
        case 'bot_off':
          meta.botActive = false;
          events.push({ text: `Bot switched off: ${effect.reason}`, visibility: 'staff' });
          return;
      }
    }

    meta.outbox = replies.map((reply, n) => ({
      clientMsgId: `${turn.key}:${n}`,
      text: reply.text,
      ...(leadSeq !== undefined ? { replyToSeq: leadSeq } : {}),
    }));
    patch.meta = { ...meta };
    const saved = await store.updateConversation(tenantId, conversationId, patch, conversation.version);
    if (!saved) {
      logger.info({ conversationId, leadSeq }, 'bot step superseded by a concurrent change; dropped');
      return false;
    }
    latest = saved;

    if (Object.keys(leadPatch).length > 0) await store.updateLead(tenantId, conversation.leadId, leadPatch);
    for (const event of events)
      await core.systemEvent(tenantId, conversationId, event.text, event.visibility);
    for (const [n, reply] of replies.entries()) {
      const streamed = await streamReply({ tenantId, conversationId, ...reply, replyToSeq: leadSeq ?? 0 });
      try {
        const { message } = await core.append(tenantId, {
          conversationId,
          clientMsgId: `${turn.key}:${n}`,
          author: assistantAuthor(core.tenantOf(tenantId)),
          visibility: 'everyone',
          kind: 'text',
          text: streamed.text,
          meta: { ...(leadSeq !== undefined ? { replyToSeq: leadSeq } : {}), botKind: view.botKind },
        });
        streamed.finish(message.seq);
      } catch (error) {
        streamed.fail('UNAVAILABLE', 'The reply could not be stored');
        throw error;
      }
    }
    latest = (await store.getConversation(tenantId, conversationId)) ?? latest;
    for (const task of after) await task();
    core.publishUpdate(latest);
    return true;
  }

  function addAlert(alerts: string[] | undefined, alert: string): string[] {
    return alerts?.includes(alert) ? alerts : [...(alerts ?? []), alert];
  }

  return applyEffects;
}
