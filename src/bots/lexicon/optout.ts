/**
 * Opt-out words (`optout.ts`), English and Spanish side by side, folded (lower case, no accents, no apostrophes).
 */

/** Words a lead opens a correction with, meaning "wait": "stop, i typed 500 meant 600", "para, puse 3 y son 4". */
export const HOLD_WORDS: readonly string[] = ['stop', 'stopp', 'para', 'alto', 'wait', 'espera'];

/** Saying what was written, or what was meant: the verbs of a correction. */
// prettier-ignore
export const CORRECTION_VERBS: readonly string[] = [
  'typed', 'type', 'wrote', 'write', 'put', 'entered', 'meant', 'mean', 'typo', 'misspoke', 'puse', 'escribi',
  'quise', 'queria', 'era', 'eran', 'son',
];

/** Our channel: a correction about the messages themselves is no correction ("stop, i typed 3 messages"). */
// prettier-ignore
export const CONTACT_NOUNS: readonly string[] = [
  'text', 'texts', 'texting', 'message', 'messages', 'messaging', 'msg', 'msgs', 'call', 'calls', 'calling',
  'email', 'emails', 'mensaje', 'mensajes', 'textos', 'llamadas', 'correos', 'times', 'veces',
];

/** Number words, for a correction spelt out ("i put two meant three"). */
// prettier-ignore
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'uno', 'dos', 'tres', 'cuatro',
  'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
];

/**
 * Words that take back a value just said, in the same message ("450.. actually no make it 500", "500 meant 600",
 * "2 recámaras, bueno no, mejor 3"): read by `text.ts` TAKE_BACK between two values.
 */
// prettier-ignore
export const TAKE_BACK_WORDS: readonly string[] = [
  'actually', 'wait', 'no wait', 'i mean', 'i meant', 'meant', 'scratch that', 'oops', 'sorry', 'nvm',
  'never mind', 'perdon', 'perdona', 'digo', 'bueno no', 'no mejor', 'mejor', 'or actually', 'o mejor', 'espera',
  'esperate', 'esperame', 'aguanta', 'corrijo', 'me equivoque', 'quise decir',
];

/**
 * Our channel as a Spanish or Spanglish lead names it in a want-not ("no más msjs", "ya no quiero los texts", "no
 * quiero más llamadas"): abbreviations and English loanwords included, one list for every Spanish rule.
 */
// prettier-ignore
export const CHANNEL_NOUNS_ES: readonly string[] = [
  'mensajes', 'mensajitos', 'msjs', 'msj', 'mjs', 'mensajes de texto', 'textos', 'texts', 'txts', 'sms', 'llamadas',
  'correos', 'emails', 'whatsapps',
];

/** What a Spanish or Spanglish lead closes a request with ("x favor", "porfa", "gracias"). */
// prettier-ignore
export const CLOSING_WORDS_ES: readonly string[] = [
  'gracias', 'por favor', 'x favor', 'porfavor', 'porfa', 'plis', 'pls', 'please', 'ya', 'de ustedes', 'de nadie',
  'nunca mas', 'bye',
];
