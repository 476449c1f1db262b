import type { BotKind } from '../protocol/common.js';
import { isBusinessTime, nextOpening } from '../time-zone.js';
import type { Lang } from './text.js';
import type { LeadMessageInput } from './turn.js';

/** Fixed lines (sent as written: `rephrase` false). */

export function nudgeLine(kind: BotKind, lang: Lang): string {
  if (lang === 'es') {
    if (kind === 'seller') return 'Me parece bien. ¿Qué haría falta para pasar de solo ver a vender?';
    if (kind === 'buyer') return 'Me parece bien. ¿Qué haría falta para pasar de solo ver a comprar?';
    return 'Me parece bien. ¿Qué te ayudaría a decidir si comprar o vender?';
  }
  if (kind === 'seller') return 'Fair enough. What would it take to move from looking to selling?';
  if (kind === 'buyer') return 'Fair enough. What would it take to move from looking to buying?';
  return 'Fair enough. What would help you decide between buying and selling?';
}

export function politeCloseLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Gracias por tu tiempo. Alguien del equipo de ${agentName} te dará seguimiento cuando te venga bien.`
    : `Thanks for your time. Someone from ${agentName}'s team will follow up with you when it suits you.`;
}

export function warmCloseLine(lang: Lang): string {
  return lang === 'es'
    ? 'Gracias por la información. Nuestro equipo revisará tu situación y te contactará con los siguientes pasos.'
    : 'Thanks for the info. Let me have our team review your situation and get back to you with next steps.';
}

export function coldCloseLine(lang: Lang): string {
  return lang === 'es'
    ? 'Guardaré tu información. Escríbenos si cambian tus planes o tu situación.'
    : "I'll keep your info on file. Reach out if your timeline or situation changes.";
}

/** The warm buyer's close; after the homes that match were sent, the team follows up on those (and new ones). */
export function buyerWarmCloseLine(lang: Lang, agentName: string, homesSent = false): string {
  if (homesSent)
    return lang === 'es'
      ? `Gracias, eso me da una idea clara. El equipo de ${agentName} te dará seguimiento sobre estas y cualquier casa nueva que te quede.`
      : `Thanks, that gives me a clear picture. ${agentName}'s team will follow up on these and any new homes that fit.`;
  return lang === 'es'
    ? `Gracias, eso me da una idea clara. El equipo de ${agentName} reunirá casas que te queden y te contactará con los siguientes pasos.`
    : `Thanks, that gives me a clear picture. ${agentName}'s team will pull together homes that fit and get back to you with next steps.`;
}

/** When the team is next open, as the lead reads it: "tomorrow at 9:00 AM", "el lunes a las 9:00". */
export interface TeamAway {
  /** Local days until the opening: 0 today, 1 tomorrow. */
  daysAhead: number;
  /** The opening's local weekday, 0 Sunday … 6 Saturday. */
  weekday: number;
  /** The opening time, "HH:MM" (24 h). */
  opens: string;
}

const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
} as const;

function whenOpen(lang: Lang, away: TeamAway): string {
  const [hour = 0, minute = 0] = away.opens.split(':').map(Number);
  const mm = String(minute).padStart(2, '0');
  if (lang === 'es') {
    const time = `${hour === 1 ? 'la' : 'las'} ${hour}:${mm}`;
    if (away.daysAhead === 0) return `hoy a ${time}`;
    if (away.daysAhead === 1) return `mañana a ${time}`;
    return `el ${WEEKDAYS.es[away.weekday] ?? ''} a ${time}`;
  }
  const time = `${hour % 12 === 0 ? 12 : hour % 12}:${mm} ${hour < 12 ? 'AM' : 'PM'}`;
  if (away.daysAhead === 0) return `today at ${time}`;
  if (away.daysAhead === 1) return `tomorrow at ${time}`;
  return `on ${WEEKDAYS.en[away.weekday] ?? ''} at ${time}`;
}

/**
 * The hand-off notice. Inside the team's business hours someone joins shortly; outside them the lead is told the
 * truth: when the team is next in (the hand-off itself still reaches the team at once).
 */
export function handoffLine(lang: Lang, agentName: string, legal: boolean, away?: TeamAway): string {
  if (lang === 'es') {
    const lead = legal
      ? `Eso lo debe ver un profesional, así que te conecto con el equipo de ${agentName}`
      : away
        ? `Claro. Le paso tu mensaje al equipo de ${agentName}`
        : `Claro. Te conecto con el equipo de ${agentName}`;
    return away
      ? `${lead}. La oficina está cerrada en este momento; alguien te contactará ${whenOpen(lang, away)}.`
      : `${lead}; alguien se unirá en breve.`;
  }
  const lead = legal
    ? `That's best handled by a professional, so I'm connecting you with ${agentName}'s team`
    : away
      ? `Of course. I'm passing this to ${agentName}'s team`
      : `Of course. I'm connecting you with ${agentName}'s team now`;
  return away
    ? `${lead}. The office is closed right now, so someone will reach you ${whenOpen(lang, away)}.`
    : `${lead}; someone will join shortly.`;
}

export function welcomeBackLine(lang: Lang): string {
  return lang === 'es' ? '¡Qué gusto saber de ti de nuevo!' : 'Welcome back, glad to hear from you.';
}

export function reengageLine(lang: Lang): string {
  return lang === 'es' ? 'Gracias por escribir de nuevo.' : 'Thanks for getting back to me.';
}

/** Outside the tenant's business hours: when the team is next in (undefined inside them, or with no day set). */
export function teamAway(input: LeadMessageInput): TeamAway | undefined {
  const { businessHours: hours, timeZone } = input.tenant;
  if (!hours || hours.days.length === 0 || isBusinessTime(input.nowMs, timeZone, hours)) return undefined;
  const opening = nextOpening(input.nowMs, timeZone, hours);
  return opening ? { daysAhead: opening.daysAhead, weekday: opening.weekday, opens: hours.open } : undefined;
}
