/**
 * The words of hand-off requests and legal matters (`escalation.ts`), English and Spanish side by side, folded
 * (lower case, no accents, no apostrophes). Plain word lists: `escalation.ts` combines them into phrases.
 */

/** A person the lead may ask for. */
// prettier-ignore
export const PERSON_NOUNS: readonly string[] = [
  'person', 'human', 'agent', 'realtor', 'broker', 'representative', 'rep', 'manager', 'persona', 'humano',
  'humana', 'agente', 'asesor', 'asesora', 'corredor', 'corredora',
];
/** Someone, anyone: a person only with a request verb ("can someone call me"). */
export const SOMEONE: readonly string[] = ['someone', 'somebody', 'anyone', 'anybody', 'alguien'];
/** "a real person", "una persona de verdad". */
export const REAL_WORDS: readonly string[] = ['real', 'live', 'actual'];
/** Articles before the person. */
export const ARTICLES: readonly string[] = [
  'a',
  'an',
  'the',
  'some',
  'un',
  'una',
  'el',
  'la',
  'algun',
  'alguna',
];
/** Modal verbs of a request ("can a human help me?", "¿me puede ayudar una persona?"). */
// prettier-ignore
export const CAN_VERBS: readonly string[] = [
  'can', 'could', 'will', 'would', 'may', 'puede', 'pueden', 'podria', 'podrian', 'pudiera', 'pudieran',
];
/** What the person would do for the lead. */
// prettier-ignore
export const HELP_VERBS: readonly string[] = [
  'help', 'assist', 'answer', 'handle', 'ayudar', 'ayudarme', 'ayudarnos', 'atender', 'atenderme', 'atendernos',
  'contestar', 'contestarme', 'responder', 'responderme',
];
/** The lead as the object of the help. */
export const LEAD_OBJECTS: readonly string[] = ['me', 'us', 'nos'];

/**
 * First-person words ("we're" is "were" once folded): a legal matter of the lead's own ("are we facing
 * foreclosure?", "¿nos pueden quitar la casa?").
 */
// prettier-ignore
export const FIRST_PERSON: readonly string[] = [
  'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'we', 'were', 'weve', 'wed', 'well', 'us', 'our',
  'ours',
  'yo', 'mi', 'mis', 'nos', 'nosotros', 'nuestra', 'nuestro', 'nuestras', 'nuestros', 'estoy', 'estamos',
  'tengo', 'tenemos', 'puedo', 'podemos', 'debo', 'debemos', 'voy', 'vamos', 'llevamos', 'llevo',
];
/** The home as a definite thing: "can the bank take the house?" is about the lead's. */
export const OWN_HOME: readonly string[] = ['house', 'home', 'place', 'property', 'casa', 'propiedad'];
export const DEFINITE: readonly string[] = ['the', 'this', 'la', 'esta'];

/** Behind on the loan: the arrears before a foreclosure. */
// prettier-ignore
export const ARREARS_WORDS: readonly string[] = [
  'behind', 'late', 'delinquent', 'atrasados', 'atrasado', 'atrasada', 'atrasadas', 'retrasados', 'retrasado',
  'retrasada', 'atraso', 'atrasos',
];
/** Counted arrears: "3 months behind", "dos pagos atrasados". */
export const ARREARS_COUNTS: readonly string[] = ['months', 'payments', 'pagos', 'meses', 'mensualidades'];
/** What the lead is behind on. */
// prettier-ignore
export const ARREARS_ON: readonly string[] = [
  'months', 'month', 'payments', 'payment', 'mortgage', 'pagos', 'pago', 'meses', 'mes', 'mensualidades',
  'hipoteca',
];
/** What the lender sends or files. */
// prettier-ignore
export const NOTICE_WORDS: readonly string[] = [
  'notice', 'notices', 'letter', 'letters', 'papers', 'filed', 'filing', 'default', 'aviso', 'avisos', 'carta',
  'cartas', 'notificacion', 'notificaciones', 'papeles', 'demanda',
];
/** Words of a question about the market in general ("is foreclosure common around here?", "¿hay muchos remates?"). */
// prettier-ignore
export const GENERAL_WORDS: readonly string[] = [
  'common', 'usual', 'normal', 'often', 'many', 'lots', 'around', 'here', 'area', 'areas', 'neighborhood',
  'market', 'local', 'general', 'generally', 'typically', 'comun', 'comunes', 'muchas', 'muchos', 'aqui', 'zona',
  'mercado', 'frecuentes', 'seguido', 'normalmente',
];

/** The lead's home in foreclosure, as phrases (`read/phrases.ts` grammar), English and Spanish. */
// prettier-ignore
export const FORECLOSURE_PHRASES: readonly string[] = [
  'foreclos*|preforeclos*',
  'ejecucion|ejecuciones hipotecaria|hipotecarias',
  'bank|lender ~ set|scheduled|gave|sent ~ sale|auction date',
  'notificacion|aviso|carta de embargo|remate|ejecucion',
  'embargo hipotecario',
  'embargar',
  'notice of default',
  'default notice',
  'trustee|trustees sale',
  'got|received|have|sent us|me|_ a|an|the|_ nod',
  'auction date',
  'auction is in|on|set|scheduled|next',
  'our|my|the home|house|place|property ~ for|to auction',
  'bank|banks|lender|lenders|company ~ take|taking back|_ our|my|the house|home|place|property',
  'aviso de incumplimiento|default',
  'fecha de remate|subasta',
  'casa|la ~ va|van|sale|esta a|en remate|subasta|rematar',
  'tienen|tiene|pusieron|puso|poner en subasta|remate',
  'banco|prestamista ~ quitar*|embargar*|quitando|embargando ~ casa|propiedad',
];
