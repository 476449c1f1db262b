import { listingAnswer } from '../bots/lead-question.js';
import { formatMoney } from '../bots/text.js';
import { detectCompliance } from './compliance.js';
import { chooseNextAction } from './next.js';
import { objectionOf, readConversation, type ConversationReading } from './reading.js';
import { DEFAULT_COACHING_PROMPT_VERSION } from './prompt-version.js';
import { deriveStage } from './rules.js';
import { completeness, slotLabel } from './slots.js';
import type { CoachingContext } from './types.js';

/**
 * The default prompt's version. Add a version (prompt-version.ts, system-prompt.ts) when the prompt changes
 * meaningfully: the version goes with every request's usage into the event log, so quality changes can be traced.
 */
export const COACHING_PROMPT_VERSION = DEFAULT_COACHING_PROMPT_VERSION;

export { COACHING_SYSTEM_PROMPT, COACHING_SYSTEM_PROMPTS } from './system-prompt.js';

/** Quotes text as a JSON string with `<` escaped, so lead text can never close or open a tag. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** A slot value as JSON with `<` escaped (strings inside objects too), so no value can open or close a tag. */
function formatValue(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/</g, '\\u003c');
}

const authorLabel: Record<string, string> = {
  lead: 'lead',
  agent: 'agent',
  bot: 'bot',
  supervisor: 'supervisor',
  system: 'system',
};

const LANGUAGE = {
  en: 'English (en): write SAY and ASK in English',
  es: 'Spanish (es): write SAY and ASK in Spanish',
};

/** Every listing fact the widget sent, values quoted. */
function listingFacts(listing: NonNullable<CoachingContext['listing']>): string {
  const facts = [
    listing.address !== undefined && `address ${quote(listing.address)}`,
    listing.price !== undefined && `price ${formatMoney(listing.price)}`,
    listing.beds !== undefined && `${listing.beds} bedrooms`,
    listing.baths !== undefined && `${listing.baths} bathrooms`,
    listing.sqft !== undefined && `${listing.sqft.toLocaleString('en-US')} sq ft`,
    listing.yearBuilt !== undefined && `built ${listing.yearBuilt}`,
    listing.lotSqft !== undefined && `lot ${listing.lotSqft.toLocaleString('en-US')} sq ft`,
    listing.hoaMonthly !== undefined &&
      (listing.hoaMonthly === 0 ? 'no HOA' : `HOA ${formatMoney(listing.hoaMonthly)} a month`),
    listing.area !== undefined && `area ${quote(listing.area)}`,
    listing.features?.length && `features ${formatValue(listing.features)}`,
  ].filter(Boolean);
  return facts.join(', ') || 'none given';
}

/** The team's own objection answers in the conversation's language (tenant settings), quoted. */
function teamTalkTracks(context: CoachingContext): string[] {
  const lang = context.lang ?? 'en';
  return Object.entries(context.tenant.talkTracks ?? {}).flatMap(([kind, track]) => {
    const say = track?.say[lang];
    if (!say && !track?.focus) return [];
    return [
      `${kind}: ${[track?.focus && `focus ${quote(track.focus)}`, say && `say ${quote(say)}`].filter(Boolean).join(', ')}`,
    ];
  });
}

/** The context block shared by the coaching and qualification prompts; every value that is not the hub's own is quoted. */
export function renderContext(context: CoachingContext, maxMessages = 12): string {
  const lines = [
    `Language: ${LANGUAGE[context.lang ?? 'en']}`,
    `Channel: ${context.channel === 'call' ? 'phone call in progress (lines are transcribed utterances; SAY is spoken)' : 'chat (SAY is a message to send)'}`,
    `Market: ${quote(context.tenant.market)}`,
    `Agent: ${quote(context.tenant.agentName)}`,
    `Bot: ${context.botKind}`,
    `Temperature: ${context.temperature}`,
  ];
  if (context.lead?.intent) lines.push(`Intent: ${context.lead.intent}`);
  if (context.listing) lines.push(`Listing facts: ${listingFacts(context.listing)}`);
  const tracks = teamTalkTracks(context);
  if (tracks.length > 0)
    lines.push(
      `The team's own talk tracks (use them instead of the library's for these objections; the only claims about the agent you may make are in them): ${tracks.join('; ')}`,
    );
  const filled = Object.entries(context.slotsFilled).map(
    ([slot, value]) => `${slot} = ${formatValue(value)}`,
  );
  lines.push(`Filled slots: ${filled.length ? filled.join('; ') : 'none'}`);
  lines.push(
    `Missing slots (ask in this order): ${context.slotsMissing.length ? context.slotsMissing.map((slot) => `${slot} (${slotLabel(slot)})`).join(', ') : 'none'}`,
  );
  lines.push(`Completeness: ${completeness(context)}%`);
  const transcript = context.recent
    .slice(-maxMessages)
    .map((message) => `[${authorLabel[message.author] ?? 'other'}] ${quote(message.text)}`);
  return `<context>\n${lines.join('\n')}\n</context>\n<conversation>\n${transcript.join('\n') || '(no messages yet)'}\n</conversation>`;
}

/** What the reader heard, as hints: only what it found (an empty reading says nothing that could anchor). */
function readerHints(context: CoachingContext, reading: ConversationReading): string[] {
  const lang = context.lang ?? 'en';
  const { intents } = reading;
  const hints: string[] = [];
  if (reading.silent)
    hints.push('Lead silent: yes (a person on the team wrote last and the lead has not answered)');
  for (const objection of intents.objections)
    hints.push(
      `Possible objection: ${objection.kind} (${objection.severity}), from the words ${quote(objection.evidence)}`,
    );
  for (const request of intents.requests) {
    if (request.kind === 'showing')
      hints.push(`Possible showing request${request.when ? `, for ${quote(request.when)}` : ''}`);
    else if (request.kind === 'call')
      hints.push(
        `Possible call request, ${request.now ? 'now or today' : 'later'}${request.when ? ` (${quote(request.when)})` : ''}`,
      );
    else if (request.kind === 'lender') hints.push('Possible lender need');
    else {
      const answer = listingAnswer(request.question, context.listing, lang);
      hints.push(
        `Question: ${quote(request.question.sentence)}; ${answer ? `the listing facts answer it: ${quote(answer)}` : 'the listing facts do not answer it (ask the team)'}`,
      );
    }
  }
  if (intents.offer) hints.push('Mentions an offer');
  if (intents.urgent) hints.push('Time pressure words');
  return hints;
}

/** The varying part of a coaching request: context, the hub's hints and flags, and the task. */
export function coachingUserContent(
  context: CoachingContext,
  trigger: 'lead_message' | 'utterance' | 'request',
): string {
  const reading = readConversation(context);
  const objection = objectionOf(reading);
  const flags = detectCompliance(context);
  const hints = [
    `Stage: ${deriveStage(context, objection)}`,
    `Trigger: ${trigger === 'utterance' ? 'the prospect just spoke on the call' : trigger === 'lead_message' ? 'the lead just sent a message' : 'the agent asked for coaching'}`,
    ...readerHints(context, reading),
    `Rule coach's next action: ${chooseNextAction(context, reading, objection)}`,
  ];
  const compliance = flags.length
    ? `The hub already flags (it writes these itself; add only what they miss):\n${flags.map((flag) => `- ${flag.detail}`).join('\n')}`
    : 'The hub flagged nothing; flag what you find.';
  return `${renderContext(context)}\n<hub_hints>\n${hints.join('\n')}\n</hub_hints>\n<hub_compliance>\n${compliance}\n</hub_compliance>\nCoach the agent on the latest message now, in the exact seven-line format.`;
}
