import { z } from 'zod';
import { OBJECTION_KINDS, readLeadIntents, type LeadIntents, type ObjectionKind } from '../bots/intents.js';
import { slotLabel } from './slots.js';
import type { CoachingContext } from './types.js';

/**
 * The post-conversation summary (issue 31 item 6, docs/CLAUDE.md "After the conversation"): written when staff close
 * a conversation and when a phone call ends. What the lead wants (the bot's slots and the intent), the objections
 * raised and the commitments made (from the bots' reader, `readLeadIntents`, the one reader of lead text), the next
 * step and the follow-up task it implies. Staff text is English; the lead's own words (`quotes`) stay as written, in
 * their language. Pure: the rule summary here, Claude's through summary-model.ts.
 */

export const SummaryTrigger = ['closed', 'call_ended'] as const;
export type SummaryTrigger = (typeof SummaryTrigger)[number];

/** The follow-up task a summary implies (the CRM creates it). */
export const FollowUpAction = [
  'confirm_showing',
  'call_at_booked_time',
  'call_back',
  'lender_intro',
  'qualify',
  'reengage',
] as const;
export type FollowUpAction = (typeof FollowUpAction)[number];

const line = z.string().min(1).max(400);
export const afterSummarySchema = z.strictObject({
  trigger: z.enum(SummaryTrigger),
  /** The lead's language: `quotes` are in it, everything else is English for staff. */
  lang: z.enum(['en', 'es']),
  /** What the lead wants, for staff. */
  wants: line,
  objections: z.array(z.enum(OBJECTION_KINDS)).max(OBJECTION_KINDS.length),
  /** What was agreed or asked for: a booked call, a showing asked for, a lender introduction... */
  commitments: z.array(line).max(8),
  nextStep: line,
  /** The task for the CRM; null when nothing should follow (spam, not a fit, opted out). */
  followUp: z
    .strictObject({ action: z.enum(FollowUpAction), text: line, dueAt: z.iso.datetime() })
    .nullable(),
  /** The lead's own words behind the requests and objections, as written (staff note only, never the CRM). */
  quotes: z.array(z.string().min(1).max(200)).max(3),
  source: z.enum(['llm', 'rules']),
});
export type AfterSummary = z.infer<typeof afterSummarySchema>;

export interface SummaryInput {
  trigger: SummaryTrigger;
  /** The coaching context of the conversation (slots, intent, listing, language, transcript). */
  context: CoachingContext;
  /** The close's outcome (`appointment_set`, `not_a_fit`...), when closed. */
  outcome?: string;
  /** The call the bot booked (its `when` as the bot wrote it). */
  callBooked?: { when: string };
  optedOut: boolean;
  /** When the summary is written (ISO): follow-ups are due from it. */
  at: string;
}

const HOUR_MS = 3_600_000;
/** Outcomes after which nothing follows. */
const NO_FOLLOW_UP = new Set(['spam', 'not_a_fit']);
const OBJECTION_NAMES: Record<ObjectionKind, string> = {
  price: 'price',
  rates: 'interest rates',
  timing: 'timing',
  sell_first: 'needs to sell first',
  competition: 'talking to other agents',
  think: 'wants to think it over',
  zestimate: 'online estimate',
  trust: 'trust',
  authority: 'someone else decides',
  value: 'value of an agent',
};

/** A slot value as staff read it: text and numbers as they are, lists joined, a min-max range; else by name. */
function slotText(slot: string, value: unknown): string {
  const label = slotLabel(slot);
  if (typeof value === 'string' && value.trim() !== '') return `${label}: ${value.trim().slice(0, 80)}`;
  if (typeof value === 'number' && Number.isFinite(value))
    return `${label}: ${value.toLocaleString('en-US')}`;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return `${label}: ${value.join(', ').slice(0, 80)}`;
  const range = z.object({ min: z.number().optional(), max: z.number().optional() }).safeParse(value);
  if (range.success && (range.data.min !== undefined || range.data.max !== undefined)) {
    const money = (n: number) => n.toLocaleString('en-US');
    const { min, max } = range.data;
    if (min !== undefined && max !== undefined) return `${label}: ${money(min)} to ${money(max)}`;
    return `${label}: ${min !== undefined ? `from ${money(min)}` : `up to ${money(max!)}`}`;
  }
  return `${label}: known`;
}

/** Each of the lead's messages read once, with what the reader heard in it. */
export function readLeadMessages(context: CoachingContext): { text: string; intents: LeadIntents }[] {
  return context.recent
    .filter((message) => message.author === 'lead')
    .map((message) => ({ text: message.text, intents: readLeadIntents(message.text, context.lang) }));
}

const heardSomething = (intents: LeadIntents) =>
  intents.objections.length > 0 || intents.requests.length > 0 || intents.offer || intents.urgent;

/** The rule summary: what the state and the reader know, with the follow-up the first applicable rule gives. */
export function ruleSummary(input: SummaryInput): AfterSummary {
  const { context, at } = input;
  const read = readLeadMessages(context);
  const intent =
    context.lead?.intent ??
    (context.botKind === 'buyer' ? 'buy' : context.botKind === 'seller' ? 'sell' : undefined);
  const wants = [
    intent === 'buy'
      ? 'To buy a home'
      : intent === 'sell'
        ? 'To sell their home'
        : 'Not said yet (buy or sell)',
    ...(context.listing?.address ? [`asked about ${context.listing.address}`] : []),
    ...Object.entries(context.slotsFilled).map(([slot, value]) => slotText(slot, value)),
  ].join('; ');

  const objections = [
    ...new Set(read.flatMap(({ intents }) => intents.objections.map((objection) => objection.kind))),
  ];
  const requests = read.flatMap(({ intents }) => intents.requests);
  const showing = requests.findLast((request) => request.kind === 'showing');
  const call = requests.findLast((request) => request.kind === 'call');
  const lender = requests.some((request) => request.kind === 'lender');
  const questions = requests.filter((request) => request.kind === 'question').length;
  const offer = read.some(({ intents }) => intents.offer);

  const commitments: string[] = [];
  if (input.callBooked) commitments.push(`Call booked: ${input.callBooked.when}`.slice(0, 400));
  if (showing) commitments.push(`Asked for a showing${showing.when ? ` (${showing.when})` : ''}`);
  if (call)
    commitments.push(
      call.now ? 'Asked to be called now' : `Asked to be called${call.when ? ` (${call.when})` : ''}`,
    );
  if (lender) commitments.push('Asked for a lender introduction');
  if (offer) commitments.push('Ready to make an offer');
  if (input.outcome === 'appointment_set') commitments.push('Appointment set (the close outcome)');
  if (questions > 0)
    commitments.push(`Asked ${questions} question${questions === 1 ? '' : 's'} about the home`);

  const due = (hours: number) => new Date(Date.parse(at) + hours * HOUR_MS).toISOString();
  const concern =
    objections.length > 0
      ? ` Address their concern: ${objections.map((kind) => OBJECTION_NAMES[kind]).join(', ')}.`
      : '';
  let followUp: AfterSummary['followUp'];
  if (input.optedOut || (input.outcome && NO_FOLLOW_UP.has(input.outcome))) followUp = null;
  else if (showing)
    followUp = {
      action: 'confirm_showing',
      text: `Confirm the showing they asked for${showing.when ? ` (${showing.when})` : ''}.`,
      dueAt: due(4),
    };
  else if (input.callBooked)
    followUp = {
      action: 'call_at_booked_time',
      text: `Call at the booked time (${input.callBooked.when.slice(0, 100)}).`,
      dueAt: due(1),
    };
  else if (call) followUp = { action: 'call_back', text: 'Call the lead back.', dueAt: due(1) };
  else if (lender) followUp = { action: 'lender_intro', text: 'Introduce a lender.', dueAt: due(24) };
  else if (context.slotsMissing[0])
    followUp = {
      action: 'qualify',
      text: `Follow up to learn their ${slotLabel(context.slotsMissing[0])}.`,
      dueAt: due(24),
    };
  else followUp = { action: 'reengage', text: 'Check in with the lead.', dueAt: due(72) };

  const nextStep = followUp
    ? `${followUp.text}${concern}`
    : input.optedOut
      ? 'None: the lead opted out.'
      : `None: closed as ${input.outcome?.replace(/_/g, ' ') ?? 'done'}.`;
  const quotes = read
    .filter(({ intents }) => heardSomething(intents))
    .slice(-3)
    .map(({ text }) => (text.length > 200 ? `${text.slice(0, 199)}…` : text));

  return afterSummarySchema.parse({
    trigger: input.trigger,
    lang: context.lang ?? 'en',
    wants: wants.slice(0, 400),
    objections,
    commitments: commitments.slice(0, 8),
    nextStep: nextStep.slice(0, 400),
    followUp,
    quotes,
    source: 'rules',
  } satisfies AfterSummary);
}

const TRIGGER_TITLE: Record<SummaryTrigger, string> = {
  closed: 'Summary at close',
  call_ended: 'Summary after the call',
};

/** The staff note's text: English for staff, the lead's words quoted as written (marked with their language). */
export function summaryNote(summary: AfterSummary): string {
  const lines = [
    `${TRIGGER_TITLE[summary.trigger]}${summary.source === 'llm' ? ' (Claude)' : ''}`,
    `Wants: ${summary.wants}`,
    `Objections: ${summary.objections.length > 0 ? summary.objections.map((kind) => OBJECTION_NAMES[kind]).join(', ') : 'none'}`,
    `Commitments: ${summary.commitments.length > 0 ? summary.commitments.join('; ') : 'none'}`,
    `Next step: ${summary.nextStep}`,
    ...(summary.followUp ? [`Follow-up: ${summary.followUp.text} (due ${summary.followUp.dueAt})`] : []),
    ...summary.quotes.map((quote) => `In their words (${summary.lang}): “${quote}”`),
  ];
  return lines.join('\n');
}

/** What the CRM gets (`conversation.summarized`): the summary without the lead's words (no transcripts). */
export function crmSummary(summary: AfterSummary): {
  summary: Omit<AfterSummary, 'quotes' | 'followUp'>;
  followUp: AfterSummary['followUp'];
} {
  const { quotes: _quotes, followUp, ...rest } = summary;
  return { summary: rest, followUp };
}
