/**
 * The words of a scheduling answer (src/bots/scheduling-parse.ts), English and Spanish, as plain lists (folded:
 * lower case, no accents): a call turned down, a yes or a no, parts of the day, slot picks, the times a lead cannot.
 */
import { WEEKDAYS_EN, WEEKDAYS_ES } from './time.js';

/** A call turned down: "no thanks", "rather text", "prefiero mensajes", "no quiero una llamada". */
// prettier-ignore
export const CALL_DECLINES: readonly string[] = [
  'no thanks', 'no thank you', 'not now', "don't want a call", 'dont want a call', 'no call', 'no calls', 'rather text',
  'prefer text', 'prefer to text', 'not interested in a call', 'no gracias', 'ahora no', 'prefiero texto',
  'prefiero mensajes', 'no quiero llamada', 'no quiero una llamada',
  // the call turned down by welcoming text: "prefiero que no, mejor por aquí", "text is fine", "let's keep it here"
  'prefiero que no', 'mejor no', 'mejor por aqui', 'mejor por mensaje', 'mejor por texto', 'mejor por text',
  'por aqui esta bien', 'por mensaje esta bien', 'text is fine', 'texting is fine', 'here is fine', 'keep it here',
  'keep it to text', 'keep it over text', 'just text me', 'text me instead', 'seguimos por aqui',
  'seguimos por mensaje', 'no hace falta la llamada', 'no hace falta llamar', 'no need to call', 'no need for a call',
];
/**
 * "rather not" turns the call down said alone or of the call ("i'd rather not", "rather not talk on the phone"), not of
 * something else ("is there an HOA? we'd rather not pay one"): phrases (src/bots/read/phrases.ts grammar).
 */
export const CALL_DECLINE_PHRASES: readonly string[] = [
  'rather|prefer not tbh|honestly|lol|thanks|thx|ty|really|_ $',
  'rather|prefer not ~2 talk|call|calls|phone|speak|chat|hop',
];
/** A yes said of the time offered: "that's perfect", "sounds great", "that would be fine", "me parece bien". */
export const TIME_YES_SAID: readonly string[] = [
  'that is',
  'thats',
  "that's",
  'that sounds',
  'sounds',
  'that would be',
]
  .flatMap((opening) =>
    ['perfect', 'great', 'good', 'fine', 'wonderful', 'fantastic', 'awesome', 'ideal'].map(
      (word) => `${opening} ${word}`,
    ),
  )
  .concat([
    'me parece bien',
    'me parece perfecto',
    'suena bien',
    'suena perfecto',
    'muy bien',
    'esta perfecto',
  ]);
/** A yes opening the answer to a time offered: "yes", "sounds good", "lock it in", "dale", "me funciona". */
// prettier-ignore
export const TIME_YES: readonly string[] = [
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'perfect', 'sounds good', 'that works', 'works', 'great', 'do it',
  'lock it in', 'please do', 'si', 'claro', 'perfecto', 'dale', 'esta bien', 'me funciona', 'k', 'kk', 'okk', 'okey',
  'oki', 'okis', 'sip', 'simon', 'va', 'sale', 'orale', 'bet', 'yes please', 'yess', 'sii', 'ta bien', 'confirmed',
  'yea', 'yah', 'pura vida', 'de una', 'arre', 'sipi', 'nos sirve', 'me sirve', 'ahi quedamos', 'quedamos', 'andale',
  'listo', 'vale', 'de acuerdo', 'sounds perfect', 'all good', 'deal', 'yessir', 'yes sir', 'yes maam', "yes ma'am",
  'yessum', "that'll work", 'thatll work', 'that will work', 'works for me', 'that works for me', 'for sure', 'absolutely',
  'definitely', 'of course', 'correct', 'right', 'affirmative', 'cool', 'alright', 'all right', 'por supuesto', 'correcto',
  'seguro', 'sale y vale', 'a huevo', 'va que va',
  // the Andean "ya" before a yes ("ya, perfecto", "ya listo"), never alone ("ya no", "ya tengo agente")
  ...['perfecto', 'listo', 'dale', 'ok', 'okey', 'bueno', 'si', 'claro', 'esta bien', 'confirmalo', 'confirma'].flatMap(
    (yes) => [`ya ${yes}`, `ya, ${yes}`],
  ),
  // thanks for the call the lead asked for: "Thank you dear!", "mil gracias"
  'thank you', 'thanks', 'thx', 'ty', 'gracias', 'mil gracias', 'muchas gracias',
];
/** A no opening the answer to a time offered: "no", "nah", "not really", "actually no". */
export const TIME_NO: readonly string[] = ['no', 'nope', 'nah', 'not really', 'actually no'];
/** A no opening a part of an answer, which takes off what it names: "not the first", "ni el jueves". */
// prettier-ignore
export const NOT_OPENINGS: readonly string[] = [
  'not', 'no', 'ni', 'nope', 'tampoco', 'neither', 'nor',
  // a slot not to be given: "don't put me on thursday", "dont book me for the morning"
  ...["don't", 'dont', 'do not', 'please dont', "please don't"].flatMap((dont) =>
    ['put me', 'put us', 'book me', 'book us', 'schedule me', 'schedule us', 'give me', 'do'].map((verb) => `${dont} ${verb}`),
  ),
  // a time the call must not be at: "don't call me before 9", "nothing before 9", "no me llamen antes de las 9"
  ...["don't", 'dont', 'do not', 'please dont', "please don't", 'just dont', "just don't"].flatMap((dont) =>
    ['call', 'call me', 'call us', 'ring me', 'phone me'].map((verb) => `${dont} ${verb}`),
  ),
  'nothing',
  ...['no me', 'no nos', 'nomas no me', 'nomas no nos'].flatMap((no) =>
    ['llamen', 'llames', 'llame', 'marquen', 'marques'].map((verb) => `${no} ${verb}`),
  ),
];

/** A part of the day. */
export type DayPart = 'morning' | 'afternoon' | 'evening';
/**
 * The parts of the day as a lead names them: `words` both as the time a lead would like and as what narrows the slots
 * offered ("mornings", "por la tarde"); `asked` only as the time a lead would like ("lunch", "mediodía", "noche");
 * `slot` only as what narrows the slots ("early", "am", "tonight", "after lunch").
 */
export const DAY_PARTS: readonly {
  part: DayPart;
  words: readonly string[];
  asked: readonly string[];
  slot: readonly string[];
}[] = [
  {
    part: 'morning',
    // (first: "before noon" is the morning, though it names noon)
    words: [
      'morning',
      'mornings',
      'mornin',
      'la manana',
      'las mananas',
      // ("no mañanas": the plural is never tomorrow)
      'mananas',
      'mananita',
      'temprano',
      'tempranito',
      'before noon',
      'before lunch',
      'antes del mediodia',
      'antes de mediodia',
      'antes de la comida',
      'antes de comer',
      'antes del almuerzo',
    ],
    asked: ['de manana'],
    slot: ['early', 'manana temprano', 'am'],
  },
  {
    part: 'afternoon',
    words: [
      'afternoon',
      'afternoons',
      'aftanoon',
      'por la tarde',
      'en la tarde',
      'las tardes',
      'por las tardes',
      'en las tardes',
      'la tardecita',
      'las tardecitas',
    ],
    asked: ['lunch', 'noon', 'midday', 'mediodia', 'esta tarde'],
    slot: [
      'after lunch',
      'despues de comer',
      'past lunch',
      'past noon',
      'despues del almuerzo',
      'despues de almorzar',
      'despues de la comida',
      'lunchtime',
      'lunch time',
      'lunch one',
      'noon one',
      'la del mediodia',
      'al mediodia',
      // "la de la tarde del viernes": the one of the afternoon
      'de la tarde',
    ],
  },
  {
    part: 'evening',
    words: [
      'evening',
      'evenings',
      'evenin',
      'night',
      'nights',
      'after work',
      'despues del trabajo',
      'saliendo del trabajo',
      'al salir del trabajo',
      'despues de trabajar',
      'por la noche',
      'en la noche',
      'las noches',
      'en las noches',
      'la nochecita',
      'las nochecitas',
    ],
    asked: ['noche', 'tonight', 'esta noche'],
    slot: ['tonight', 'la de la noche', 'de noche', 'la nocturna'],
  },
];
/** Any time of the day: "anytime", "whenever", "a cualquier hora". */
export const ANY_TIME_WORDS: readonly string[] = [
  'any time',
  'anytime',
  'whenever',
  'cualquier hora',
  'a cualquier hora',
];
/** Any day: "any day", "whenever", "cualquier día". */
export const ANY_DAY_WORDS: readonly string[] = ['any day', 'anyday', 'whenever', 'cualquier dia'];
/** Articles and prepositions said before a weekday ("el viernes", "on friday"). */
export const DAY_ARTICLES: readonly string[] = ['el', 'la', 'on', 'the', 'los'];
/** Words right before a weekday that leave it out ("cualquier día menos el viernes", "any day except friday"). */
// prettier-ignore
export const DAY_EXCLUDED_BEFORE: readonly string[] = [
  'menos', 'except', 'excepto', 'salvo', 'not', 'no', 'but',
];

/** Words right after a weekday that turn it down ("Thursday he has a doctor thing", "el jueves no puedo"). */
// prettier-ignore
export const DAY_REFUSED_AFTER: readonly string[] = [
  'he has', 'she has', 'i have', 'we have', 'i got', 'we got', "doesn't work", 'doesnt work', "won't work",
  'wont work', 'is bad', 'is out', 'no', 'not', 'tengo', 'tiene', 'tenemos', 'no puedo', 'no podemos', 'no puede',
  'no me queda', 'no nos queda', "i'm slammed", 'im slammed', "i'm busy", 'im busy', "we're busy", 'were busy',
  'is busy', 'is full', 'no good', "isn't good", 'isnt good', "i can't", 'i cant', 'estoy ocupado', 'estoy ocupada',
];
/** The weekdays together: "weekdays", "entre semana". */
export const WEEKDAYS_TOGETHER: readonly string[] = [
  'weekday',
  'weekdays',
  'week day',
  'week days',
  'entre semana',
  'dias de semana',
  // "the weeknight one"
  'weeknight',
  'weeknights',
];
/** The weekend: "weekends", "fin de semana". */
export const WEEKEND_WORDS: readonly string[] = ['weekend', 'weekends', 'fin de semana', 'fines de semana'];
/** The next of a weekday: "next tuesday", "el próximo martes". */
export const NEXT_WORDS: readonly string[] = ['next', 'proximo'];

/**
 * A week named as a whole, and the days it takes from today (`from`, `to`, counted from the week's Monday when `week` is
 * 1): "the one next week", "el de la semana que entra", "a week from tomorrow" (the days are read against the offered
 * slots, `scheduling-parse.ts` weeksAsDates).
 */
// prettier-ignore
export const WEEKS_NAMED: readonly { words: string; week?: 0 | 1; ahead?: number }[] = [
  { words: 'next week', week: 1 }, { words: 'next wk', week: 1 }, { words: 'la semana que entra', week: 1 },
  { words: 'la semana que viene', week: 1 }, { words: 'la proxima semana', week: 1 },
  { words: 'la otra semana', week: 1 }, { words: 'la siguiente semana', week: 1 },
  { words: 'this week', week: 0 }, { words: 'esta semana', week: 0 },
  { words: 'a week from tomorrow', ahead: 8 }, { words: 'a week from today', ahead: 7 },
  { words: 'de manana en ocho', ahead: 8 }, { words: 'de hoy en ocho', ahead: 7 },
];
/** The slot left over after the ones the lead rules out: "thursday and friday I work ... so whatever's left". */
// prettier-ignore
export const LEFT_OVER_WORDS: readonly string[] = [
  'whatevers left', 'whatever is left', 'whichever is left', 'whichevers left', 'whats left', 'the one thats left',
  'the one left', 'lo que quede', 'el que quede', 'la que quede', 'el que sobre', 'el que queda', 'el que me queda',
];
/** Today: "today", "hoy". */
export const TODAY_WORDS: readonly string[] = ['today', 'hoy'];
/** Tonight: "tonight", "esta noche". */
export const TONIGHT_WORDS: readonly string[] = ['tonight', 'esta noche'];
/** This afternoon: "esta tarde". */
export const THIS_AFTERNOON_WORDS: readonly string[] = ['esta tarde'];
/** A part of today: "this evening", "this morning", "esta mañana" (the day is today). */
export const THIS_PART_OF_TODAY: readonly string[] = [
  'this morning',
  'this afternoon',
  'this evening',
  'esta manana',
];
/** Tomorrow, as typed: "tmrw", "tommorow". */
// prettier-ignore
export const TOMORROW_SPELLINGS: readonly string[] = [
  'tomorrow', 'tmrw', 'tmr', 'tomorow', 'tommorow', 'tommorrow',
];
/** The day after tomorrow: "the day after tomorrow", "pasado mañana". */
export const DAY_AFTER_TOMORROW: readonly string[] = [
  'the day after tomorrow',
  'day after tomorrow',
  'pasado manana',
];
/** Words before "mañana" that make it the morning, not tomorrow: "por la mañana", "esta mañana", "cada mañana". */
// prettier-ignore
export const MORNING_OF: readonly string[] = [
  'la', 'de', 'por la', 'en la', 'de la', 'esta', 'cada', 'toda la',
];

/** Words before a clock hour: "at 4", "around 5", "a las 6", "tipo 3", "como a las 4". */
export const CLOCK_AT: readonly string[] = [
  'at',
  'around',
  'a las',
  'tipo',
  'como a las',
  'make it',
  'mejor a las',
  'after',
  'before',
  'despues de las',
  'antes de las',
];
/** Words before a clock hour said as a word: "at four", "a las cinco", "a la una", "tipo a las tres". */
export const HOUR_WORD_AT: readonly string[] = [
  'at',
  'around',
  'a las',
  'a la',
  'tipo a las',
  'como a las',
  'after',
  'despues de las',
];

/** The first, second and third of the slots offered, as ordinals ("1st", "la primera", "segundo"). */
// prettier-ignore
export const SLOT_ORDINALS: readonly (readonly string[])[] = [
  ['first', '1st', 'primer', 'primero', 'primera', 'la primera', 'el primero', 'earliest', 'soonest',
    'the early one', 'la mas temprano', 'la mas temprana', 'la de mas temprano', 'la mas pronto', 'el mas temprano'],
  ['second', '2nd', 'segundo', 'segunda'],
  ['third', '3rd', 'tercer', 'tercero', 'tercera'],
];
/** The last of the slots offered: "the last one", "la última". */
// prettier-ignore
export const SLOT_LAST: readonly string[] = [
  'last', 'final', 'ultimo', 'ultima', 'latest one', 'the late one', 'la mas tarde',
  'la de mas tarde', 'el mas tarde', 'la mas tardecita',
];
/** The middle one of the slots offered: "the middle one", "la de en medio". */
export const SLOT_MIDDLE: readonly string[] = [
  'middle',
  'en medio',
  'de en medio',
  'del medio',
  'de enmedio',
];
/** The first, second and third of the slots offered, as numbers ("two", "uno"). */
export const SLOT_NUMBERS: readonly (readonly string[])[] = [
  ['one', 'uno'],
  ['two', 'dos'],
  ['three', 'tres'],
];
/** Words before a slot's number: "option 2", "número uno", "#3". */
export const OPTION_WORDS: readonly string[] = ['option', 'number', 'numero', 'opcion', '#'];
/** The first two of the slots offered: "the first two", "los primeros dos", "las 2 primeras". */
export const FIRST_TWO: readonly string[] = [
  'first two',
  'first 2',
  ...['primeros', 'primeras'].flatMap((first) =>
    ['dos', '2'].flatMap((two) => [`${first} ${two}`, `2 ${first} ${two}`, `${two} ${first}`]),
  ),
];
/** The last two of the slots offered: "the last 2", "las últimas dos", "los dos últimos". */
export const LAST_TWO: readonly string[] = [
  'last two',
  'last 2',
  ...['ultimos', 'ultimas'].flatMap((last) =>
    ['dos', '2'].flatMap((two) => [`${last} ${two}`, `${two} ${last}`]),
  ),
];
/** Every slot (before "but" or "menos"): "any but the first", "cualquiera menos el jueves", "todos menos". */
// prettier-ignore
export const EVERY_SLOT: readonly string[] = [
  'any', 'anything', 'anytime', 'any one', 'any of them', 'whichever', 'all', 'cualquiera', 'cualquier dia', 'todos',
  'todas',
];
/** What takes a slot off all of them: "any but ...", "cualquiera menos ...". */
export const BUT_WORDS: readonly string[] = ['but', 'menos'];
/** What takes a slot off: "all except thursday", "salvo el sábado", "but not the first". */
export const EXCEPT_WORDS: readonly string[] = [
  'but not',
  'except',
  'except for',
  'other than',
  'excepto',
  'salvo',
];
/**
 * Spanglish: "any pero monday" is "any but monday" (Spanish "cualquiera, pero en la tarde" prefers the afternoon, and
 * "anything pero i prefer the thursday one" picks one).
 */
export const EVERY_SLOT_EN: readonly string[] = ['any', 'anything', 'anytime', 'any one', 'whichever', 'all'];
export const PERO_PICKS: readonly string[] = [
  'i',
  'we',
  'yo',
  'me',
  'mejor',
  'prefer',
  'prefiero',
  'preferimos',
  'if',
  'si',
];
/** None of the slots: "none", "ninguna", "nothing works". */
// prettier-ignore
export const NONE_WORKS: readonly string[] = [
  'none', 'neither', 'ninguno', 'ninguna', 'no one works', 'no time works', 'nothing works',
];

/**
 * What corrects what came before it in an answer ("3 works but 2 would be better", "the first one. actually no the
 * 3rd", "mejor el jueves", "o sea el martes"); "wait" is one too, unless it is "can't wait".
 */
// prettier-ignore
export const CORRECTION_WORDS: readonly string[] = [
  'but', 'pero', 'instead', 'actually', 'mejor', 'i mean', 'scratch that', 'on second thought', 'change it to',
  'change that to', 'make it', 'make that', 'perdon', 'digo', 'o sea',
];
/** Where a conclusion starts after its reason ("..., so friday morning", "..., así que el viernes"). */
export const CONCLUSION_WORDS: readonly string[] = ['so', 'asi que', 'entonces', 'por eso', 'which means'];
/** A no that takes back the pick before it, right after a correction ("actually no, the 3rd"). */
export const NO_AGAIN: readonly string[] = ['no', 'nope', 'nah', 'no no'];
/** How a pick starts (a word's start), after a "no" that takes back the one before: "the 3rd", "lets do", "viernes". */
// prettier-ignore
export const PICK_OPENINGS: readonly string[] = [
  'the', 'la', 'el', 'lo', "let's", 'lets', 'do', 'make', 'first', 'second', 'third', 'last', 'middle', 'primer',
  'segund', 'tercer', 'ultim', 'mejor', ...WEEKDAYS_EN.map((day) => day.slice(0, 3)), ...WEEKDAYS_ES, 'morning',
  'afternoon', 'evening', 'tomorrow',
];
/** A part named and taken off after it: "el miércoles no", "el viernes tampoco", "thursday's out". */
// prettier-ignore
export const TAKEN_OFF_WORDS: readonly string[] = [
  'no', 'not', 'nope', 'tampoco', 'either', 'neither', 'is out', "'s out", 'are out',
];
/** The start of a fallback pick: "if not friday", "si no el viernes", "otherwise the 3rd". */
export const FALLBACK_WORDS: readonly string[] = [
  'if not',
  'if no',
  'si no',
  'otherwise',
  'or else',
  'de lo contrario',
];
/** Where an answer turns to a reason ("since", "porque", "así que"); "if" is one too, unless "if not". */
// prettier-ignore
export const REASON_WORDS: readonly string[] = [
  'so', 'since', 'because', 'bc', 'cuz', 'coz', 'porque', 'asi que', 'ya que', 'pues',
];

/**
 * A time the lead cannot: "im at work", "busy", "won't work", "is tough", "out of town", "no puedo", "estoy ocupada",
 * "no nos queda", "se me complica". (`UNAVAILABLE` in src/bots/scheduling-parse.ts adds the phrases read in context.)
 */
export const BUSY_WORDS: readonly string[] = [
  "i'm at work",
  'im at work',
  "we're at work",
  'were at work',
  'at work',
  "i'm working",
  'im working',
  'busy',
  // a day taken by something else ("soccer eats up all of saturday", "el sábado ya está ocupado")
  'eats up',
  'eat up',
  'takes up',
  'tied up',
  'booked',
  'slammed',
  'swamped',
  'stuck',
  'standby',
  'on call',
  'guardia',
  'packed',
  'no go',
  'no-go',
  'apartado',
  'apartada',
  'comprometido',
  'comprometida',
  'ocupado',
  'ocupada',
  'ocupados',
  'ocupadas',
  ...["can't", 'cant'].flatMap((cant) => ['till', 'til', 'until'].map((until) => `${cant} wait ${until}`)),
  "won't work",
  'wont work',
  "doesn't work",
  'doesnt work',
  "don't work",
  'dont work',
  ...['is', 'are'].flatMap((is) =>
    [
      'tough',
      'hard',
      'bad',
      'difficult',
      'rough',
      'impossible',
      'terrible',
      'a no',
      'out of the question',
    ].map((hard) => `${is} ${hard}`),
  ),
  // "mornings are impossible for me", "las mañanas son imposibles", "las mañanas no se pueden"
  ...['es', 'son', 'esta', 'estan'].flatMap((is) =>
    ['imposible', 'imposibles', 'dificil', 'dificiles', 'complicado', 'complicadas', 'complicados'].map(
      (hard) => `${is} ${hard}`,
    ),
  ),
  'no se puede',
  'no se pueden',
  // "wednesday is no good", "thursday's not good for me", "el miércoles no me sirve"
  'no good',
  'not good',
  'not great',
  'no bueno',
  'no me sirve',
  'no nos sirve',
  'no me queda',
  'no me late',
  'out of town',
  'away',
  'no puedo',
  'no podemos',
  'trabajamos',
  'estoy trabajando',
  'estoy ocupado',
  'estoy ocupada',
  'estamos ocupados',
  'estamos ocupadas',
  ...['me', 'nos'].flatMap((us) => ['queda', 'funciona', 'sirve'].map((works) => `no ${us} ${works}`)),
  'se me complica',
  'se nos complica',
  'fuera de la ciudad',
  // a day kept for something else ("weekends are for my kids", "los domingos son para la familia", "family day")
  ...['is for', 'are for', 'es para', 'son para'].flatMap((kept) =>
    ['my', 'our', 'the', 'mi', 'mis', 'la', 'el', 'los', 'nuestra', 'nuestros'].map(
      (whose) => `${kept} ${whose}`,
    ),
  ),
  'family time',
  'family day',
  'date night',
  'dia familiar',
  'dia de familia',
];
/**
 * A shift of the lead's own, said with its day: "tuesday i open at the coffee shop", "el lunes me toca cerrar" (not
 * after an after-word: "tonight after i close up the shop" is when the lead is free).
 */
// prettier-ignore
export const OWN_SHIFTS: readonly string[] = [
  'i open', 'i close', 'im opening', 'im closing', 'me toca abrir', 'me toca cerrar', 'abro la', 'cierro la',
];
/** "can't", unless "can't wait": also what makes "wait" no correction ("can't wait to see it"). */
export const CANT_WORDS: readonly string[] = ["can't", 'cant', 'cannot'];
/** The lead working, unless from home: "i work", "we both work", "we all work". */
export const WE_WORK: readonly string[] = ['i', 'we'].flatMap((we) =>
  ['', ' both', ' all'].map((both) => `${we}${both} work`),
);
/** Words before "trabajo" that make it a place or a thing, not the lead at work: "salgo del trabajo", "mi trabajo". */
export const TRABAJO_AS_A_PLACE: readonly string[] = ['del', 'al', 'de', 'mi', 'el', 'su'];
/** The lead having something at a time: "i have", "we got", "tengo", "tenemos" (then an appointment word). */
export const HAVING_WORDS: readonly string[] = [
  ...['i', 'we'].flatMap((we) => ['have', 'got', 'has'].map((have) => `${we} ${have}`)),
  'tengo',
  'tenemos',
];
/** Before an appointment word: "a", "my", "una", "la". */
export const APPOINTMENT_DETERMINERS: readonly string[] = [
  'a',
  'an',
  'my',
  'our',
  'the',
  'una',
  'un',
  'mi',
  'la',
  'el',
];

/** Where an answer turns from one part of the day to another: "mañanita no, mejor en la noche", "... but evenings". */
export const PART_TURN_WORDS: readonly string[] = [
  'but',
  'pero',
  'mejor',
  'instead',
  'better',
  'rather',
  'sino',
];
/** A part of the day ruled out in its own words: "las mañanas no puedo", "mornings are bad", "not mornings". */
// prettier-ignore
export const PART_RULED_OUT_WORDS: readonly string[] = [
  'no', 'not', 'nope', 'tampoco', 'never', 'nunca', 'bad', 'terrible', 'impossible', 'imposible', 'dont work',
  "don't work", 'doesnt work', "doesn't work",
];

/** Greetings that name a part of the day ("good morning", "buenas tardes"): no time for a call. */
// prettier-ignore
export const GREETINGS_WITH_PARTS: readonly string[] = [
  'good morning', 'good afternoon', 'good evening', 'morning all', 'buenos dias', 'buen dia', 'buenas tardes',
  'buenas noches',
];

/**
 * The lead's own day said beside a pick, not a pick: "the evening one, I'm hauling till 4", "the last one, after I wake
 * up", "el de la tarde, cuando salga del jale". A segment with a word of `UNTIL_WORDS`, or of `AFTER_WORDS` followed by
 * one of `OWN_DAY_SUBJECTS`, is never read as a pick, before or after one.
 */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['till', 'til', 'until', 'untill', 'hasta']);
/** The lead's own schedule said in the first person: "salgo del hotel a las 8", "cierro la cocina a las 6". */
export const OWN_SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'salgo',
  'entro',
  'cierro',
  'abro',
  'llego',
  'termino',
  'trabajo',
  'descanso',
  'clock',
  'clocking',
  // the lead's own sleep and shifts: "friday morning pls, i sleep at noon after baking all night"
  'sleep',
  'sleeping',
  'nap',
  'duermo',
  'dormimos',
  'duerme',
  'bake',
  'baking',
  'shift',
]);
export const AFTER_WORDS: ReadonlySet<string> = new Set([
  'after',
  'when',
  'once',
  'cuando',
  'despues',
  'luego',
]);
export const OWN_DAY_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  'im',
  'we',
  "we're",
  'were',
  'my',
  'de',
  'que',
  'salga',
  'salgo',
  'salgamos',
  'llegue',
  'llego',
  'termine',
  'termino',
  'get',
  'finish',
]);

/** Words that lead into the lead's own day: "before my shift", "after i clock out", "que salgo", "when we get off". */
export const OWN_DAY_LEAD_INS: ReadonlySet<string> = new Set([
  ...OWN_DAY_SUBJECTS,
  ...AFTER_WORDS,
  'before',
  'antes',
  'our',
  'mi',
  'yo',
  'del',
  'and',
  'y',
  'then',
]);
/** A day told as a habit ("every morning", "most days", "todas las tardes"): the lead's own, never a pick. */
export const HABIT_WORDS: ReadonlySet<string> = new Set([
  'every',
  'most',
  'usually',
  'normally',
  'daily',
  'cada',
  'todos',
  'todas',
  'siempre',
  'diario',
]);

/** The verb of getting off work ("i get off at 6", "he gets off at 5"): the lead's own day. */
export const GETTING_OFF: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'got']);

/** Words that make a habit a wish ("every morning works", "todas las tardes estoy libre"): no busy hours. */
export const HABIT_WISHES: ReadonlySet<string> = new Set([
  'works',
  'good',
  'fine',
  'free',
  'open',
  'available',
  'best',
  'better',
  'libre',
  'libres',
  'puedo',
  'podemos',
  'sirve',
  'queda',
  'disponible',
]);

/**
 * How the lead wants to be reached, said after a pick ("the 2nd one. just don't text me before 9 on weekdays", "la
 * segunda, nomás no me llamen antes de las 9"): an aside about contact, no pick and no slot turned down.
 */
// prettier-ignore
export const CONTACT_ASIDES: readonly string[] = [
  'text me', 'txt me', 'call me', 'message me', 'email me', 'texting me', 'calling me', 'ring me', 'me llamen',
  'me llames', 'me llame', 'me escriban', 'me escribas', 'me escriba', 'me marquen', 'me marques', 'me textean',
  'me manden mensajes', 'me mandes mensajes',
];

/** What opens an aside after a pick, no pick of its own ("la primera, y por cierto we need a garage for 2 cars"). */
// prettier-ignore
export const ASIDE_OPENINGS: readonly string[] = [
  'por cierto', 'btw', 'by the way', 'also', 'tambien', 'ademas', 'aparte', 'fyi', 'another thing', 'otra cosa',
];

/**
 * A bound on the clock said before an hour ("after 4", "después de las 4", "before noon", "antes de las 10"). Not "until"
 * or "from": they tell the lead's own day as often as a wish ("on the road every morning til 1", "youth group every
 * evening from 6": a held-out set of session 63 read "til 1" as a pick and booked a wrong slot).
 */
export const CLOCK_BOUND_FROM: readonly string[] = ['after', 'past', 'despues', 'pasadas'];
export const CLOCK_BOUND_UNTIL: readonly string[] = ['before', 'antes'];
/**
 * Words that deny an "until" a few words after them ("can't until 6", "no puedo hasta las 6", "not free til 5"): the
 * lead is free from that hour on, a bound like "after 6".
 */
// prettier-ignore
export const CLOCK_UNTIL_DENIED_BY: readonly string[] = [
  'not', 'no', 'cant', "can't", 'cannot', 'dont', "don't", 'wont', "won't", 'isnt', "isn't", 'nunca', 'busy',
  'ocupado', 'ocupada', 'ocupados',
];
/** A part of the day said right after a bound's hour, as its am or pm ("después de las 6 de la tarde"). */
export const CLOCK_PART_MARKERS: readonly { words: string; marker: 'am' | 'pm' }[] = [
  { words: 'de la tarde', marker: 'pm' },
  { words: 'de la noche', marker: 'pm' },
  { words: 'in the evening', marker: 'pm' },
  { words: 'in the afternoon', marker: 'pm' },
  { words: 'at night', marker: 'pm' },
  { words: 'de la manana', marker: 'am' },
  { words: 'in the morning', marker: 'am' },
];
/** Words between such a bound and its hour ("después de las 4", "after like 4"). */
export const CLOCK_BOUND_FILLERS: readonly string[] = [
  'de',
  'las',
  'la',
  'like',
  'around',
  'about',
  'eso',
  'como',
];

/**
 * A part of a day the answer named before it ("thursday i cant, i have a gig that night", "el jueves no, tengo un
 * evento esa noche"): it tells about that day, and is neither a pick nor a part taken off every day.
 */
// prettier-ignore
export const THAT_DAYS_PARTS: readonly string[] = [
  'that night', 'that evening', 'that morning', 'that afternoon', 'that day', 'the same day', 'same night',
  'esa noche', 'esa tarde', 'esa manana', 'ese dia', 'ese mismo dia', 'esa misma noche',
];

/** Words that place a time relative to an hour ("after that", "antes de eso"). */
export const RELATIVE_TO_AN_HOUR: readonly string[] = ['after', 'before', 'despues', 'antes', 'past'];
/** Words that stand for an hour said before them ("after that", "despues de eso"). */
export const THAT_HOUR_WORDS: readonly string[] = ['that', 'then', 'eso', 'esa'];
/** Words that put an hour right after them ("at 5", "a las 5", "til 6", "hasta las 7"). */
export const AT_AN_HOUR_WORDS: readonly string[] = ['at', 'las', 'til', 'till', 'until', 'hasta', 'by'];

/** Words after an hour that make it half past ("6 y media", "6 and a half", "6 thirty"), or a quarter past. */
export const HALF_HOUR_AFTER: readonly string[] = ['y media', 'and a half', 'thirty', 'treinta'];
export const QUARTER_HOUR_AFTER: readonly string[] = ['y cuarto', 'fifteen', 'quince'];
/**
 * Things counted while a slot is picked: rooms ("btw cambiamos de idea, 3 recámaras está bien"), people, pets and cars
 * ("i have 2 kids at home so idk yet"): no slot's number.
 */
// prettier-ignore
export const COUNTS_NOT_SLOTS: readonly string[] = [
  'bed', 'beds', 'bedroom', 'bedrooms', 'br', 'bd', 'bdr', 'bath', 'baths', 'bathroom', 'bathrooms', 'ba', 'recamara',
  'recamaras', 'cuarto', 'cuartos', 'habitacion', 'habitaciones', 'alcoba', 'alcobas', 'dormitorio', 'dormitorios',
  'bano', 'banos',
  'kid', 'kids', 'kiddos', 'children', 'boys', 'girls', 'grandkids', 'babies', 'hijos', 'hijas', 'ninos', 'ninas',
  'nietos', 'chamacos', 'morros', 'people', 'adults', 'personas', 'adultos', 'dogs', 'cats', 'perros', 'gatos', 'cars',
  'carros', 'jobs', 'trabajos', 'shifts', 'turnos',
];

/**
 * What opens a choice the lead has not made, to the end of its clause ("no sé si en la mañana o en la tarde", "not
 * sure if thursday or friday"): no pick (phrase rules).
 */
// prettier-ignore
/**
 * The answer put off, to come later: "let me check with my manager and get back to you", "¿le aviso mañana?", "ahorita
 * no le puedo decir". No slot is picked then, whatever else the message names ("the 1:15 is during my shift...").
 */
export const ANSWER_PUT_OFF: readonly (string | { words: string; notFollowedBy: string })[] = [
  'get|getting back to you|u|ya',
  { words: 'ill|i+will|we+will|well let you|u know', notFollowedBy: 'if|si|when|cuando' },
  'let me|lemme|let+me check with',
  'have+to|need+to|gotta|tengo+que|tenemos+que check|ask|preguntar|checar|confirmar with|con|a',
  'le|te|les aviso|avisamos|confirmo|confirmamos manana|luego|despues|mas+tarde|_ $',
  'no le|te|les puedo|podemos decir|confirmar',
];
export const UNDECIDED_OPENINGS: readonly string[] = [
  'not|unsure sure|_ if|whether|which',
  'idk|dunno if|whether|which',
  'dont|do+not|didnt know|knw|kno if|whether|which',
  'no se|sabemos|sabe|sabria si|cual',
  'no estoy|estamos|toy seguro|segura|seguros|seguras si|de|cual',
  'still deciding|figuring|viendo if|whether|between|si|entre',
];
