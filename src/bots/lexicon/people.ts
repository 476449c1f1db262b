import { KIN } from './seller.js';

/**
 * People whose facts are not the lead's household's: relatives outside it, friends, neighbours, coworkers. A spouse,
 * a partner and the lead's children are the household ("my wife wants a pool", "my kids need their own rooms").
 */
// prettier-ignore
export const THIRD_PARTIES: readonly string[] = [
  ...KIN,
  'friend', 'friends', 'buddy', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'coworker', 'coworkers',
  'co-worker', 'roommate', 'cunado', 'cunada', 'cunados', 'compadre', 'comadre', 'vecino', 'vecina', 'vecinos', 'papas',
  'mamas', 'folks',
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

/**
 * The lead's household and the sources of an estimate, who may speak for a figure the lead then says otherwise: "my
 * son says we should ask 750, i'd be fine with 700", "mis hermanos want 800 pero yo digo 720", "900 is what zillow
 * says". Reported with REPORT_VERBS.
 */
// prettier-ignore
export const HOUSEHOLD_SPEAKERS: readonly string[] = [
  'husband', 'hubby', 'wife', 'wifey', 'spouse', 'partner', 'esposo', 'esposa', 'marido', 'mujer', 'son', 'daughter',
  'kids', 'hijo', 'hija', 'hijos', 'hijas', 'hermanos', 'brothers', 'sisters', 'siblings', 'family', 'familia',
  'agent', 'realtor', 'appraiser', 'zillow', 'redfin', 'zestimate', 'internet', 'app', 'she', 'he', 'they', 'ella',
  'ellos',
];
/** A spouse taking over the phone: "hi this is his wife", "soy el esposo", "her husband here". */
// prettier-ignore
export const SPOUSE_TAKING_OVER: readonly string[] = [
  'this is his wife', 'this is her husband', 'this is his husband', 'this is her wife', 'his wife here',
  'her husband here', 'this is the wife', 'this is the husband', 'wife here', 'husband here', 'soy el esposo',
  'soy la esposa', 'soy su esposo', 'soy su esposa', 'habla el esposo', 'habla la esposa', 'aqui la esposa',
  'aqui el esposo',
];
/** Saying or wanting, of someone else: "my son says", "mi suegra dice que", "mis hermanos want". */
// prettier-ignore
export const REPORT_VERBS: readonly string[] = [
  'says', 'said', 'thinks', 'think', 'thought', 'wants', 'want', 'wanted', 'suggests', 'suggested', 'told', 'tells',
  'say', 'dice', 'dicen', 'dijo', 'dijeron', 'quiere', 'quieren', 'queria', 'piensa', 'piensan', 'cree', 'creen',
  'opina', 'opinan', 'recomienda', 'sugiere', 'estimate', 'estimates', 'shows', 'has', 'puts',
];
/** The lead's own word against it: "i'd be fine with 700", "yo digo 720", "pero yo quiero en 3 meses". */
// prettier-ignore
export const OWN_VOICE: readonly string[] = [
  'i', 'id', 'im', 'ill', 'me', 'my', 'we', 'wed', 'were', 'us', 'yo', 'nosotros', 'personally', 'honestly',
];
