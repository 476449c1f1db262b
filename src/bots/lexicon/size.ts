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
