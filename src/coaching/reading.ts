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

/**
 * The bots' reading of each text one coaching run reads, kept while its context's messages live: a run reads the
 * same lead texts for the prompt, for the compliance flags (twice) and for the rule lines, six reads of each before,
 * and the reader was a quarter of the hub's CPU in a coaching burst (BENCHMARKS.md, session 22). The reader is pure
 * (text and language in, a fresh reading out) and no caller changes a reading, so a run's readers may share one.
 */
const readingsOf = new WeakMap<object, Map<string, LeadIntents>>();

/** `readLeadIntents(text, context.lang)`, read once per text for the messages of `context`. */
export function readLeadOnce(context: Pick<CoachingContext, 'recent' | 'lang'>, text: string): LeadIntents {
  let readings = readingsOf.get(context.recent);
  if (!readings) {
    readings = new Map();
    readingsOf.set(context.recent, readings);
  }
  const key = `${context.lang ?? ''}\u0000${text}`;
  let intents = readings.get(key);
  if (!intents) {
    intents = readLeadIntents(text, context.lang);
    readings.set(key, intents);
  }
  return intents;
}

export function readConversation(context: Pick<CoachingContext, 'recent' | 'lang'>): ConversationReading {
  const { recent } = context;
  const last = recent.at(-1);
  if (last && isPerson(last.author)) {
    return { leadText: '', intents: readLeadOnce(context, ''), silent: true };
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
  return { leadText, intents: readLeadOnce(context, leadText), silent: false };
}

/** The objection the card names: the reader's first. */
export function objectionOf(reading: ConversationReading): ObjectionResult | null {
  const heard = reading.intents.objections[0];
  return heard ? { type: heard.kind, severity: heard.severity } : null;
}
