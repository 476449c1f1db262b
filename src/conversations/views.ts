import type { ConversationSummary, MessageView } from '../protocol/common.js';
import type { ConversationStatusEvent } from '../protocol/events.js';
import type { ConversationRecord, MessageRecord } from '../store/types.js';

export function toMessageView(message: MessageRecord): MessageView {
  const view: MessageView = {
    conversationId: message.conversationId,
    seq: message.seq,
    author: message.author,
    visibility: message.visibility,
    kind: message.kind,
    text: message.text,
    createdAt: message.createdAt,
  };
  if (message.meta) view.meta = message.meta;
  return view;
}

/** What the lead's widget shows: who is chatting and whether the assistant answers. */
export function statusOf(conversation: ConversationRecord): ConversationStatusEvent {
  const meta = conversation.meta;
  const personReplying = (meta.drafts?.length ?? 0) > 0 || conversation.status === 'handoff_pending';
  return {
    conversationId: conversation.id,
    version: conversation.version,
    status: conversation.status,
    botActive: meta.botActive !== false && conversation.owner.type === 'bot',
    ...(personReplying ? { personReplying: true } : {}),
    ...(conversation.owner.type === 'agent' && conversation.owner.name
      ? { agentName: conversation.owner.name }
      : {}),
  };
}

export function toSummary(conversation: ConversationRecord): ConversationSummary {
  const meta = conversation.meta;
  const view = meta.botView;
  const summary: ConversationSummary = {
    id: conversation.id,
    tenantId: conversation.tenantId,
    leadId: conversation.leadId,
    channel: conversation.channel,
    status: conversation.status,
    botKind: conversation.botKind,
    owner: { ...conversation.owner },
    temperature: conversation.temperature,
    slotsFilled: view?.slotsFilled ?? [],
    slotsMissing: view?.slotsMissing ?? [],
    lastSeq: conversation.lastSeq,
    version: conversation.version,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    stateSince: conversation.stateSince,
    alerts: [
      // An unclaimed hand-off alert only means something while the hand-off waits (stale copies never show).
      ...(meta.alerts ?? []).filter(
        (alert) => alert !== 'unclaimed_hot_handoff' || conversation.status === 'handoff_pending',
      ),
      ...((view?.questionTurns ?? 0) >= 3 ? ['stuck_on_question'] : []),
    ],
  };
  if (meta.leadName) summary.leadName = meta.leadName;
  if (view?.lang) summary.lang = view.lang;
  const lifecycle = meta.lifecycle;
  if (lifecycle?.outcome && conversation.status === 'closed') summary.outcome = lifecycle.outcome;
  if (lifecycle?.snoozedUntil) summary.snoozedUntil = lifecycle.snoozedUntil;
  if (view?.currentQuestion) summary.currentQuestion = view.currentQuestion;
  if (conversation.listing) summary.listing = conversation.listing;
  if (meta.handoff) summary.handoff = meta.handoff;
  if (meta.drafts?.length) summary.pendingDrafts = meta.drafts;
  if (meta.callActive) summary.callActive = true;
  return summary;
}

const temperatureRank = { hot: 0, warm: 1, cold: 2 } as const;

/** Inbox order: hottest first, then the longest waiting. */
export function byTemperatureThenWait(a: ConversationSummary, b: ConversationSummary): number {
  return (
    temperatureRank[a.temperature] - temperatureRank[b.temperature] ||
    a.stateSince.localeCompare(b.stateSince)
  );
}
