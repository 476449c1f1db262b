/**
 * Spellings of Spanish as leads write it, respelled once before any reader sees the message (`read/respell.ts`), so no
 * reader keeps variants of its own: the Caribbean dropped final "s" ("queremo vendé la casa", "nos vamo pa Florida",
 * "eso ta bien, mientra má rápido mejor") and the infinitive's dropped "r" written with its accent ("vendé",
 * "comprá"). Keys are written as leads write them (accents included: "má" is "más", "ma" alone is not touched).
 */
/** Every form of a stem written by ear, to the usual stem: `byEar('escriv', 'escrib', ['as'])` is escrivas: escribas. */
const byEar = (heard: string, usual: string, endings: readonly string[]): Record<string, string> =>
  Object.fromEntries(endings.map((ending) => [`${heard}${ending}`, `${usual}${ending}`]));

// prettier-ignore
export const REGIONAL_SPELLINGS: Readonly<Record<string, string>> = {
  queremo: 'queremos', tenemo: 'tenemos', vamo: 'vamos', estamo: 'estamos', tamo: 'estamos', podemo: 'podemos',
  somo: 'somos', buscamo: 'buscamos', necesitamo: 'necesitamos', vendemo: 'vendemos', compramo: 'compramos',
  pensamo: 'pensamos', ocupamo: 'ocupamos', pagamo: 'pagamos', mudamo: 'mudamos', quisiéramo: 'quisiéramos',
  vendé: 'vender', comprá: 'comprar', mudá: 'mudar', hablá: 'hablar', pagá: 'pagar', arreglá: 'arreglar',
  ta: 'está', tá: 'está', má: 'más', mientra: 'mientras', entonce: 'entonces', despué: 'después',
  ademá: 'además', nosotro: 'nosotros', cabemo: 'cabemos',
  // "lo ante posible"
  ante: 'antes',
  // Andalusian: "eso es mu' rápido"
  mu: 'muy',
  // written by ear: "kiero bender mi casa", "nos bamos", "el biernes"
  kiero: 'quiero', kero: 'quiero', keremos: 'queremos', bender: 'vender', bendo: 'vendo', bendemos: 'vendemos',
  bamos: 'vamos', biernes: 'viernes', buelban: 'vuelvan', buelvan: 'vuelvan', porfabor: 'porfavor',
  // ...every form of a contact verb ("ya no me escrivas", "no me yamen"): the stem respelled, whatever its ending
  ...byEar('escriv', 'escrib', ['a', 'as', 'an', 'e', 'es', 'en', 'ir', 'irme', 'irnos', 'anme', 'ame', 'enme', 'iendo']),
  ...byEar('yam', 'llam', ['ar', 'arme', 'en', 'es', 'e', 'enme', 'ame', 'ando']),
  // Scots: "nae more texts", "nae bother"
  nae: 'no',
  // "two an' a half months", "me an' my wife"
  "an'": 'and',
  // Spain's and South America's "cualificar": "estamos pre-cualificados con el banco"
  cualificados: 'calificados', cualificado: 'calificado', cualificadas: 'calificadas', cualificada: 'calificada',
  precualificados: 'precalificados', precualificado: 'precalificado', precualificadas: 'precalificadas',
  precualificada: 'precalificada', cualifico: 'califico', cualificamos: 'calificamos',
  // the down payment in other countries' words: "90 mil para el anticipo"
  anticipo: 'enganche',
  // Spain's computer: "¿lo lleva un ordenador?"
  ordenador: 'computadora',
};

/**
 * Verbs written with their final "g" dropped ("we'll be payin cash", "just lookin", "thinkin bout sellin"): each stem
 * here is read with "ing" whether written "-in" or "-in'". Only verbs, so "cabin", "cousin" or "within" are never
 * touched.
 */
// prettier-ignore
export const DROPPED_G_STEMS: readonly string[] = [
  'pay', 'look', 'think', 'mov', 'sell', 'buy', 'hop', 'plann', 'gett', 'go', 'try', 'want', 'need', 'fix', 'rent',
  'work', 'call', 'text', 'talk', 'search', 'shopp', 'leav', 'wait', 'stay', 'liv', 'clos', 'start', 'ask', 'list',
  'say', 'com', 'mak', 'tak', 'do', 'hav', 'runn', 'downsiz', 'relocat', 'financ', 'sav', 'build', 'retir', 'wonder',
  'check', 'kidd', 'mess', 'aim', 'shoot', 'tell', 'bring', 'upgrad', 'refinanc', 'struggl', 'fall', 'lean',
];

/**
 * Texting shorthand, written out once before any reader sees the message (`read/respell.ts`): "who am i txting w rn",
 * "lease is up in 6 wks", "can we do a call w jorge tmrw", "upland o claremont pq ahi vivo yo", "y tmb en la verne".
 * Only forms with one meaning: "prob" ("no prob"), "k" (ok or que), "ur" (your or you're), "rn" ("just looking rn"
 * is no move now), "ya" and "x" are left as written, and so are the shorthands the readers' own word lists already
 * hold ("pls", "thx", "idk", "porfa", "xfa"). "w" after a number is a street's direction ("1328 w 9th st"), and stays.
 */
// prettier-ignore
export const TEXTING_SPELLINGS: Readonly<Record<string, string>> = {
  u: 'you', r: 'are', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow',
  '2moro': 'tomorrow', '2morrow': 'tomorrow', '2nite': 'tonight', tonite: 'tonight', w: 'with', 'w/': 'with',
  wk: 'week', wks: 'weeks', yr: 'year', yrs: 'years', mo: 'month', mos: 'months', mths: 'months', mnths: 'months',
  b4: 'before', bc: 'because', cuz: 'because', bcuz: 'because', bcz: 'because', abt: 'about', bout: 'about',
  ppl: 'people', txt: 'text', txts: 'texts', txting: 'texting', txted: 'texted', msg: 'message', msgs: 'messages',
  prolly: 'probably', gd: 'good', rly: 'really', lmk: 'let me know', thru: 'through', wat: 'what', wut: 'what',
  q: 'que', ke: 'que', xq: 'porque', pq: 'porque', porq: 'porque', xk: 'porque', pk: 'porque', tmb: 'también',
  tb: 'también', tmbn: 'también', tambn: 'también', dsps: 'después', dps: 'después', dsp: 'después',
  ntp: 'no te preocupes', bn: 'bien', grax: 'gracias', aki: 'aquí', dnd: 'dónde', xa: 'para', sta: 'está',
  msj: 'mensaje', msjs: 'mensajes', cdo: 'cuando', mñn: 'mañana', prob: 'probably', probs: 'probably',
  lil: 'little', og: 'original',
  // contact words mistyped, with one meaning each ("remvoe me", "stop textng", "kitenme de la lista")
  remvoe: 'remove', reomve: 'remove', textng: 'texting', textn: 'texting', txtn: 'texting', textting: 'texting',
  mesage: 'message', mesages: 'messages', messeges: 'messages', kitenme: 'quitenme', kitame: 'quitame',
  kitenos: 'quitenos', mensages: 'mensajes', mamden: 'manden', mamdes: 'mandes', mamdar: 'mandar',
  unsubscibe: 'unsubscribe', unsuscribe: 'unsubscribe', unsubcribe: 'unsubscribe', unsubscirbe: 'unsubscribe',
  usubscribe: 'unsubscribe', unsubscrib: 'unsubscribe', porfavor: 'por favor', porfavo: 'por favor', thes: 'these', thees: 'these', theese: 'these', allready: 'already',
  // the short form texted: "unsub pls", "unsub me" ("unsubbed from zillow" is then read as any unsubscribing)
  unsub: 'unsubscribe', unsubbed: 'unsubscribed', unsubbing: 'unsubscribing',
  // the English verb said in the Spanish past: "ya me unsubscribé del email" (I unsubscribed)
  'unsubscribe-é': 'unsubscribed', 'unsubscribe-e': 'unsubscribed', unsubscribé: 'unsubscribed',
  unsubscribí: 'unsubscribed', unsubscribi: 'unsubscribed', 'unsubscribe-ie': 'unsubscribed',
  // "pls no mor txts"
  mor: 'more',
  // "ya no me evien nada x fabor", "stop x fa": the "n" dropped, the "v" by ear, "x" for "por"
  evien: 'envien', fabor: 'favor', 'x favor': 'por favor', 'x fabor': 'por favor', 'x fa': 'por favor',
  'x fav': 'por favor',
  // "thats rigth at the top of our range"
  rigth: 'right', rite: 'right',
  // Spain's word for bathrooms: "tres dormitorios y dos aseos"
  aseos: 'baños',
  // the Caribbean "s" dropped: "¿y tú ere una persona de verdad?"
  ere: 'eres',
};

/**
 * Words that end in "ao" of their own, never a participle whose "d" was dropped ("hablao" is "hablado", "guardaos" is
 * "guardados"; `read/respell.ts` `undropped`).
 */
// prettier-ignore
export const WORDS_ENDING_IN_AO: readonly string[] = [
  'cacao', 'bacalao', 'callao', 'macao', 'sarao', 'cacaos', 'saraos', 'bacalaos', 'lmfao', 'ciao',
];

/**
 * Long words the reader keys on, whose one-letter typos are read as them (`read/respell.ts` `untypo`): "pre-appeoved",
 * "preapprovd", "bedroms", "intrested", "forclosure". A typo is one letter changed, missing, added or two swapped,
 * inside the word (a different last letter is a real word: "approves", "bedroom", "aprobada").
 */
// prettier-ignore
export const TYPO_TARGETS: readonly string[] = [
  'approved', 'preapproved', 'aprobado', 'aprobados', 'preaprobado', 'preaprobados', 'qualified', 'prequalified',
  'bedrooms', 'bathrooms', 'recamaras', 'interested', 'mortgage', 'foreclosure', 'inherited', 'unsubscribe',
];

/**
 * A digit texted for a word, known by the words around it: "lookin 4 a 3bd" (for), "want 2 buy" (to), "c u 2morrow".
 * `before` are the words that may come right before the digit, `after` those right after it; both must hold, so "3 or
 * 4 a month" and "need 4 bedrooms" keep their numbers.
 */
export const TEXTED_DIGITS: readonly {
  digit: string;
  word: string;
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
}[] = [
  {
    digit: '4',
    word: 'for',
    // prettier-ignore
    before: new Set([
      'looking', 'lookin', 'searching', 'shopping', 'hunting', 'ready', 'thanks', 'thx', 'thank', 'asking', 'here',
      'just', 'house', 'home', 'homes', 'approved', 'preapproved', 'qualified', 'budget', 'good', 'perfect', 'great',
    ]),
    // prettier-ignore
    after: new Set([
      'a', 'an', 'the', 'sale', 'rent', 'something', 'smth', 'sth', 'me', 'us', 'my', 'our', 'sure', 'now', 'real',
      'you', 'u', 'your', 'ur', 'about', 'like', 'around', 'up', 'under', 'sum', 'some', 'that', 'this', 'sumn',
      'somethin', 'something', 'them', 'those',
    ]),
  },
  {
    digit: '2',
    word: 'to',
    // prettier-ignore
    before: new Set([
      'want', 'wanna', 'need', 'trying', 'tryin', 'ready', 'going', 'looking', 'lookin', 'hoping', 'plan', 'planning',
      'like', 'love', 'able', 'have', 'got', 'gotta', 'moving', 'movin', 'relocating', 'back', 'close', 'talk', 'speak',
      'listen', 'due', 'used', 'about',
    ]),
    // prettier-ignore
    after: new Set([
      'buy', 'sell', 'move', 'see', 'talk', 'know', 'get', 'find', 'rent', 'tour', 'view', 'list', 'be', 'do', 'go',
      'make', 'start', 'close', 'texas', 'arizona', 'nevada', 'you', 'u', 'me', 'us', 'him', 'her', 'jorge', 'someone',
      'somebody', 'a', 'the', 'my', 'our',
    ]),
  },
];

/** Words before the end of a range ("600 to 650ish"): the figure said with -ish there keeps the range, no "about". */
export const RANGE_END_JOINS: readonly string[] = ['to', '-', 'a', 'or', 'o', 'and', 'y', 'through', 'thru'];

/** Emoji texted for the words of a home: "3 🛏 2 🛁" is three bedrooms and two baths. */
export const TEXTED_EMOJI: readonly (readonly [string, string])[] = [
  ['🛏️', 'bedrooms'],
  ['🛏', 'bedrooms'],
  ['🛁', 'baths'],
  ['🚿', 'baths'],
  ['🏊', 'pool'],
  ['🐕', 'dogs'],
  ['🐶', 'dogs'],
  ['🐈', 'cats'],
  ['🐱', 'cats'],
  ['❌', 'no'],
];

/** Sayings whose numbers count nothing: "un millón de gracias", "a million thanks" are thanks, no amount. */
export const IDIOM_SPELLINGS: Readonly<Record<string, string>> = {
  'un millón de gracias': 'muchísimas gracias',
  'un millon de gracias': 'muchisimas gracias',
  'mil gracias': 'muchas gracias',
  'gracias un millón': 'muchísimas gracias',
  'gracias un millon': 'muchisimas gracias',
  'a million thanks': 'many thanks',
  'thanks a million': 'many thanks',
  'a million times': 'many times',
  'un millón de veces': 'muchas veces',
  'un millon de veces': 'muchas veces',
  // a living person: "¿hablo con alguien de carne y hueso?", "a flesh and blood human"
  'de carne y hueso': 'real',
  'flesh and blood': 'real',
  'flesh-and-blood': 'real',
};

/** Words after a texted digit that make it "for" or "to" whatever comes before ("backyard 4 the dogs"). */
export const TEXTED_DIGIT_STRONG_AFTER: readonly string[] = [
  'the',
  'my',
  'our',
  'your',
  'ur',
  'u',
  'you',
  'me',
  'us',
  'them',
];
/** Words before a digit that keep it a number ("3 or 4 the most", "like 2 my size"). */
export const TEXTED_DIGIT_NOT_AFTER: readonly string[] = [
  'or',
  'and',
  'to',
  'o',
  'y',
  'a',
  '-',
  'like',
  'about',
  'maybe',
];

/**
 * "'d" after a pronoun is "would" before a verb's base form or an adverb ("they'd like 650k", "she'd take 600", "wed
 * love a pool"), "had" before a past participle ("they'd sold it"), left as it is: the subjects, then what comes after.
 */
export const WOULD_SUBJECTS: readonly string[] = ['i', 'you', 'he', 'she', 'we', 'they', 'it', 'who', 'that'];
// prettier-ignore
export const WOULD_FOLLOWERS: readonly string[] = [
  'like', 'love', 'take', 'be', 'want', 'prefer', 'rather', 'need', 'accept', 'consider', 'go', 'sell', 'buy', 'settle',
  'do', 'say', 'pay', 'hate', 'move', 'keep', 'listen', 'look', 'get', 'put', 'expect', 'hope', 'feel', 'probably',
  'definitely', 'really', 'also', 'still', 'just', 'only', 'never', 'not', 'prob', 'def', 'honestly', 'ideally',
  'happily', 'gladly', 'totally', 'actually', 'try', 'qualify', 'close', 'start', 'wait', 'have',
];

/**
 * Punctuation a voice-dictated message spells out ("thirty days is too fast for me period three months I could do
 * comma ..."): the word in place of its mark (`read/respell.ts` undictate).
 */
export const DICTATED_MARKS: Readonly<Record<string, string>> = { period: '.', comma: ',' };
/** Words before "period" that make it a span of time, not a full stop ("a 30 day period", "the grace period"). */
// prettier-ignore
export const PERIOD_OF_TIME_BEFORE: readonly string[] = [
  'a', 'the', 'that', 'this', 'grace', 'trial', 'waiting', 'escrow', 'time', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'notice', 'cooling', 'review', 'redemption', 'probation', 'same', 'short', 'long', 'any',
];

/**
 * A count dictated as its sound before a room ("just to bedrooms is fine"), after a word that leads into a count (not
 * "close to bedrooms", "go to bed", "used to baths").
 */
export const VOICED_TWO = ['to', 'too'];
// prettier-ignore
export const VOICED_TWO_BEFORE: readonly string[] = ['bedroom', 'bedrooms', 'br', 'bdrm', 'bdrms', 'bathrooms'];
// prettier-ignore
export const VOICED_TWO_AFTER: readonly string[] = [
  'just', 'only', 'need', 'needs', 'want', 'wants', 'like', 'maybe', 'minimum', 'least', 'have', 'with', 'and', 'or',
  'about', 'prefer', 'ideally',
];
