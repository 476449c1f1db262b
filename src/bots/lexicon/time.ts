/**
 * Time words and non-answers, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents).
 */

/**
 * A non-answer: the lead does not know yet or defers ("not sure", "no sé", "idk yet", "depends"). Recorded as such
 * (the question is asked again in other words later), never stored as a value.
 */
export const NON_ANSWERS = [
  'not sure',
  'not too sure',
  'unsure',
  'idk',
  'i dont know',
  "i don't know",
  'dont know',
  "don't know",
  'dunno',
  'no idea',
  'not certain',
  'depends',
  'it depends',
  'hard to say',
  'tough to say',
  'who knows',
  "we'll see",
  'we will see',
  'no se',
  'no sabemos',
  'no lo se',
  'no estoy seguro',
  'no estoy segura',
  'no estamos seguros',
  'ni idea',
  'depende',
  'quien sabe',
  'ya veremos',
  'no tengo idea',
] as const;

/** Deferring the areas question to the agent or to later ("open to anything", "still learning the area"). */
export const AREA_NON_ANSWERS = [
  'open to anything',
  'open to suggestions',
  'open to ideas',
  'open to whatever',
  'still learning',
  'still getting to know',
  'new to the area',
  'new here',
  "we're new",
  'we are new',
  'you tell me',
  'whatever you recommend',
  'whatever you suggest',
  'cualquier zona',
  'cualquier lugar',
  'cualquier area',
  'cualquier parte',
  'tu dime',
  'usted digame',
  'lo que recomiendes',
  'lo que nos recomiendes',
  'somos nuevos',
  'no conocemos',
  'no conozco',
] as const;

/** A move that cannot wait, or is wanted soon, when a soon word follows ("need to move quick", "have to be out by the 31st", "tenemos que salir"). */
export const MUST_MOVE = [
  'need to move',
  'needs to move',
  'have to move',
  'has to move',
  'got to move',
  'gotta move',
  'must move',
  'need to be out',
  'have to be out',
  'got to be out',
  'gotta be out',
  'must be out',
  'need to get out',
  'have to get out',
  'tenemos que mudarnos',
  'tengo que mudarme',
  'necesitamos mudarnos',
  'necesito mudarme',
  'tenemos que salir',
  'tengo que salir',
  'tenemos que salirnos',
  'hay que salir',
  'ready to move',
  'want to move',
  'wanna move',
  'looking to move',
  'listos para mudarnos',
  'queremos mudarnos',
] as const;

/** How soon, after a must-move ("quick", "fast", "rápido"). */
export const SOON_WORDS = [
  'quick',
  'quickly',
  'fast',
  'asap',
  'rapido',
  'ya',
  'right away',
  'de inmediato',
] as const;

/** A home already sold or a lease ending: the move is now ("our house already sold", "ya vendimos"). */
export const ALREADY_SOLD = [
  'already sold',
  'house sold',
  'home sold',
  'place sold',
  'ya vendimos',
  'ya se vendio',
  'ya vendi',
] as const;
