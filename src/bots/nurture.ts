import type { Temperature } from '../protocol/common.js';
import { nextSendableMs, type QuietHours, DEFAULT_QUIET_HOURS } from '../time-zone.js';

/** The 3-7-30 nurture sequence (DOMAIN.md section 8): steps are the day numbers after the last lead message. */
export const NURTURE_DAYS = [3, 7, 14, 30] as const;
export type NurtureStep = (typeof NURTURE_DAYS)[number];

const DAY_MS = 86_400_000;

export interface NurturePlanInput {
  lastLeadMessageMs: number;
  temperature: Temperature;
  timeZone: string;
  lang: 'en' | 'es';
  agentName: string;
  market: string;
  quietHours?: QuietHours;
}

export interface PlannedFollowUp {
  step: NurtureStep;
  dueAtMs: number;
  text: string;
}

/**
 * The follow-ups due for a lead who goes quiet while cold or warm: day 3, 7, 14 and 30 after the last lead
 * message, each pushed out of quiet hours (21:00 to 08:00 in the tenant's zone) to 08:00 local. Hot leads get none.
 */
export function planFollowUps(input: NurturePlanInput): PlannedFollowUp[] {
  if (input.temperature === 'hot') return [];
  return NURTURE_DAYS.map((step) => ({
    step,
    dueAtMs: nextSendableMs(
      input.lastLeadMessageMs + step * DAY_MS,
      input.timeZone,
      input.quietHours ?? DEFAULT_QUIET_HOURS,
    ),
    text: nurtureMessage({
      step,
      temperature: input.temperature,
      lang: input.lang,
      agentName: input.agentName,
      market: input.market,
    }),
  }));
}

export interface NurtureMessageInput {
  step: number;
  temperature: Temperature;
  lang: 'en' | 'es';
  agentName: string;
  market: string;
}

/** Wording per step and temperature; day 30 asks whether to close the file. One question, no emojis, short. */
export function nurtureMessage({ step, temperature, lang, agentName, market }: NurtureMessageInput): string {
  const warm = temperature !== 'cold';
  if (lang === 'es') {
    if (step <= 3) {
      return warm
        ? `Hola, soy el asistente del equipo de ${agentName}. ¿Te surgió alguna pregunta mientras lo piensas?`
        : `Hola, soy el asistente del equipo de ${agentName}. ¿Sigue en tus planes mudarte este año?`;
    }
    if (step <= 7)
      return `El mercado de ${market} se sigue moviendo. ¿Quieres que te mande un resumen rápido de lo nuevo?`;
    if (step <= 14)
      return 'Aquí seguimos cuando estés listo. ¿Hay algo que te facilitaría el siguiente paso?';
    return warm
      ? 'Ya pasó un mes. ¿Mantengo tu expediente abierto o prefieres que lo cierre por ahora?'
      : 'Ha pasado un tiempo desde que hablamos. ¿Cierro tu expediente o lo dejo abierto para cuando sea el momento?';
  }
  if (step <= 3) {
    return warm
      ? `Hi, this is the assistant for ${agentName}'s team. Any questions come up as you think things over?`
      : `Hi, this is the assistant for ${agentName}'s team. Is a move still on your radar this year?`;
  }
  if (step <= 7)
    return `The ${market} market keeps moving. Want me to send you a quick update on what's new?`;
  if (step <= 14)
    return "Still here whenever you're ready. Is there anything that would make your next step easier?";
  return warm
    ? "It's been about a month. Should I keep your file open, or would you like me to close it for now?"
    : "It's been a while since we talked. Should I close your file, or keep it open for when the time is right?";
}
