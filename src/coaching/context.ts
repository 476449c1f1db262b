import { nextLanguage } from '../bots/lang.js';
import type { Lang } from '../bots/text.js';
import type { ConversationRecord, LeadRecord, MessageRecord } from '../store/types.js';
import type { TalkTracks } from './talk-tracks.js';
import type { CoachingContext } from './types.js';

/** Messages the coach reads: what the lead, the agent and the bot said (no notes, whispers, events, coaching). */
const COACHED_KINDS: ReadonlySet<string> = new Set(['text']);

function slotValue(profile: Record<string, unknown>, slot: string): unknown {
  for (const scope of [profile, profile['slots'], profile['buyer'], profile['seller']]) {
    if (scope && typeof scope === 'object' && slot in scope) {
      const value = (scope as Record<string, unknown>)[slot];
      if (value !== undefined && value !== null) return value;
    }
  }
  return true;
}

/**
 * Builds the coaching context from what the store holds: the bot's view (filled and missing slots, in the bot's
 * order) kept in `conversation.meta.botView`, slot values from the lead profile, and the recent transcript.
 */
export function buildCoachingContext(input: {
  tenant: { id: string; market: string; agentName: string; knownAreas?: string[]; talkTracks?: TalkTracks };
  conversation: ConversationRecord;
  lead?: LeadRecord | null;
  /** The last messages of the transcript, oldest first (the caller picks how many; 12 is plenty). */
  messages: MessageRecord[];
}): CoachingContext {
  const { tenant, conversation, lead } = input;
  const view = conversation.meta.botView;
  const profile = lead?.profile ?? {};
  const filledNames = view?.slotsFilled ?? [];
  const context: CoachingContext = {
    tenant: {
      id: tenant.id,
      market: tenant.market,
      agentName: tenant.agentName,
      knownAreas: tenant.knownAreas ?? [],
      ...(tenant.talkTracks && Object.keys(tenant.talkTracks).length > 0
        ? { talkTracks: tenant.talkTracks }
        : {}),
    },
    channel: conversation.meta.callActive ? 'call' : conversation.channel,
    botKind: conversation.botKind,
    temperature: conversation.temperature,
    slotsFilled: Object.fromEntries(filledNames.map((slot) => [slot, slotValue(profile, slot)])),
    slotsMissing: [...(view?.slotsMissing ?? [])],
    recent: input.messages
      .filter((message) => COACHED_KINDS.has(message.kind))
      .map((message) => ({ author: message.author.type, text: message.text })),
  };
  // The bot's language; for a conversation whose view predates it, read from the lead's messages the way the bot
  // reads it (a short "ok" does not switch a Spanish conversation).
  const leadTexts = context.recent.filter((message) => message.author === 'lead').map(({ text }) => text);
  const lang =
    view?.lang ??
    (leadTexts.length > 0
      ? leadTexts.reduce<Lang>((current, text, index) => nextLanguage(current, text, index === 0), 'en')
      : undefined);
  if (lang) context.lang = lang;
  if (conversation.listing) context.listing = conversation.listing;
  const intent = conversation.intent ?? lead?.intent;
  if (lead?.name || intent) {
    context.lead = {};
    if (lead?.name) context.lead.name = lead.name;
    if (intent) context.lead.intent = intent;
  }
  return context;
}
