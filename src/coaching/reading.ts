import { readLeadIntents, type LeadIntents } from '../bots/intents.js';
import type { CoachingContext, ObjectionResult } from './types.js';

/** What the coach hears in the conversation, read once per run through the bots' reader. */
export interface ConversationReading {
  /** The lead's words being coached: the messages since staff last wrote, joined (the last one before a bot line). */
  leadText: string;
  intents: LeadIntents;
  /** A person on the team wrote last and the lead has not answered: a silent lead. */
  silent: boolean;
}

const isPerson = (author: string) => author === 'agent' || author === 'supervisor';

export function readConversation(context: Pick<CoachingContext, 'recent' | 'lang'>): ConversationReading {
  const { recent } = context;
  const last = recent.at(-1);
  if (last && isPerson(last.author)) {
    return { leadText: '', intents: readLeadIntents('', context.lang), silent: true };
  }
  // The burst since anyone else wrote; after a bot line (a hand-off notice), the lead's last message before it.
  let end = recent.length;
  while (end > 0 && recent[end - 1]!.author !== 'lead') end -= 1;
  let start = end;
  while (start > 0 && recent[start - 1]!.author === 'lead') start -= 1;
  const leadText = recent
    .slice(start, end)
    .map((message) => message.text)
    .join('\n');
  return { leadText, intents: readLeadIntents(leadText, context.lang), silent: false };
}

/** The objection the card names: the reader's first. */
export function objectionOf(reading: ConversationReading): ObjectionResult | null {
  const heard = reading.intents.objections[0];
  return heard ? { type: heard.kind, severity: heard.severity } : null;
}
