import type { Phrase } from '../read/phrases.js';

/** How sure an answer sounds (`quality.ts`, DOMAIN.md section 3), in the grammar of `read/phrases.ts`. */
export type QualityCue = 'hedge' | 'definite' | 'fact' | 'greeting' | 'filler';

/** A hedge: "maybe", "not sure", "idk", "we'll see", "no sé", "a lo mejor". */
// prettier-ignore
const HEDGE: readonly string[] = [
  'maybe|unsure|idk|dunno|depends|possibly|perhaps|kinda|meh|hmm*|quizas|depende', 'not sure|certain',
  'i dont know', 'well see', 'we will see', 'who knows', 'hard to say', 'i guess', 'sort of', 'no idea', 'no se',
  'tal vez', 'a lo mejor', 'ya veremos', 'ni idea', 'no estoy segura|seguro',
  // leaving it for later or to chance: "we'll figure it out", "ahí vemos", "puede ser", "up in the air"
  'figure it|that out', 'play it by ear', 'up in the air', 'ahi vemos|veremos', 'puede ser', 'veremos', 'quien sabe',
  'habria que ver', 'a ver que pasa', 'no se sabe',
  // left to someone else, or to the team: "mi señora es la que sabe", "pues lo que valga, vos decime", "I need to talk
  // to my ex first", "ask my husband"
  'es la|el que sabe', 'la|el que sabe de eso', 'knows better|best', 'handles that|those|the money', 'you tell me',
  'tell me you', 'vos decime', 'digame usted', 'usted digame', 'dime tu', 'tu dime', 'lo que valga', 'lo que usted diga',
  'lo que tu digas', 'whatever its|it+is worth', 'whatever you think|say', 'ask my', 'preguntarle a mi',
  'talk|check|speak with|to my ~2 first', 'need to talk|check', 'hold space', 'tengo|tenemos que hablarlo|platicarlo|consultarlo|hablar|platicar|consultar',
  'rather not say', 'prefiero no decir', 'not ready to say', 'thats|its up to my|mi|her|his', 'up to my|mi', 'depende de mi',
  'depends on my',
];
/** A definite answer, as its first words: "yes", "of course", "claro". */
const DEFINITE: readonly string[] = [
  'yes|yeah|yep|yup|no|nope|absolutely|definitely|sure|correct|exactly|si|claro|exacto|nunca|ninguno',
  'of course',
  'por supuesto',
];
/** A number, a duration or cash. */
const FACT: readonly string[] = [
  '#',
  'day|days|week|weeks|month|months|year|years|dias|semanas|meses|anos|asap|cash|efectivo',
];

/** A greeting and nothing else ("hi there", "buenas tardes"), each its own phrase: the text is only it. */
// prettier-ignore
const GREETINGS = [
  'hi', 'hello', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'hola', 'buenas', 'buenos dias',
  'buenas tardes', 'buenas noches',
];
/** A word that fills a turn and answers nothing ("ok", "lol", "hmm", "gracias"), the text being only it. */
const FILLERS = [
  'ok|okay|k|cool|lol|haha|hm*m|uh|uh*h|um|um*m|thanks|gracias|vale|ja|jaa|jaaa|jaaaa',
  'sure thing',
  'thank you',
];

const table = (
  cue: QualityCue,
  phrases: readonly string[],
  how: Pick<Phrase<QualityCue>, 'opening'> = {},
): Phrase<QualityCue>[] => phrases.map((words) => ({ cue, words, always: true, clause: true, ...how }));

export const QUALITY_PHRASES: readonly Phrase<QualityCue>[] = [
  ...table('hedge', HEDGE),
  ...table('definite', DEFINITE, { opening: true }),
  ...table('fact', FACT),
  ...GREETINGS.map((words) => ({
    cue: 'greeting' as const,
    words: `${words} there|jorge|_`,
    always: true,
    whole: true,
  })),
  ...FILLERS.map((words) => ({ cue: 'filler' as const, words, always: true, whole: true })),
];
