import { fold, type Lang } from './text.js';

/** Bare carrier keywords (any case, optional punctuation). */
const BARE_OPT_OUT =
  /^\s*(stop|stopall|stop all|unsubscribe|cancel|end|quit|parar|cancelar|alto)\s*[.!?]*\s*$/;
const BARE_OPT_IN = /^\s*(start|unstop|comenzar)\s*[.!?]*\s*$/;

/** Explicit phrases, matched anywhere in the (folded) message. */
const OPT_OUT_PHRASES: RegExp[] = [
  /\bstop (texting|messaging|contacting|calling|sending|emailing|writing)\b/,
  /\b(please stop|stop please|stop it)\b/,
  /\bunsubscribe\b/,
  /\bopt(ing)?[ -]?out\b/,
  /\bremove me\b/,
  /\btake me off\b/,
  /\b(don't|dont|do not) (contact|text|message|call|email) me\b/,
  /\bdo not contact\b/,
  /\bleave me alone\b/,
  /\bno more (messages|texts)\b/,
  /\bparar\b/,
  /\bcancelar\b/,
  /\bno me (contacten|contactes|escriban|escribas|llamen)\b/,
  /\bdejen de (escribirme|contactarme|mandarme)\b/,
  /\bdejame en paz\b/,
];

/** "not interested in a condo" is a preference, not an opt-out. */
const NOT_INTERESTED =
  /\bnot interested\b(?! in (a |an |the )?(condo|condos|townhome|townhomes|townhouse|townhouses|pools?|hoa|hoas|fixers?|fixer uppers?|two stor(y|ies)|2 stor(y|ies)|apartments?|new builds?|new construction|that area|that one|those))/;
/** "no más"/"no mas" opts out, except "no más de 500 mil" (no more than). */
const NO_MAS = /\bno mas\b(?! (de|que|del|alla|grande|caro|cara|lejos)\b)/;

export type OptSignal = 'opt_out' | 'opt_in' | null;

/**
 * Classifies a lead message for the opt-out rule of DOMAIN.md section 1.3. Runs before anything else (and before
 * any model call); the service must also call it for human-owned conversations.
 */
export function classifyOptOut(text: string): OptSignal {
  const folded = fold(text);
  if (BARE_OPT_IN.test(folded)) return 'opt_in';
  if (BARE_OPT_OUT.test(folded)) return 'opt_out';
  if (OPT_OUT_PHRASES.some((pattern) => pattern.test(folded))) return 'opt_out';
  if (NOT_INTERESTED.test(folded) || NO_MAS.test(folded)) return 'opt_out';
  return null;
}

export function isOptOut(text: string): boolean {
  return classifyOptOut(text) === 'opt_out';
}

export function isOptIn(text: string): boolean {
  return classifyOptOut(text) === 'opt_in';
}

/** The fixed opt-out confirmation (sent as is, never rephrased). */
export function optOutReply(lang: Lang): string {
  return lang === 'es'
    ? 'Sin problema, escríbenos cuando estés listo'
    : "No problem at all, reach out whenever you're ready";
}
