import { fold, type Lang } from './text.js';

/** Parsing of scheduling answers: slot picks, time of day, day, yes/no, declines (English and Spanish). */

export const WEEKDAYS: [RegExp, string, string][] = [
  [/\b(monday|mon|lunes)\b/, 'Monday', 'lunes'],
  [/\b(tuesday|tues|tue|martes)\b/, 'Tuesday', 'martes'],
  [/\b(wednesday|wed|miercoles)\b/, 'Wednesday', 'miércoles'],
  [/\b(thursday|thurs|thu|jueves)\b/, 'Thursday', 'jueves'],
  [/\b(friday|fri|viernes)\b/, 'Friday', 'viernes'],
  [/\b(saturday|sat|sabado)\b/, 'Saturday', 'sábado'],
  [/\b(sunday|sun|domingo)\b/, 'Sunday', 'domingo'],
];
const ORDINALS: [RegExp, number][] = [
  [/\b(first|1st|one|primer[oa]?|uno|la uno|el uno)\b/, 0],
  [/\b(second|2nd|two|segund[oa]|dos)\b/, 1],
  [/\b(third|3rd|three|tercer[oa]?|tres)\b/, 2],
];
export const DECLINE =
  /\b(no thanks|no thank you|not now|don't want a call|dont want a call|no calls?|rather (text|not)|prefer (to )?text|not interested in a call|no gracias|ahora no|prefiero (texto|mensajes)|no quiero (una )?llamada)\b/;
export const YES =
  /^\s*(yes|yeah|yep|yup|sure|ok|okay|perfect|sounds good|that works|works|great|do it|lock it in|please do|si|claro|perfecto|dale|esta bien|me funciona)\b/;
export const NO = /^\s*(no|nope|nah|not really|actually no)\b/;

export function timeOfDay(folded: string): string | undefined {
  if (/\b(morning|mornings|por la manana|en la manana|de manana|temprano)\b/.test(folded)) return 'morning';
  if (/\b(afternoon|afternoons|lunch|noon|midday|mediodia|por la tarde|en la tarde)\b/.test(folded))
    return 'afternoon';
  if (/\b(evening|evenings|night|after work|por la noche|en la noche|noche)\b/.test(folded)) return 'evening';
  if (/\b(any ?time|whenever|cualquier hora|a cualquier hora)\b/.test(folded)) return 'any time';
  const clock = /\b(\d{1,2})(:\d{2})?\s*(am|pm)\b/.exec(folded);
  if (clock) {
    const hour = (Number(clock[1]) % 12) + (clock[3] === 'pm' ? 12 : 0);
    return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  }
  return undefined;
}

export function day(folded: string, lang: Lang): string | undefined {
  for (const [pattern, en, es] of WEEKDAYS) {
    if (pattern.test(folded)) {
      const next = /\b(next|proximo)\b/.test(folded);
      if (lang === 'es') return next ? `el próximo ${es}` : `el ${es}`;
      return next ? `next ${en}` : en;
    }
  }
  if (/\btoday\b|\bhoy\b/.test(folded)) return lang === 'es' ? 'hoy' : 'today';
  if (/\btomorrow\b|^\s*manana\b|\bmanana (por|en)\b|\bpasado manana\b/.test(folded))
    return lang === 'es' ? 'mañana' : 'tomorrow';
  if (/\b(any ?day|whenever|cualquier dia)\b/.test(folded))
    return lang === 'es' ? 'cualquier día' : 'any day';
  return undefined;
}

export function pickSlot(folded: string, slots: readonly string[]): string | undefined {
  const digit = /(?:^|\s|#)([1-3])(?:\s|$|[.!)])/.exec(` ${folded} `);
  if (digit) return slots[Number(digit[1]) - 1];
  if (/\b(last one|the last|ultim[oa])\b/.test(folded)) return slots[slots.length - 1];
  for (const [pattern, index] of ORDINALS) if (pattern.test(folded)) return slots[index];
  for (const [pattern] of WEEKDAYS) {
    if (!pattern.test(folded)) continue;
    const found = slots.find((slot) => pattern.test(fold(slot)));
    if (found) return found;
  }
  const clock = /\b(\d{1,2})(:\d{2})?\s*(am|pm)?\b/.exec(folded);
  if (clock) {
    const hour = new RegExp(`\\b${clock[1]}(:\\d{2})?\\s*${clock[3] ?? ''}`);
    return slots.find((slot) => hour.test(fold(slot)));
  }
  return undefined;
}
