import { readLeadIntents } from '../bots/intents.js';
import { listingAnswer, type LeadQuestion } from '../bots/lead-question.js';
import type { Lang } from '../bots/text.js';
import type { Channel } from '../protocol/common.js';
import { detectCompliance } from './compliance.js';
import { formatCoaching } from './format.js';
import {
  ANSWER,
  BOOK_CALL,
  CALL_NOW,
  channelKey,
  CLOSING,
  COMMISSION_CALL,
  CONFIRM,
  INTRODUCTION,
  LENDER,
  LENDER_ASK,
  REDIRECT,
  REENGAGE,
  SHOWING,
  STAGE_SAY,
  type PlainStage,
} from './lines.js';
import { chooseNextAction, requestedWhen } from './next.js';
import { talkTrack } from './talk-tracks.js';
import { objectionOf, readConversation, type ConversationReading } from './reading.js';
import { slotLabel, slotQuestion } from './slots.js';
import type {
  CoachingContext,
  CoachingResult,
  CoachingStage,
  NextAction,
  ObjectionResult,
  Urgency,
} from './types.js';

/** The question when nothing is missing: a call today (DOMAIN.md 4.4), in the lead's language and channel. */
export const closingQuestion = (lang: Lang = 'en', channel: Channel = 'widget'): string =>
  CLOSING[channelKey(channel)][lang];
export const CLOSING_QUESTION = closingQuestion('en');

export function lastLeadText(context: Pick<CoachingContext, 'recent' | 'lang'>): string {
  return readConversation(context).leadText;
}

/**
 * The conversation stage: objection_handling when the lead's words raise an objection; closing when the lead is
 * hot or every slot is known; qualification once anything is known; discovery before that.
 */
export function deriveStage(
  context: CoachingContext,
  objection = objectionOf(readConversation(context)),
): CoachingStage {
  if (context.stage) return context.stage;
  if (objection) return 'objection_handling';
  const filled = Object.keys(context.slotsFilled).length;
  if (context.temperature === 'hot' || (filled > 0 && context.slotsMissing.length === 0)) return 'closing';
  if (filled > 0) return 'qualification';
  return 'discovery';
}

/** Urgency follows the temperature, raised when the lead wants to act now or is under time pressure. */
export function ruleUrgency(
  context: CoachingContext,
  objection: ObjectionResult | null,
  reading: ConversationReading = readConversation(context),
): Urgency {
  const { intents } = reading;
  const actNow =
    intents.offer ||
    intents.urgent ||
    intents.requests.some((request) => request.kind === 'showing' || request.kind === 'call');
  if (context.temperature === 'hot') return actNow || objection?.severity === 'high' ? 'critical' : 'high';
  if (context.temperature === 'warm') return actNow ? 'high' : 'medium';
  if (intents.urgent) return 'high';
  return actNow ? 'medium' : 'low';
}

const stageFocus: Record<PlainStage, (context: CoachingContext) => string> = {
  discovery: () => 'Find out whether they want to buy or sell, and why now',
  qualification: (context) =>
    `Learn their ${slotLabel(context.slotsMissing[0] ?? 'timeline')} before anything else`,
  closing: () => "They're ready: lock in a call or a showing time",
};

/** What staff last wrote to the lead (an agent, or the bot before the hand-off). */
function lastStaffText(context: Pick<CoachingContext, 'recent'>): string {
  return (
    context.recent.filter((message) => message.author === 'agent' || message.author === 'bot').at(-1)?.text ??
    ''
  );
}

/** The agent already sent this line (or its question), word for word apart from spacing and case. */
function alreadySaid(line: string, staffText: string): boolean {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  return line !== '' && norm(staffText).includes(norm(line));
}

/** A person on the team has written in this chat (the agent's first line is an introduction until then). */
const personHasWritten = (context: Pick<CoachingContext, 'recent'>) =>
  context.recent.some((message) => message.author === 'agent' || message.author === 'supervisor');

interface Plan {
  next: string;
  focus: string;
  say: string;
  /** Undefined: the next slot question. */
  ask?: string;
}

/** The answers the listing facts hold for the lead's questions, and whether any is left for the team. */
function answers(context: CoachingContext, reading: ConversationReading, lang: Lang) {
  const questions: LeadQuestion[] = [];
  let homeValue = false;
  for (const request of reading.intents.requests) {
    if (request.kind === 'question') questions.push(request.question);
    if (request.kind === 'home_value') homeValue = true;
  }
  const known = questions.map((question) => listingAnswer(question, context.listing, lang));
  return {
    known: known.filter((line): line is string => line !== undefined),
    unknown: questions.filter((_question, index) => known[index] === undefined),
    homeValue,
  };
}

function plan(
  action: NextAction,
  context: CoachingContext,
  reading: ConversationReading,
  objection: ObjectionResult | null,
  lang: Lang,
): Plan {
  const channel = channelKey(context.channel);
  const when = requestedWhen(reading, lang);
  const cues = reading.intents.compliance.map((heard) => heard.cue);
  const tracks = context.tenant.talkTracks;
  switch (action) {
    case 'reengage':
      return {
        next: 'Re-engage the silent lead with a light check-in, not thanks',
        focus: 'The lead went quiet: re-open the conversation without pressure',
        say: REENGAGE.say[channel][lang],
        ask: REENGAGE.ask[channel][lang],
      };
    case 'book_showing':
      return {
        next: `Book the showing they asked for${when ? ` (${when})` : ''}`,
        focus: 'Lock in the showing they asked for before anything else',
        say: (when ? SHOWING.withWhen : SHOWING.without)[lang].replace('{when}', when ?? ''),
        ask: (when ? SHOWING.askNumber : SHOWING.askWhen)[lang],
      };
    case 'book_call':
      return {
        next: `Book the call they asked for${when ? ` (${when})` : ''}`,
        focus: 'Confirm the call time they asked for',
        say: BOOK_CALL.say[lang].replace('{when}', when ?? (lang === 'es' ? 'a esa hora' : 'then')),
        ask: BOOK_CALL.ask[lang],
      };
    case 'call_now': {
      const asked = reading.intents.requests.some((request) => request.kind === 'call');
      return {
        next:
          channel === 'call'
            ? 'Hot lead on the phone: agree the next step before you hang up'
            : 'Call them now, today, not tomorrow',
        focus: asked ? 'They asked for a call: call now' : "They're ready to move: get on the phone today",
        say: (asked ? CALL_NOW.asked : CALL_NOW.ready)[channel][lang],
        ask: CALL_NOW.ask[channel][lang],
      };
    }
    case 'answer_question': {
      const { known, unknown, homeValue } = answers(context, reading, lang);
      const parts = [...known];
      if (homeValue) parts.push(ANSWER.homeValue[lang]);
      if (unknown.length > 0) parts.push(known.length > 0 ? ANSWER.rest[lang] : ANSWER.askTeam[lang]);
      const next = homeValue
        ? 'Answer their home-value question: offer real numbers from recent sales'
        : unknown.length > 0
          ? `Answer their question first; ask the team: ${unknown.map((question) => `"${question.sentence}"`).join(' ')}`
          : `Answer their question first from the listing: ${known.join(' ')}`;
      return { next, focus: 'Answer what they asked before asking anything', say: parts.join(' ') };
    }
    case 'compliance_redirect': {
      const rule = cues.includes('fair_housing') ? 'fair_housing' : cues.includes('respa') ? 'respa' : 'tcpa';
      const label = { fair_housing: 'Fair Housing', respa: 'RESPA', tcpa: 'TCPA' }[rule];
      return {
        next: `Give the compliant answer (${label}) and move on`,
        focus: `${label}: stay neutral and compliant, then get back to their search`,
        say: REDIRECT[rule][lang],
      };
    }
    case 'value_statement': {
      const competing = objection?.type === 'competition';
      const track = talkTrack(competing ? 'competition' : 'value', lang, tracks);
      const base = track.say;
      return {
        next: competing
          ? 'Make a value statement against the competing agent; never promise a commission'
          : 'Make a value statement; never quote or cut a commission in writing',
        focus: track.focus,
        say: cues.includes('commission') ? `${base} ${COMMISSION_CALL[channel][lang]}` : base,
      };
    }
    case 'lender_intro':
      return {
        next: 'Offer a lender introduction for their rate or financing worry',
        focus:
          objection?.type === 'rates' ? talkTrack('rates', lang, tracks).focus : 'Connect them with a lender',
        say: objection?.type === 'rates' ? talkTrack('rates', lang, tracks).say : LENDER[lang],
        ask: LENDER_ASK[lang],
      };
    case 'sell_first_plan':
      return {
        next: 'Lay out a sell-first plan: the sale and the purchase lined up',
        focus: talkTrack('sell_first', lang, tracks).focus,
        say: talkTrack('sell_first', lang, tracks).say,
      };
    case 'handle_objection': {
      const track = talkTrack(objection?.type ?? 'timing', lang, tracks);
      return {
        next: `Handle the ${(objection?.type ?? 'timing').replace('_', ' ')} objection`,
        focus: track.focus,
        say: track.say,
      };
    }
    case 'qualify':
      return { next: '', focus: '', say: '' };
  }
}

/** The rule-based coach: the same structure as the model's, from the bots' reader and the conversation state. */
export function ruleCoaching(context: CoachingContext): CoachingResult {
  const lang = context.lang ?? 'en';
  const channel = channelKey(context.channel);
  const reading = readConversation(context);
  const objection = objectionOf(reading);
  const stage = deriveStage(context, objection);
  const market = context.tenant.market;
  const staffText = lastStaffText(context);
  const fresh = (line: string) => line.replace('{market}', market);
  // The next missing detail whose question the agent has not just asked.
  const questions = context.slotsMissing.map((slot) => slotQuestion(slot, market, lang));
  const closing = closingQuestion(lang, context.channel);
  const slotAsk = questions.find((question) => !alreadySaid(question, staffText)) ?? closing;
  let action = chooseNextAction(context, reading, objection);
  // A time the lead took is one staff offered: their last line asked about a day or a time.
  const offered = /\?/.test(staffText) && readLeadIntents(staffText, lang).when !== undefined;
  const timeTaken =
    (action === 'book_showing' || action === 'call_now' || action === 'qualify') &&
    offered &&
    reading.intents.when !== undefined &&
    reading.intents.accepts;
  if (timeTaken) action = 'book_call';
  const urgency = ruleUrgency(context, objection, reading);
  const compliance = detectCompliance(context).map((flag) => flag.detail);
  const result = (lines: Plan): CoachingResult => ({
    next: { action, text: lines.next },
    focus: lines.focus,
    objection,
    say: fresh(lines.say),
    ask: lines.ask ?? slotAsk,
    urgency,
    compliance,
    source: 'rules',
  });

  if (timeTaken) {
    return result({
      next: 'They took a time: confirm it',
      focus: 'They took a time: confirm it in writing and set expectations',
      say: CONFIRM.say[lang],
      ask: slotAsk === closing ? CONFIRM.ask[lang] : slotAsk,
    });
  }
  if (action !== 'qualify') return result(plan(action, context, reading, objection, lang));

  const stageKey: PlainStage = stage === 'objection_handling' ? 'qualification' : stage;
  const [first, second] = STAGE_SAY[channel][lang][stageKey];
  const introduce = channel === 'chat' && !personHasWritten(context);
  const focus = stageFocus[stageKey](context);
  return result({
    next: context.slotsMissing.length
      ? `Ask for their ${slotLabel(context.slotsMissing[0]!)}`
      : 'Every question is answered: set up the call',
    focus: introduce
      ? `Introduce yourself first, then ${focus.replace(/^./, (c) => c.toLowerCase())}`
      : focus,
    say: introduce ? INTRODUCTION[lang] : alreadySaid(fresh(first), staffText) ? second : first,
  });
}

export function ruleCoachingText(context: CoachingContext): string {
  return formatCoaching(ruleCoaching(context));
}
