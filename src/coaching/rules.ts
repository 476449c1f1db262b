import { detectCompliance } from './compliance.js';
import { formatCoaching } from './format.js';
import { detectObjection, objectionResponses } from './objections.js';
import { slotLabel, slotQuestion } from './slots.js';
import type { CoachingContext, CoachingResult, CoachingStage, ObjectionResult, Urgency } from './types.js';

/** The question when nothing is missing: move to a call (DOMAIN.md 4.4). */
export const CLOSING_QUESTION = 'Would tomorrow morning or afternoon work better for a quick call?';

const actNow =
  /\b(asap|right now|today|tonight|this weekend|call me|can we (meet|talk|see it)|ready to (buy|sell|move|make an offer)|make an offer)\b/i;

export function lastLeadText(context: Pick<CoachingContext, 'recent'>): string {
  return context.recent.filter((message) => message.author === 'lead').at(-1)?.text ?? '';
}

/**
 * The conversation stage: objection_handling when the last lead message raises an objection; closing when the
 * lead is hot or every slot is known; qualification once anything is known; discovery before that.
 */
export function deriveStage(
  context: CoachingContext,
  objection = detectObjection(lastLeadText(context)),
): CoachingStage {
  if (context.stage) return context.stage;
  if (objection) return 'objection_handling';
  const filled = Object.keys(context.slotsFilled).length;
  if (context.temperature === 'hot' || (filled > 0 && context.slotsMissing.length === 0)) return 'closing';
  if (filled > 0) return 'qualification';
  return 'discovery';
}

/** Urgency follows the temperature; a hot lead who wants to act now or pushes back hard is critical. */
export function ruleUrgency(context: CoachingContext, objection: ObjectionResult | null): Urgency {
  if (context.temperature === 'hot') {
    return actNow.test(lastLeadText(context)) || objection?.severity === 'high' ? 'critical' : 'high';
  }
  if (context.temperature === 'warm') return actNow.test(lastLeadText(context)) ? 'high' : 'medium';
  return actNow.test(lastLeadText(context)) ? 'medium' : 'low';
}

const stageFocus: Record<
  Exclude<CoachingStage, 'objection_handling'>,
  (context: CoachingContext) => string
> = {
  discovery: () => 'Find out whether they want to buy or sell, and why now',
  qualification: (context) =>
    `Learn their ${slotLabel(context.slotsMissing[0] ?? 'timeline')} before anything else`,
  closing: () => "They're ready: lock in a call or a showing time",
};

const stageSay: Record<Exclude<CoachingStage, 'objection_handling'>, string> = {
  discovery: "Thanks for reaching out, I'm glad to help. I work with buyers and sellers all over {market}.",
  qualification:
    "That's really helpful, thank you. A couple more details and I can find options that actually fit.",
  closing:
    "You're in a great position to move forward. The best next step is a quick call so I can walk you through it.",
};

/** The rule-based coach: the same structure as the model's, from keywords and the conversation state. */
export function ruleCoaching(context: CoachingContext): CoachingResult {
  const objection = detectObjection(lastLeadText(context));
  const stage = deriveStage(context, objection);
  const market = context.tenant.market;
  const missing = context.slotsMissing[0];
  const canned = objection ? objectionResponses[objection.type] : undefined;
  const focus =
    canned?.focus ?? stageFocus[stage === 'objection_handling' ? 'qualification' : stage](context);
  const say = canned?.say ?? stageSay[stage === 'objection_handling' ? 'qualification' : stage];
  return {
    focus,
    objection,
    say: say.replace('{market}', market),
    ask: missing ? slotQuestion(missing, market) : CLOSING_QUESTION,
    urgency: ruleUrgency(context, objection),
    compliance: detectCompliance(context).map((flag) => flag.detail),
    source: 'rules',
  };
}

export function ruleCoachingText(context: CoachingContext): string {
  return formatCoaching(ruleCoaching(context));
}
