import type { Lang } from '../bots/text.js';
import { detectCompliance } from './compliance.js';
import { formatCoaching } from './format.js';
import { detectObjection, objectionResponses } from './objections.js';
import { slotLabel, slotQuestion } from './slots.js';
import type { CoachingContext, CoachingResult, CoachingStage, ObjectionResult, Urgency } from './types.js';

/** The question when nothing is missing: move to a call (DOMAIN.md 4.4), in the lead's language. */
const CLOSING_QUESTIONS: Record<Lang, string> = {
  en: 'Would tomorrow morning or afternoon work better for a quick call?',
  es: '¿Te queda mejor mañana en la mañana o en la tarde para una llamada rápida?',
};
export const CLOSING_QUESTION = CLOSING_QUESTIONS.en;
export const closingQuestion = (lang: Lang = 'en'): string => CLOSING_QUESTIONS[lang];

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

/**
 * Two lines per stage and language: the second when the agent has just sent the first (the coach never repeats
 * itself). SAY and ASK are lines the agent may send as they are ("Use as reply"), so they follow the lead's language;
 * FOCUS is for the agent and stays English.
 */
const stageSay: Record<
  Lang,
  Record<Exclude<CoachingStage, 'objection_handling'>, readonly [string, string]>
> = {
  en: {
    discovery: [
      "Thanks for reaching out, I'm glad to help. I work with buyers and sellers all over {market}.",
      'Happy to help with whatever you have in mind, whether it is buying, selling or just getting a feel for {market}.',
    ],
    qualification: [
      "That's really helpful, thank you. A couple more details and I can find options that actually fit.",
      'Great, that narrows it down. One more detail and I can start pulling homes that fit.',
    ],
    closing: [
      "You're in a great position to move forward. The best next step is a quick call so I can walk you through it.",
      'Let me put a time on the calendar so we can go over your options together.',
    ],
  },
  es: {
    discovery: [
      'Gracias por escribirnos, con gusto te ayudo. Trabajo con compradores y vendedores en toda la zona de {market}.',
      'Con gusto te ayudo con lo que tengas en mente, ya sea comprar, vender o conocer mejor {market}.',
    ],
    qualification: [
      'Muy útil, gracias. Con un par de detalles más te encuentro opciones que de verdad te queden.',
      'Perfecto, eso ya lo acota. Con un detalle más empiezo a buscarte casas que te queden.',
    ],
    closing: [
      'Estás en muy buena posición para avanzar. Lo mejor ahora es una llamada rápida para explicarte los pasos.',
      'Déjame apartar un horario para que revisemos tus opciones juntos.',
    ],
  },
};

/**
 * The agent's first line in a chat the bot handed over: the lead asked for a person and has been waiting, so the
 * agent says they are here before anything else.
 */
const INTRODUCTION: Record<Lang, string> = {
  en: "Hi, thanks for waiting! I'm here now and happy to help.",
  es: '¡Hola, gracias por esperar! Ya estoy aquí para ayudarte.',
};

/** The lead took a time ("saturday at 10 works", "el jueves a las 4 está bien"): confirm it, do not ask again. */
const TIME_TAKEN =
  /\b(works|work for (me|us)|sounds good|perfect|see you|that'?s fine|is fine|is good|confirmed|me funciona|nos funciona|esta bien|está bien|perfecto|nos vemos)\b/i;
const A_TIME =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|morning|afternoon|evening|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|mañana|manana|tarde|noche|\d{1,2}(:\d{2})?\s*(am|pm)|at \d{1,2}|a las \d{1,2})\b/i;
const CONFIRM_FOCUS = 'They took a time: confirm it in writing and set expectations for the call';
const CONFIRM_SAY: Record<Lang, string> = {
  en: "Perfect, you're all set. I'll send a confirmation with the details, and you can reach me here before then.",
  es: 'Perfecto, quedamos así. Te mando una confirmación con los detalles y aquí me puedes escribir antes de la llamada.',
};
const CONFIRM_ASK: Record<Lang, string> = {
  en: 'Is this the best number to reach you for the call?',
  es: '¿Es este el mejor número para llamarte?',
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

/** The rule-based coach: the same structure as the model's, from keywords and the conversation state. */
export function ruleCoaching(context: CoachingContext): CoachingResult {
  const lang = context.lang ?? 'en';
  const leadText = lastLeadText(context);
  const objection = detectObjection(leadText);
  const stage = deriveStage(context, objection);
  const market = context.tenant.market;
  const staffText = lastStaffText(context);
  // The next missing detail whose question the agent has not just asked.
  const questions = context.slotsMissing.map((slot) => slotQuestion(slot, market, lang));
  const closing = closingQuestion(lang);
  const ask = questions.find((question) => !alreadySaid(question, staffText)) ?? closing;
  const canned = objection ? objectionResponses[objection.type] : undefined;
  const timeTaken = !objection && TIME_TAKEN.test(leadText) && A_TIME.test(leadText);
  const stageKey = stage === 'objection_handling' ? 'qualification' : stage;
  const [first, second] = stageSay[lang][stageKey];
  const fresh = (line: string) => line.replace('{market}', market);
  const introduce = context.channel === 'widget' && !personHasWritten(context);
  const say = timeTaken
    ? CONFIRM_SAY[lang]
    : canned
      ? fresh(canned.say[lang])
      : introduce
        ? INTRODUCTION[lang]
        : alreadySaid(fresh(first), staffText)
          ? fresh(second)
          : fresh(first);
  return {
    focus: timeTaken
      ? CONFIRM_FOCUS
      : (canned?.focus ??
        (introduce
          ? `Introduce yourself first, then ${stageFocus[stageKey](context).replace(/^./, (c) => c.toLowerCase())}`
          : stageFocus[stageKey](context))),
    objection,
    say,
    ask: timeTaken && ask === closing ? CONFIRM_ASK[lang] : ask,
    urgency: ruleUrgency(context, objection),
    compliance: detectCompliance(context).map((flag) => flag.detail),
    source: 'rules',
  };
}

export function ruleCoachingText(context: CoachingContext): string {
  return formatCoaching(ruleCoaching(context));
}
