/**
 * Size words, English, Spanish and Spanglish, as plain lists (folded: lower case, no accents).
 */

/**
 * A conclusion: the count said after it is the answer, whatever counts were added up before ("3 rooms for the kids
 * plus an office so 4", "2 para los niños y una para nosotros, entonces 3").
 */
export const CONCLUSION_WORDS = [
  'so',
  'so like',
  'so about',
  'so we need',
  'which means',
  'meaning',
  "that's",
  'thats',
  'in total',
  'total',
  'entonces',
  'o sea',
  'asi que',
  'en total',
  'total son',
  'serian',
  'son',
] as const;

/** A count said as the least the buyer takes ("at least 3", "por lo menos 3", "3 minimum", "3 o más"). */
export const AT_LEAST_BEFORE = [
  'at least',
  'minimum',
  'min',
  'no less than',
  'al menos',
  'por lo menos',
  'minimo',
  'como minimo',
] as const;
export const AT_LEAST_AFTER = [
  'or more',
  'minimum',
  'min',
  'at least',
  'o mas',
  'minimo',
  'como minimo',
] as const;
