import type { LeadRequest } from '../bots/intents.js';
import type { Lang } from '../bots/text.js';
import type { ConversationReading } from './reading.js';
import type { CoachingContext, NextAction, ObjectionResult } from './types.js';

/**
 * The next best action (DOMAIN.md section 6), first match wins:
 *   1. the lead went silent after the agent wrote → reengage
 *   2. they asked for a showing → book_showing; for a call → call_now (now, today) or book_call (a later time)
 *   3. they asked about a listing fact or their home's value → answer_question (from the listing facts, or "ask
 *      the team"); a lender asked for as a question ("do you have a mortgage person?") → lender_intro; any other
 *      question → answer_question, unless the same message raises an objection
 *   4. a Fair Housing, RESPA or TCPA cue → compliance_redirect; a commission cue → value_statement
 *   5. an objection: a competing agent or the fee → value_statement; rates → lender_intro; must sell first →
 *      sell_first_plan; any other → handle_objection
 *   6. they need a lender → lender_intro
 *   7. a hot lead, an offer, or time pressure ("within 30 days", "asap") → call_now
 *   8. otherwise → qualify (ask the first missing slot)
 */
export function chooseNextAction(
  context: Pick<CoachingContext, 'temperature'>,
  reading: ConversationReading,
  objection: ObjectionResult | null,
): NextAction {
  const { intents } = reading;
  if (reading.silent) return 'reengage';
  const wants = (kind: LeadRequest['kind']) => intents.requests.some((request) => request.kind === kind);
  if (wants('showing')) return 'book_showing';
  const call = intents.requests.find((request) => request.kind === 'call');
  if (call?.kind === 'call') return call.now ? 'call_now' : 'book_call';
  // A question the listing facts (or the agent's numbers) answer comes before an objection; any other question
  // ("are you even a real agent?") is answered inside the objection's line.
  const factAsked = intents.requests.some(
    (request) =>
      request.kind === 'home_value' || (request.kind === 'question' && request.question.topic !== 'other'),
  );
  if (factAsked) return 'answer_question';
  // "Do you have a mortgage person you trust?" is the lender need, asked as a question.
  if (wants('lender') && !objection) return 'lender_intro';
  if ((wants('question') || wants('home_value')) && !objection) return 'answer_question';
  const cues = intents.compliance.map((heard) => heard.cue);
  if (cues.some((cue) => cue === 'fair_housing' || cue === 'respa' || cue === 'tcpa'))
    return 'compliance_redirect';
  if (cues.includes('commission')) return 'value_statement';
  if (objection) {
    switch (objection.type) {
      case 'competition':
      case 'value':
        return 'value_statement';
      case 'rates':
        return 'lender_intro';
      case 'sell_first':
        return 'sell_first_plan';
      default:
        return 'handle_objection';
    }
  }
  if (wants('lender')) return 'lender_intro';
  if (context.temperature === 'hot' || intents.offer || intents.urgent) return 'call_now';
  return 'qualify';
}

const TIME_OF_DAY_ES: Record<string, string> = {
  morning: 'en la mañana',
  afternoon: 'en la tarde',
  evening: 'en la noche',
  'any time': 'a cualquier hora',
};

/** When the lead asked for a showing or a call, in the lead's language ("Saturday", "el sábado", "en la tarde"). */
export function requestedWhen(reading: ConversationReading, lang: Lang): string | undefined {
  for (const request of reading.intents.requests) {
    if ((request.kind === 'showing' || request.kind === 'call') && request.when) {
      return lang === 'es' ? (TIME_OF_DAY_ES[request.when] ?? request.when) : request.when;
    }
  }
  return undefined;
}
