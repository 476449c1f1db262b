import { KIN } from './seller.js';

/**
 * People whose facts are not the lead's household's: relatives outside it, friends, neighbours, coworkers. A spouse,
 * a partner and the lead's children are the household ("my wife wants a pool", "my kids need their own rooms").
 */
// prettier-ignore
export const THIRD_PARTIES: readonly string[] = [
  ...KIN,
  'friend', 'friends', 'buddy', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'coworker', 'coworkers',
  'co-worker', 'roommate', 'cunado', 'cunada', 'cunados', 'compadre', 'comadre', 'vecino', 'vecina', 'vecinos',
  'amigo', 'amiga', 'amigos', 'amigas', 'companero', 'companera', 'in-laws', 'inlaws', 'laws',
];

/** Whose: "my sister", "our neighbors", "mi suegra", "la vecina". */
// prettier-ignore
export const OWNERS: readonly string[] = [
  'my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'the', 'la', 'el', 'los', 'las',
];

/** Words that may stand between the owner and the person: "my older sister", "mi hermana mayor". */
// prettier-ignore
export const PERSON_ADJECTIVES: readonly string[] = [
  'older', 'younger', 'little', 'big', 'best', 'oldest', 'youngest', 'other', 'mayor', 'menor', 'chica', 'grande',
];

/** What opens a clause before its subject: "and", "but", "also", "pero", "y". */
// prettier-ignore
export const CLAUSE_OPENERS: readonly string[] = [
  'and', 'but', 'also', 'so', 'plus', 'btw', 'oh', 'well', 'y', 'pero', 'tambien', 'pues', 'bueno', 'because', 'bc',
  'cuz', 'porque',
];

/** Words that turn from someone else to the lead: "my friend is pre-approved but we aren't", "... lol we aren't yet". */
// prettier-ignore
export const TURNING_WORDS: readonly string[] = [
  'but', 'pero', 'lol', 'jaja', 'haha', 'tho', 'though', 'while', 'mientras', 'whereas',
];
