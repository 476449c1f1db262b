import { CO_DECIDERS, REPORT_VERBS } from '../lexicon/people.js';
import {
  APOLOGIES,
  APOLOGY_ALONE,
  APOLOGY_FOR,
  FIGURE_PUT_DOWN,
  HANDING_OVER_WORDS,
  LAUGH_WORDS,
  MID_CLAUSE_TAKE_BACKS,
  SELF_CORRECTING_WORDS,
  NO_MORE_AFTER,
  TAKE_BACK_LEAD_INS,
} from '../lexicon/optout.js';
import { fold } from '../text.js';
import { locate, everyHit } from './phrase-offsets.js';
import { oneOf, phraseBook } from './phrases.js';

const LEAD_INS = `${oneOf(TAKE_BACK_LEAD_INS)}|_`;
/** A clause that opens by taking back what the message said before it: "..., bueno no, ...", "..., wait no, ...". */
const TAKING_BACK = phraseBook([
  { cue: 'back' as const, words: `^ ${LEAD_INS} ${oneOf(SELF_CORRECTING_WORDS)}`, always: true },
  {
    cue: 'back' as const,
    words: `^ ${LEAD_INS} ${oneOf(APOLOGIES)}`,
    notFollowedBy: oneOf(APOLOGY_FOR),
    always: true,
  },
  // "lo del presupuesto: ponle 530", "queríamos 600 pero quedamos en 585": a figure put down after anything said
  { cue: 'within' as const, words: oneOf(FIGURE_PUT_DOWN), always: true },
  // "le dije 600 pero lo pensé y mejor hasta 550": inside the first clause too, after what it takes back
  { cue: 'within' as const, words: oneOf(MID_CLAUSE_TAKE_BACKS), always: true },
  // "we were thinking like 550 pero my husband says no más de 520, so 520": a figure concluded as a clause of its own
  {
    cue: 'back' as const,
    words: '^ so|entonces|then|asi+que',
    followedBy: 'like|about|around|como|unos|_ # k|mil|_ max|tops|_ $',
    always: true,
  },
  // "500... actually my husband just said 525 is fine": a pause, then the household's figure ("mi hijo que vive con
  // nosotros dice que mejor 740")
  {
    cue: 'back' as const,
    words: `^ ${LEAD_INS} ${oneOf(HANDING_OVER_WORDS)} ~2 ${oneOf(CO_DECIDERS)} ~4 ${oneOf(REPORT_VERBS)}`,
    always: true,
  },
  // ...the verb first: "un momento, que dice mi marido que mejor 550"
  {
    cue: 'back' as const,
    words: `^ ${LEAD_INS} ${oneOf(HANDING_OVER_WORDS)} ~2 ${oneOf(REPORT_VERBS)} ~2 ${oneOf(CO_DECIDERS)}`,
    always: true,
  },
]);

const LEADING_MARKS = /^[\s,.;:!-]+/;
const LAUGHS: ReadonlySet<string> = new Set(LAUGH_WORDS);

/**
 * The lead's last word when a message takes back, after its first clause, what it said before ("está lista pa
 * entrar... bueno no, la verdad le falta cambiar el techo", "like 700, wait no, make it 750"): the folded text after
 * the last clause that opens so, read first by the slot readers (extract/index.ts) so that the value it holds replaces
 * the one said before it. Undefined when the message says no such thing after its start.
 */
export function lastWord(text: string): string | undefined {
  const folded = fold(text);
  const located = locate(folded);
  const hits = everyHit(TAKING_BACK, located.tokens).filter(
    (hit) => located.tokens[hit.start]!.clause > 0 || (hit.cue === 'within' && hit.start > 0),
  );
  // "sorry, four: i'd forgotten ...": a colon after the figure ends its clause like a comma (not "4:30").
  const after = (hit: (typeof hits)[number]) =>
    folded
      .slice(located.end[hit.end - 1])
      .replace(LEADING_MARKS, '')
      .replaceAll(': ', ', ');
  // (a take-back closing the message says why the one before it was made: "wait no sorry its 6381, fat fingers",
  // "es 4760 no 4706, fat fingers jaja")
  // (nor does an apology alone: "wait no, es 5863, sorry my bad")
  const saysNothing = (tail: string) =>
    APOLOGY_ALONE.reduce(
      (rest, words) => ` ${rest} `.replaceAll(` ${words} `, ' '),
      tail.replace(/[,.!]/g, ' '),
    )
      .split(' ')
      .every((word) => word === '' || LAUGHS.has(word));
  let last = hits.pop();
  while (last && hits.length > 0 && saysNothing(after(last))) last = hits.pop();
  if (!last) return undefined;
  const tail = after(last);
  // ("hasta 600, bueno no más de 560": the "no" of the take-back is also the "no" of "no más de")
  const saysNoMore =
    located.tokens[last.end - 1]?.word === 'no' &&
    NO_MORE_AFTER.some((words) => tail.startsWith(`${words} `));
  if (saysNoMore) return `no ${tail}`;
  return tail.length > 0 ? tail : undefined;
}
