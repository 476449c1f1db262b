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
  'maybe',
  'a lo mejor',
  'tal vez',
  'quizas',
  'hinges on',
  'hinge on',
  'up in the air',
  'en el aire',
] as const;

/** What is paid on a date and is no move ("pagamos los impuestos el 15 de abril", "the bill comes the 3rd"). */
// prettier-ignore
export const BILL_WORDS: readonly string[] = [
  'taxes', 'tax', 'impuestos', 'bill', 'bills', 'recibo', 'recibos', 'payday', 'paycheck',
  // money coming in on its own date: "my bonus hits in june", "el aguinaldo llega en diciembre"
  'bonus', 'bono', 'aguinaldo', 'raise', 'aumento', 'refund', 'reembolso',
];
/** Pay said in the message, after which a bare "more" with a date is more money ("pays me 3k ... maybe more by summer"). */
export const PAY_WORDS: readonly string[] = [
  'pays',
  'paid',
  'pay',
  'paga',
  'pagan',
  'earn',
  'make',
  'gano',
  'ganamos',
];
export const MORE_WORDS: readonly string[] = ['more', 'mas'];
/** ...and a payment said due ("our rent is due march 28"; not a baby due in june). */
export const DUE_WORDS: readonly string[] = ['due', 'vence'];
export const PAYMENT_WORDS: readonly string[] = ['rent', 'payment', 'mortgage', 'renta', 'pago', 'hipoteca'];

/** A lease, whose end is when a renter moves ("our lease is due for renewal may 1"). */
export const LEASE_WORDS: readonly string[] = ['lease', 'contrato', 'renewal', 'renovacion', 'arrendamiento'];

/**
 * Asking to be asked or contacted again later ("ask me again in a couple weeks", "check back in march", "te aviso en
 * un mes", "pregúntame en dos semanas"): the time said after it is when to follow up, not when the lead moves.
 * Phrase grammar (read/phrases.ts).
 */
// prettier-ignore
/** A date dismissed by the words right before it: "olvida lo de next year", "forget about june", "scratch the 6 months". */
// prettier-ignore
export const DATE_DISMISSALS: readonly string[] = [
  'olvida lo de', 'olvida lo del', 'olvidate de', 'olvidate de lo de', 'olvide lo de', 'forget', 'forget about',
  'forget the', 'forget about the', 'scratch', 'scratch the', 'ignore', 'ignore the', 'never mind', 'nevermind',
  'never mind the', 'ya no', 'not anymore', 'no longer',
];
export const FOLLOW_UP_PHRASES: readonly string[] = [
  'ask|text|hit|check|contact|call|ping|bug me|us again|back|later|up|_',
  'ask|check again|back',
  'check|circle back|in',
  'follow up',
  'get|reach back|out to you|u|ya|_',
  'reach out again',
  'preguntame|pregunteme|preguntenme|preguntanos|escribeme|escribame|escribanme|buscame|busqueme|busquenme|contactame|contacteme|llamame|llameme|llamenme de+nuevo|otra+vez|luego|_',
  'vuelve|vuelva|vuelvan a preguntar|escribir|llamar|buscar',
  'te|le|les aviso|escribo|llamo|marco|busco',
  'te|le|les|_ avisamos|escribimos|llamamos',
  // when news comes, not the move: "he hears back in a few weeks", "nos avisan en un mes"
  'hear|hears|hearing back|_',
  'find|finds out',
  'nos|le|les avisan|responden|contestan',
];

/**
 * Saying one does not know, or has to ask someone first, in answer to the seller's 30-to-45-days question ("no sé,
 * tendría que hablarlo con mi esposo", "not sure, gotta ask my wife"): a non-answer (DOMAIN.md section 4.2a, issue 30),
 * not the refusal section 3 lists "not sure" as. What else the message says still answers ("not sure, probably not that
 * fast" is a no). Phrase grammar (read/phrases.ts).
 */
// prettier-ignore
export const TIMELINE_UNSURE: readonly string[] = [
  'not sure', 'not too sure', 'unsure', 'idk', 'i dont know', 'dont know', 'dunno', 'no idea', 'not certain',
  'hard to say', 'tough to say', 'who knows', 'no se', 'no sabemos', 'no lo se', 'no estoy seguro|segura',
  'no estamos seguros|seguras', 'ni idea', 'no tengo idea', 'quien sabe', 'no le|les|_ sabria|sabriamos decir',
  'no sabria|sabriamos decirle|decirles', 'tendria|tendriamos|tengo|tenemos que consultarlo|consultar|hablarlo|preguntarle|preguntar|platicarlo',
  'lo tengo|tenemos que hablar|consultar|platicar', 'primero lo|_ tengo|tenemos|tendria que hablar|consultar|hablarlo|consultarlo',
  'have+to|need+to|gotta|got+to talk|check|ask',
];

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

/** No preference as the whole answer to the areas question: "no", "nope", "open". */
export const NO_PREFERENCE_WHOLE = ['no|nope|nah|not+really|open'] as const;
/** No preference opening the answer: "no, anywhere is fine", "any area", "open to suggestions", "donde sea". */
export const NO_PREFERENCE_OPENINGS = [
  'no|nope|nah|not+really not+really|preference|real+preference|anywhere|any+where|wherever|donde+sea|cualquier|no+importa',
  'anywhere',
  'any where|area|place|is+fine|of+them',
  'whatever|whichever area|areas|place|city|zona|lugar',
  'no real|_ preference',
  'open to anything|anywhere|suggestions|ideas',
  'flexible',
  'not picky',
  'doesnt matter',
  'wherever',
  'cualquier|cualquiera',
  'donde sea',
  'no importa',
  'no tengo preferencia',
  'abierto|abierta|abiertos|abiertas',
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

/** A buyer who moves now ("asap", "cuanto antes", "nos urge": it is urgent for us; "no nos urge" is no rush). */
export const NOW_WORDS = [
  'asap',
  'as soon as possible',
  'the sooner the better',
  'right away',
  'immediately',
  'right now',
  'para ayer',
  'lo antes posible',
  'cuanto antes',
  'ya mismo',
  'ahorita',
  'de inmediato',
  'urgente',
  'urge',
  'ya pa ya',
  'ya para ya',
] as const;

/**
 * Open-ended: the move waits for the right home, however long ("could be a while", "puede tardar"). Browsing
 * unless the message also says a date ("the loan could take a while but our lease ends in 2 months").
 */
export const OPEN_ENDED_WORDS = [
  'could be a while',
  'might be a while',
  'may be a while',
  'could take a while',
  'might take a while',
  'may take a while',
  'whenever the right',
  'whenever the perfect',
  'when the perfect one',
  'whenever one shows up',
  'cuando aparezca la indicada',
  'cuando salga la indicada',
  'whenever we find',
  'if the right one',
  'no timeframe',
  'no time frame',
  'no real timeframe',
  'no real time frame',
  'no set timeline',
  'sin fecha',
  'no tenemos fecha',
  'puede tardar',
  'puede tardarse',
  'puede ser un rato',
  'puede tomar tiempo',
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

/**
 * "whenever you like", as the whole answer or a clause of its own: the days asked about are fine ("cuando guste, la
 * casa ya está vacía"; not "cuando guste le mando fotos").
 */
export const YES_ALONE_WORDS: readonly string[] = [
  // "ya" is a yes alone ("ya, está bien", "ya po"), "already" before a verb ("ya nos confirmaron del colegio")
  'ya',
  'ya po',
  'ya poh',
  'cuando guste',
  'cuando gusten',
  'cuando quieran',
  'whenever you want',
  'whenever you like',
];
/** Words a yes may follow at the opening of an answer ("bueno, sí", "ah ok. sí", "well yes", "pues sí"). */
export const YES_LEAD_INS: readonly string[] = [
  'bueno',
  'pues',
  'ah',
  'oh',
  'well',
  'hmm',
  'um',
  'este',
  'mira',
];
/** A yes that opens the answer to a yes/no question ("yes", "sure", "claro", "dale", "100"). */
export const YES_WORDS = [
  // a yes for the lead's own part: "por mí sí, pero ...", "for us yes"
  'por mi si',
  'por nosotros si',
  'por mi parte si',
  'for me yes',
  'for us yes',
  'on my end yes',
  'on our end yes',
  'andale',
  'orale',
  'i reckon',
  'reckon so',
  'lets do it',
  "let's do it",
  'deal',
  'count us in',
  'count me in',
  'de una',
  'jalo',
  'sipi',
  'bet',
  'fo sho',
  'fosho',
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'sure',
  'absolutely',
  'definitely',
  'of course',
  'ok',
  'okay',
  'k',
  'si',
  'sip',
  'claro',
  'por supuesto',
  'dale',
  'sale',
  'va',
  'simon',
  'esta bueno',
  'ta bueno',
  'correct',
  'exactly',
  'totally',
  'for sure',
  '100',
] as const;

/** A yes said right after a contrast, past a filler at most ("fast, but honestly yes", "rápido pero sí"). */
// prettier-ignore
export const YES_AFTER_CONTRAST: readonly string[] = [
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'si', 'claro', 'dale', 'absolutely', 'definitely', 'totally',
  'fine', 'doable', 'manageable', 'bien', 'vale',
];

/** It works for the lead ("works", "sounds good", "no problem", "nos funciona", "sin problema"). */
export const WORKS_WORDS = [
  'work out',
  'works out',
  'itd work',
  "it'd work",
  'it would work',
  'me late',
  'nos late',
  'me parece bien',
  'nos parece bien',
  'de acuerdo',
  'works',
  'would work',
  'should work',
  'should be ok',
  'should be okay',
  'deberia funcionar',
  'deberia de funcionar',
  'deberia estar bien',
  'should be fine',
  'would be fine',
  'is fine',
  'fine with us',
  'fine with me',
  'fine with that',
  'fine by us',
  'fine by me',
  'fine by that',
  'ok with that',
  'ok with it',
  'could work',
  'can work',
  'sounds good',
  'sounds great',
  'no problem',
  'no prob',
  'no worries',
  'no doubt',
  'sin duda',
  'no hay problema',
  'no hay bronca',
  'no hay pedo',
  'no hay lio',
  'no pasa nada',
  'perfect',
  "that's fine",
  'thats fine',
  'doable',
  'do-able',
  'make it work',
  'make that happen',
  'make it happen',
  'can manage',
  'manageable',
  'nos las arreglamos',
  'le hacemos la lucha',
  'we can do that',
  'can do',
  'could do',
  'le llegamos',
  'swing it',
  'can swing',
  'podriamos hacerlo',
  'si podemos',
  'si se puede',
  'funciona',
  'esta bien',
  'ta bien',
  'ta bueno',
  'nos sirve',
  'me sirve',
  'eso sirve',
  'cuando tu quieras',
  'cuando usted quiera',
  'cuando ustedes quieran',
  'estaria bien',
  'suena bien',
  'sin problema',
  'perfecto',
  'si se puede',
  'podemos',
  'ideal',
  'would be great',
  'would be perfect',
  'me parece bien',
  'nos parece bien',
  'seria perfecto',
  // time enough: "sí, nos da tiempo" (not "no nos da tiempo", a refusal read first)
  'nos da tiempo',
  'me da tiempo',
] as const;

/** A seller in a hurry ("asap", "the sooner the better", "need to sell", "cuanto antes", "urge"). */
export const URGENT_WORDS = [
  'asap',
  'a.s.a.p',
  'as soon as possible',
  'the sooner the better',
  'sooner the better',
  'the faster the better',
  'faster the better',
  'sooner is better',
  'sooner would be better',
  'mas pronto mejor',
  'quickly',
  'quick sale',
  'fast',
  'right away',
  'immediately',
  'need to sell',
  'have to sell',
  'gotta sell',
  'lo antes posible',
  'cuanto antes',
  'entre mas pronto mejor',
  'mientras mas rapido mejor',
  'rapido',
  'urge',
  'urgente',
  'necesito vender',
  'necesitamos vender',
  'ya mismo',
] as const;

/** Turning a 30-45 day sale down, or not ready to say ("next year", "not yet", "too soon", "no estoy segura"). */
export const NOT_NOW_WORDS = [
  'next year',
  'no rush',
  'no hurry',
  'not in a hurry',
  'not in hurry',
  'no big hurry',
  'no big rush',
  'in no hurry',
  'eventually',
  'someday',
  'some day',
  'one day',
  'not sure',
  'unsure',
  'just exploring',
  'just looking',
  'just browsing',
  'only exploring',
  'only looking',
  'only browsing',
  'just curious',
  'not yet',
  'too soon',
  'too fast',
  'too quick',
  'too early',
  'need more time',
  'need longer',
  'el proximo ano',
  'el ano que viene',
  'sin prisa',
  'no hay prisa',
  'algun dia',
  'no estoy seguro',
  'no estoy segura',
  'solo explorando',
  'solo viendo',
  'solo mirando',
  'solo checando',
  'solo estamos explorando',
  'solo estamos viendo',
  'solo estamos mirando',
  'solo estamos checando',
  'solo estoy explorando',
  'solo estoy viendo',
  'solo estoy mirando',
  'solo estoy checando',
  'muy pronto',
  'muy rapido',
  'demasiado pronto',
  'demasiado rapido',
  'necesitamos mas tiempo',
  'ni de broma',
  'ni de chiste',
  'de ninguna manera',
  'not a chance',
  'no chance',
  'fat chance',
  'ni a palos',
  'ni loco',
  'ni loca',
  'tan poco tiempo',
  'so little time',
  'no way we can',
  'no podemos tan rapido',
] as const;

/** Words of a deadline before its date: the seller's 30 to 45 days meet a later one. */
export const DEADLINE_WORDS: readonly string[] = [
  'before',
  'no later than',
  'antes de',
  'antes del',
  'a mas tardar',
  'para antes de',
  'para antes del',
];

/** An answer that leaves it open ("depends", "ya veremos"): nothing is stored unless a yes follows. */
export const DEPENDS_WORDS: readonly string[] = [
  'depends',
  'it depends',
  'depende',
  'well see',
  'ya veremos',
  'quien sabe',
];

/** Words that take back a fact said before by naming it ("scratch the four months", "olvida lo de los 3 meses"). */
// prettier-ignore
export const TAKING_BACK_WORDS: readonly string[] = [
  'scratch', 'forget', 'ignore', 'disregard', 'nevermind', 'olvida', 'olvidate', 'olvide', 'borra', 'cancela',
];

/** Saying there is no hurry, in either language ("no tenemos prisa", "no nos urge", "we're taking our time"). */
export const NO_RUSH_PHRASES = [
  'no tenemos|tengo|tienen|tiene|hay|llevamos|llevan ~1 prisa|apuro',
  'no nos|me|le urge|apura',
  'no nos|me|le|_ corre prisa',
  'sin ninguna|mucha|_ prisa|apuro',
  // (not how the lead will write: "mañana te escribo con calma")
  {
    words: 'con calma',
    notPrecededBy: 'escribo|escribimos|contesto|respondo|leo|reviso|llamo|hablamos|platicamos',
  },
  'take|taking our|my time',
  'not really|_ in|on a|any|_ rush|hurry',
  'no pressure',
  'not urgent',
  'no es urgente',
  'nada urgente',
  'sin afan|apuro|afanes',
  'no tenemos|hay afan|apuro',
  // Spanglish: "no hay rush", "no tenemos hurry"
  'no hay|tenemos|tengo rush|hurry',
  // "whenever" as the whole answer, or before a no-rush: "whenever, no hay rush"
  { words: 'whenever|cuando+sea|whenevs $', opening: true },
] as const;

/**
 * The 30-45 days judged too short, said of them: "30 to 45 days feels really fast", "that's pretty soon", "se me hace
 * rápido" ("we need to sell really fast" judges nothing: it says how fast the lead wants to go).
 */
export const TOO_SOON_PHRASES = [
  'feels|feel|seems|sounds|suena|parece|hace ~2 fast|quick|soon|rushed|rapido|pronto',
  // "imposible tan pronto", "impossible that fast", "no way that soon"
  'imposible|impossible|no+way|ni+modo tan|that|so pronto|rapido|soon|fast|quick',
  'is|its|thats|es really|so|very|pretty|kinda|super|bastante|medio|algo fast|quick|soon|rushed|rapido|pronto',
  // the pace judged by its degree alone: "too rush for me", "way too rápido", "muy apurado para ella", "so fast no"
  'too|muy|demasiado|re fast|quick|soon|rush|rushed|rapido|pronto|apurado|apurada|apresurado|apresurada',
  'so|tan fast|quick|soon|rapido|pronto no|nope|nah $',
  // doubt that it can be done: "i don't see how we could do 45 days", "no veo cómo", "no creo que se pueda tan rápido"
  'dont|do+not|cant|cannot|can+not see how',
  // the window called impossible ("esos 30 o 45 días se nos hacen imposibles"; not "no es imposible")
  {
    words: 'imposible|imposibles|impossible',
    notPrecededBy: 'no+es|not|isnt|nada+es|nothing+is|no+sera|no+seria',
  },
  'no veo como',
  'no creo que ~1 pueda|podamos|podria|podriamos|alcance|alcancemos|funcione|sea+posible|de+tiempo|lleguemos',
  'i|we|_ doubt it|that|we|i',
  'lo|la dudo',
  'dudo que',
  // too little time: "45 días es muy poquito", "no nos da tiempo", "30 days isn't enough time", "not enough time"
  'muy|demasiado|bien poco|poquito|corto|cortito',
  'no nos|me|les da|alcanza|daria|alcanzaria ~1 tiempo|el+tiempo',
  'isnt|is+not|wont+be|not|aint enough|long+enough time|_',
  'too short|little',
  // the pace judged with no degree ("ooh thats quick, but yeah we can swing it"), the days turned down after them
  // ("30 days no way lol")
  'thats|that+is|eso+es|suena fast|quick|soon|rapido|pronto|rapidito',
  '# days|dias|d no+way|nope|nah|imposible|jamas|never',
  // the window said not to work: "that doesn't work for us", "that timeline won't fly", "eso no nos sirve"
  'that|this|it|timeline|timing|window|timeframe|frame|days|plan doesnt|does+not|wont|will+not|wouldnt|would+not|aint work|fly|happen',
  'eso|esto|plazo|tiempo no nos|me|_ funciona|funcionaria|sirve|serviria|conviene|queda',
  'thats|its|that+is|it+is|_ not|aint gonna|going+to work|fly|happen|cut+it',
  // "we can't be out that fast", "no podemos salir tan rápido"
  'cant|cannot|can+not|couldnt|wont ~4 that|so|this fast|quick|soon|quickly',
  'no podemos|podriamos|alcanzamos ~3 tan rapido|pronto',
  'no+way|ni+modo ~5 that|so|this|tan fast|quick|soon|rapido|pronto',
  'muy|bien|demasiado justo',
  // the days said, then that the seller cannot: "en 45 días no podemos", "45 days we can't, school ends in june"
  {
    words:
      '# days|dias|d we|i|_ cant|cannot|couldnt|no+podemos|no+se+puede|no+puedo|no+podriamos|no+alcanzamos|no+llegamos',
    notFollowedBy: 'wait|esperar',
  },
  // the window called a trouble: "45 days is a problem", "that'd be an issue", "eso sería un problema" (not "no es
  // problema": a trouble denied)
  'is|es|its|thats|be|seria|sera|thatd|itd a|an|un|una|_ problem|issue|problema|bronca|hassle',
  // "30 to 45 days is a no for me", "eso es un no" (not "a no brainer")
  'is|es|its|thats a|un|una hard|_ no|nogo for|para|from|de',
  'is|es|its|thats a|un|una hard|_ no|nogo $',
] as const;

/** The 45 days taken whatever is said of the 30: "a los 45 sí le llegamos, 30 está muy justo", "45 works, 30 is tight". */
export const FORTY_FIVE_TAKEN_PHRASES = [
  '45|cuarenta+y+cinco days|dias|_ si|yes|yeah|works|ok|okay|fine|bien|doable|sirve|funciona|le+llegamos|llegamos',
  // the 45 days preferred: "mejor 45, en 30 no alcanzamos", "45 would be better", "prefer the 45"
  '^ mejor|better|prefer|preferimos|prefiero|rather los|the|_ 45|cuarenta+y+cinco',
  '45|cuarenta+y+cinco days|dias|_ would+be|seria|es|is better|mejor',
] as const;

/**
 * The window agreed to with a double negative: "i don't see why 45 days wouldn't work", "can't see why not", "no
 * reason it wouldn't work", "no veo por qué no".
 */
export const WINDOW_AGREED_PHRASES = [
  'dont|do+not|cant|cannot|can+not see|know|think+of+a+reason why|_ not',
  'dont|do+not|cant|cannot|can+not see|know why ~4 wouldnt|couldnt|cant|cannot|wont|shouldnt work|happen|be|do',
  'no|dont|do+not|cant|cannot|can+not|any ~1 reason ~1 why|_ not',
  'no|any ~1 reason ~3 wouldnt|couldnt|cant|cannot|wont|shouldnt work|happen|be|do',
  'no veo|se por+que|porque no',
  'no hay|veo razon|motivo para|para+que|por+el+que|por+la+que|por+que no',
] as const;
/** ...or asked back as the whole answer: "why not?", "pues ¿por qué no?" (not "why not 60 days?"). */
export const WHY_NOT_PHRASES = ['pues|well|sure|ok|and|y|bueno|_ why+not|por+que+no|porque+no $'] as const;

/** Only looking, in no hurry, or some day ("just browsing", "solo estamos viendo", "a year or two"). */
export const BROWSING_PHRASES = [
  'just|only|simply|merely ~2 looking|browsing|exploring|curious|checking+out|checking+things+out|seeing+whats+out+there|window+shopping',
  'solo|nomas|nada+mas|apenas|unicamente ~2 viendo|mirando|explorando|checando|chequeando|curioseando|echando+un+ojo',
  'window shopping',
  'testing the waters',
  'seeing whats out there',
  'browsing',
  // with a degree, or the article left off: "no big hurry", "not in hurry"
  'no real|big|great|huge|particular|_ rush|hurry',
  'not in a|any|_ hurry|rush',
  'in no big|real|particular|_ hurry|rush',
  'eventually',
  'someday',
  'a year or two',
  'couple of|_ years',
  'few years',
  // "de aquí a un par de años", "year and a half at least"
  'par de|_ anos',
  'no real|hard|set|_ deadline|timeline|timeframe',
  'keeping|keep|just+keeping an eye out|on+things|on+the+market',
  'sin prisa',
  'algun dia',
] as const;

/** "As soon as possible" said the other ways: "lo más pronto posible", "tan pronto como se pueda". */
export const SOONEST_PHRASES = [
  // (what would be sooner may come between: "the sooner we're out the better", "entre más rápido nos vayamos mejor")
  'the|_ sooner|faster|quicker ~5 the better|happier|best',
  // "sooner is better", "sooner would be best", "sooner rather than later"
  'sooner|faster|quicker is|would+be|_ better|best',
  'sooner rather than later',
  'entre|mientras|cuanto mas pronto|rapido ~4 mejor',
  'entre|mientras|cuanto antes ~4 mejor',
  'lo antes posible',
  'cuanto antes',
  // the sale or the move wanted now, as its clause's last word: "todos queremos vender ya", "we want to sell now" (not
  // "vender ya que ...", since)
  'vender|venderla|venderlo|venderlas|mudarnos|irnos ya|ahorita|ahora+mismo|ya+mismo $',
  'sell|selling|move|list now|right+now $',
  'lo mas|antes pronto|rapido posible',
  'lo mas|antes pronto|rapido que se pueda',
  'lo mas|antes pronto|rapido que podamos',
  'tan pronto como|_ sea+posible|se+pueda|podamos',
  'en cuanto se+pueda|podamos|sea+posible',
  'lo mas antes',
  // said alone as the whole clause: "lo más pronto, ahorita no cabemos" (not "lo más pronto sería en diciembre")
  'lo|_ mas|antes pronto|rapido|rapidito|prontito $',
  'as fast as possible|we+can',
  'as quick|quickly as possible|we+can',
  // with a word between: "as soon as humanly possible", "as soon as we possibly can"
  'as soon|fast|quick as ~2 possible|can',
  // "este mismo mes", "this very month"
  'este mismo mes',
  'this same|very month',
  // "soon" or "pronto" as the whole clause ("Pronto. Mi roommate se muda en tres semanas"): a date beside it says when
  '^ pues|well|oh|ok|hopefully|ojala|_ pronto|prontito|soon|soonish $',
] as const;

/** Fillers before an answer ("hmm, no", "honestly no", "lol nope"): one at most, or none. */
const FILLER = 'mm*|hmm*|uh*|um*|eh|uy|ay|uff|ugh|oof|pues|well|honestly|sinceramente|_';
const NO_SAID =
  'not+a+chance|no+chance|que+va|ni+a+palos|heck+no|hell+no|no+way+jose|no|nope|nah|not+really|no+way|negative|para+nada|nel|probably+not|prob+not|likely+not|i+dont+think+so|dont+think+so|creo+que+no|no+creo|mejor+no|probablemente+no|i+doubt+it|doubt+it|lo+dudo';
/** What makes the "no" opening an answer no decline: "hmm no es imposible", "no problem", "no hay problema". */
export const NOT_A_DECLINE_AFTER =
  'es+imposible|is+impossible|problem|problema|hay+problema|worries|way+thats+great';
/** A no opening the answer to a yes/no question ("nope", "hmm, creo que no", "i doubt it"). */
export const NO_OPENINGS = [`${FILLER} ${NO_SAID}`] as const;
/**
 * A no said to the window by name ("negative on 30-45 days", "nope to 45 days", "and no on the 30 days", "no a los 45
 * días"): the days it names are refused, not taken.
 */
export const NO_TO_THE_WINDOW = [
  `and|y|but|pero|_ ${FILLER} ${NO_SAID} on|to|for|about|a|al|con|en the|los|las|el|la|that|those|_ 30|45|thirty|forty|treinta|cuarenta|window|timeline|timeframe|plazo`,
] as const;
/** Words after a "no" that make it a verb's negation, no answer ("así que no le debemos nada al banco"). */
export const NEGATED_VERB_AFTER =
  'le|les|me|nos|lo|la|los|las|te|debemos|debo|debe|tenemos|tengo|tiene|hay|hemos|he|ha|owe|have|had|need';
/** A no after a duration asked back ("45 days?? no way", "45 días? imposible", "lol no"). */
export const DECLINED_OPENINGS = [
  `lol|lmao|haha|jaja|ha|uh|um|hmm|uy|ay|uff|ugh|honestly|sinceramente|_ no|nope|nah|not+really|no+way|negative|para+nada|nel|imposible|impossible|slower|too+soon|too+fast|too+quick|muy+pronto|demasiado+pronto|hell+no|absolutely+not|de+ninguna+manera|ni+de+chiste`,
] as const;

/** A move wanted at once, said as "yesterday" or with Spanish "ya" ("needed it yesterday", "mudarnos ya"). */
export const IMMEDIATE_PHRASES = [
  // (not a place passed: "we drove by yesterday")
  { words: 'like|by yesterday', notPrecededBy: 'drove|drive|went|came|stopped|swung|passed|walked|ran|rode' },
  // "pa ayer", "para ayer": wanted yesterday
  'pa|para ayer',
  // "luego luego", "ya mismo": at once
  'luego luego',
  'ya mismo',
  // "de volada" (at once), "pa' ya" (right away, "pa'" is "para")
  'de volada',
  '^ para ya $',
  // "re pronto", "really soon" as the answer
  '^ pues|well|oh|ok|_ re|muy|bien|super|really|very|real pronto|soon $',
  'needed it yesterday',
  'need|needed it|to+move|to+be+in yesterday',
  { words: 'yesterday lol|lmao|haha|jaja|_', whole: true },
  // "yesterday if we could lol", "ayer si se pudiera"
  'yesterday|ayer if|si we|i|se|_ could|can|pudiera|pudieramos|possible|posible',
  { words: 'comprar|mudarnos|mudarme|cambiarnos ya', notFollowedBy: 'no|que|tenemos|estamos|vimos|hablamos' },
  // the move waits only for the home: "as soon as we find one", "en cuanto encontremos casa nos mudamos" (not
  // "whenever we find the right one", nor "as soon as we find a lender")
  {
    words:
      'as+soon+as|en+cuanto|tan+pronto|tan+pronto+como|apenas|nomas+que|nada+mas+que|no+mas+que|una+vez+que we+find|we+found|encontremos|hallemos',
    notFollowedBy: 'a+lender|un+prestamista|a+job|trabajo|the+money|el+dinero|a+buyer|comprador',
  },
] as const;

/**
 * The lead's move tied to a date it said of someone else: "el lease de mi mamá se acaba en 8 semanas y vivimos juntas,
 * so by then", "ellos cierran en unos 60 días, so we have to move out before that".
 */
export const TIED_TO_THEIR_DATE_PHRASES = [
  'by|before|for then|that|that+point|that+time|that+date',
  'para|antes+de|hasta entonces|eso|esa+fecha|ese+dia|ese+tiempo',
  // ...or a hurry concluded from it: "his parents' lease is up in 7 weeks so sooner is better", "así que lo antes posible"
  'so|asi+que|entonces|por+eso sooner|asap|pronto|cuanto+antes|lo+antes+posible|rapido',
] as const;

/** A few months, said without a number ("a couple of months", "unos meses"). */
export const FEW_MONTHS_PHRASES = [
  'a|_ few months',
  'couple of|_ months',
  'unos|pocos meses',
  'un par de meses',
] as const;

/** The lead says its plans changed: what follows replaces what it said before ("actually", "cambio de planes"). */
export const CHANGED_WORDS = [
  'actually',
  'update',
  'change of plans',
  'plans changed',
  'turns out',
  'things changed',
  'en realidad',
  'cambio de planes',
  'cambiaron los planes',
  'resulta que',
  'siempre si',
  'siempre no',
  'timing changed',
  'the timing changed',
  'plans have changed',
  'el timing cambio',
  'timing cambio',
  'cambio el timing',
  'cambiaron las fechas',
  'ahora queremos',
  'ahora necesitamos',
  'now we want',
  'now we need',
  'now we have to',
  'las cosas cambiaron',
  // a better time said for a new reason: "mi vieja dice que mejor en dos meses"
  'que mejor en',
  'mejor en',
  'better in',
  // a need said again, changed: "we need 4 bedrooms after all", "bump it up to 4", "al final sí queremos 4"
  'after all',
  'al final',
  'despues de todo',
  'bump',
  'bump it up',
  'on second thought',
  'pensandolo bien',
] as const;

/** Units of a duration, and what else a bare number may count ("3 beds", "650k", "4 pm"). */
/**
 * The units and counts of a duration ("in 3 months", "two and a half months", "10 weeks from now"): a time said so is
 * explicit, and replaces one read before from a day or an event only ("this week", "tuesday", "school starts").
 */
// prettier-ignore
export const COUNTED_UNITS: readonly string[] = [
  'day', 'days', 'week', 'weeks', 'wks', 'month', 'months', 'mos', 'year', 'years', 'dia', 'dias', 'semana', 'semanas',
  'mes', 'meses', 'ano', 'anos',
];
// prettier-ignore
export const DURATION_COUNTS: readonly string[] = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'half',
  'couple', 'few', 'un', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'medio',
  'par', 'unos',
];

/** Hedges that sit inside an answer and change nothing of it: "30-45 would honestly be fine", "sí, la verdad". */
export const HEDGE_WORDS: readonly string[] = [
  'honestly',
  'really',
  'totally',
  'definitely',
  'def',
  'truly',
  'tbh',
  'sinceramente',
  'realmente',
];

/** A time said past with "back" ("a few weeks back"), read as "ago" (chrono reads "a few weeks" ahead). */
export const BACK_AS_AGO: readonly (readonly [string, string])[] = ['day', 'week', 'month', 'year'].flatMap(
  (unit) => [
    [`${unit}s back`, `${unit}s ago`],
    [`${unit} back`, `${unit} ago`],
  ],
);

/** Units of time said small ("en dos semanitas", "unos mesecitos"), read as the unit (no other word holds them). */
export const SMALL_UNITS: readonly (readonly [string, string])[] = [
  ['semanitas', 'semanas'],
  ['semanita', 'semana'],
  ['mesecitos', 'meses'],
  ['mesecito', 'mes'],
  ['diitas', 'dias'],
  ['diita', 'dia'],
  // what is left, said with "more": "our lease is having 5 more months", "2 more weeks", "3 meses más"
  ...(['days', 'weeks', 'months', 'years'] as const).map((unit) => [` more ${unit}`, ` ${unit}`] as const),
  ...(['dias', 'semanas', 'meses', 'anos'] as const).flatMap((unit) => [
    [` mas ${unit}`, ` ${unit}`] as const,
    [` ${unit} mas`, ` ${unit}`] as const,
  ]),
];
// prettier-ignore
export const DURATION_UNITS: readonly string[] = [
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'dias', 'semanas', 'meses', 'anos',
];
// prettier-ignore
export const NOT_A_DURATION_AFTER: readonly string[] = [
  'k', 'mil', 'bed', 'beds', 'bedroom', 'bedrooms', 'br', 'bd', 'bath', 'baths', 'ba', 'am', 'pm', 'recamaras', 'cuartos',
  'bdrm', 'bdrms', 'bdr', 'bds', 'brs', 'habitacion', 'habitaciones', 'recamara', 'cuarto', 'banos', 'of', 'de', 'kids',
  'hijos', 'people', 'personas',
];
/** A time the lead prefers to the one asked ("mejor en 2 meses", "more like 60 days"). */
// prettier-ignore
export const PREFERRED_WORDS: readonly string[] = [
  'mejor', 'better', 'prefer', 'preferably', 'rather', 'more like', 'mas bien', 'ideally', 'idealmente', 'preferimos',
  'prefiero',
];
/**
 * A wish for the home, in the clause of a date ("we're hoping for may", "we need a place by may", "la casa la queremos
 * para mayo"): that date is the move, not a same-day time said of something else in another clause ("helping my
 * sister move tonight", "i start my new job today").
 */
// prettier-ignore
export const HOME_WISH_WORDS: readonly string[] = [
  'hoping', 'hope', 'want', 'wanna', 'need', 'ideally', 'planning', 'aiming', 'queremos', 'quiero', 'necesitamos',
  'necesito', 'esperamos', 'ojala', 'planeamos', 'buscamos', 'ocupamos',
];
/** The times of the same day as a date reads them ("today", "tonight", "hoy"), not "asap" nor "right away". */
// prettier-ignore
export const SAME_DAY_WORDS: readonly string[] = [
  'today', 'tonight', 'hoy', 'esta noche', 'this morning', 'this afternoon', 'this evening',
];
/** A rougher second guess after a duration ("2 months. well, more like 4"): its bare number takes the unit. */
export const SECOND_GUESS_WORDS: readonly string[] = [
  'more like',
  'mas bien',
  'mas como',
  'or rather',
  'well',
  'bueno',
  'make it',
  'make that',
  'que sean',
  'hmm no',
  'hm no',
  'ay no',
  'ah no',
  'uh no',
  'no no',
  'probably',
  'realistically',
];
/** A wider time said as leeway, not instead: "45 days works. i mean even 6 months would be ok", "hasta en 6 meses". */
export const LEEWAY_WORDS: readonly string[] = [
  'even',
  'or even',
  'incluso',
  'hasta en',
  'aun en',
  'o hasta',
];

/** What follows is the answer ("...we'd have to find a place first so probably not", "entonces sí"). */
export const THEREFORE_WORDS = ['so', 'entonces', 'asi que', 'o sea', 'which means', 'meaning'] as const;
/** Words after which a bare 30 or 45 answers the days asked ("..., but 45 could work", "maybe 30"). */
export const BARE_DAYS_AFTER_WORDS: readonly string[] = [
  'but',
  'pero',
  'just',
  'only',
  'solo',
  'maybe',
  'quizas',
  'vez',
];
/** Words after a bare 30 or 45 that make it a count of something else ("45 minutes", "30k", "45 mil"). */
// prettier-ignore
export const NOT_DAYS_AFTER_WORDS: readonly string[] = [
  'days', 'day', 'dias', 'días', 'k', 'mil', '%', 'to', 'a', 'o', 'or', 'min', 'mins', 'minute', 'minutes', 'minutos',
  'mi', 'miles', 'millas', 'hours', 'hour', 'hrs', 'horas', 'weeks', 'week', 'wks', 'semanas', 'months', 'meses',
  'years', 'yrs', 'anos', 'años', 'grand', 'thousand', 'percent', 'por',
];
/** The yes that closes a condition: "if we find the next place in time, then yes", "si encontramos casa, entonces sí". */
// prettier-ignore
export const CONDITIONAL_YES_WORDS: readonly string[] = [
  'yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'definitely', 'si', 'claro', 'seguro', 'it works', 'that works', 'we can',
];

/**
 * When a holiday falls, in a local year: a fixed date, the nth weekday of a month (`nth` -1 is the last), or Easter
 * Sunday. Months 0 (January) to 11.
 */
export type HolidayDate =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number }
  | { easter: true; shift: number };

/** Holidays a lead times a move by ("by memorial day", "antes del 4 de julio", "para semana santa"), folded. */
// prettier-ignore
export const HOLIDAYS: readonly { words: readonly string[]; on: HolidayDate }[] = [
  // "the holidays", "end of the year", "new year": before the season gets busy (the 20th of December).
  { words: ['the holidays', 'christmas', 'xmas', 'new year', 'new years', 'navidad', 'navidades', 'las fiestas', 'fin de ano',
    'end of the year', 'end of year', 'ano nuevo', 'finales de ano', 'finales del ano', 'fines de ano', 'fines del ano',
    'fin del ano', 'final del ano', 'late this year', 'later this year'], on: { month: 11, day: 20 } },
  { words: ['thanksgiving', 'accion de gracias'], on: { month: 10, weekday: 4, nth: 4 } },
  { words: ['memorial day'], on: { month: 4, weekday: 1, nth: -1 } },
  { words: ['labor day'], on: { month: 8, weekday: 1, nth: 1 } },
  { words: ['4th of july', 'fourth of july', 'july 4th', 'independence day', '4 de julio', 'cuatro de julio'],
    on: { month: 6, day: 4 } },
  { words: ['cinco de mayo'], on: { month: 4, day: 5 } },
  { words: ['mothers day', 'dia de las madres', 'dia de la madre'], on: { month: 4, weekday: 0, nth: 2 } },
  { words: ['fathers day', 'dia del padre'], on: { month: 5, weekday: 0, nth: 3 } },
  { words: ['halloween'], on: { month: 9, day: 31 } },
  { words: ['valentines', 'valentines day', 'san valentin'], on: { month: 1, day: 14 } },
  { words: ['spring break'], on: { month: 2, day: 15 } },
  { words: ['easter', 'pascua', 'semana santa'], on: { easter: true, shift: 0 } },
];
/**
 * Events whose date varies, read only when nothing else in the message says when ("before school starts, like 2
 * months" is two months): the school year starting again, mid-August here.
 */
// prettier-ignore
export const LOOSE_EVENTS: readonly { words: readonly string[]; on: HolidayDate }[] = [
  { words: ['school starts', 'school starts back', 'school starts again', 'school starts back up', 'back to school',
    'start of school', 'school year starts', 'new school year', 'regreso a clases', 'empiecen las clases',
    'empiecen clases', 'inicio de clases', 'entren a la escuela', 'empiece la escuela', 'empiece el ciclo escolar'],
    on: { month: 7, day: 15 } },
];

/**
 * A visit to a home: a date said right after one is when the lead wants to see it, not when it moves ("can i tour
 * it on saturday", "¿la podemos ver el sábado?", "quiero verla mañana"), folded.
 */
// prettier-ignore
export const SHOWING_WORDS = [
  'see it', 'see the house', 'see the home', 'see the place', 'see this one', 'see that one', 'see them', 'tour',
  'tour it', 'view it', 'visit', 'look at it', 'walk through', 'walkthrough', 'showing', 'open house', 'verla',
  'verlo', 'verlas', 'ver la casa', 'ver las casas', 'la podemos ver', 'lo podemos ver', 'la puedo ver', 'visitarla',
  'visitar', 'conocerla', 'recorrerla', 'recorrido', 'pasar a verla', 'ir a verla',
  // dropping in: "we might stop by saturday", "could swing by sunday", "pasamos el sábado"
  'stop by', 'swing by', 'drop by', 'pop by', 'come by', 'stop in', 'pop in', 'come see', 'check it out',
  'darnos una vuelta', 'damos una vuelta', 'dar una vuelta', 'pasamos a verla',
] as const;

/** Someone's day that is no move: "mi hijo cumple 5 next month", "my bday is april 15", "our anniversary in may". */
// prettier-ignore
export const OTHER_DAYS: readonly string[] = [
  'birthday', 'bday', 'b-day', 'cumple', 'cumplen', 'cumpleanos', 'turns', 'anniversary', 'aniversario', 'quince',
  'quinceanera', 'quinces',
];

/** A day the move is set against: "before my son's birthday", "para el cumple de mi hija". */
// prettier-ignore
export const BY_WORDS: readonly string[] = [
  'before', 'by', 'after', 'until', 'antes de', 'antes del', 'para', 'despues de', 'despues del',
];

/** Who asks for its own move date: "can we be moved in by april 30?", "¿podemos cerrar en mayo?". */
export const ASKING_SELVES: readonly string[] = ['we', 'i', 'us', 'podemos', 'puedo', 'podriamos'];
/** Moving in or closing: "moved in", "close by may 15", "mudarnos", "cerrar". */
// prettier-ignore
/** The move named by a noun or a moment of it, beside OWN_MOVE's verbs: "la mudanza", "nos vemos desempacando". */
export const MOVE_ITSELF_WORDS: readonly string[] = [
  'mudanza', 'desempacando', 'unpacking', 'unpacked', 'movers', 'mudados', 'mudadas', 'moved in', 'instalados',
];
export const MOVING_IN_WORDS: readonly string[] = [
  'move',
  'moved',
  'moving',
  'close',
  'closing',
  'be in',
  'get in',
  'mudarnos',
  'mudarme',
  'mudar',
  'cerrar',
  'estar en',
];
/** A flat refusal right before a date: "ni de broma en 30 días", "no way in 45 days", "ni loca en un mes". */
// prettier-ignore
export const NO_WAY_WORDS: readonly string[] = [
  'ni de broma', 'ni de chiste', 'ni loco', 'ni loca', 'ni locos', 'de ninguna manera', 'ni en suenos', 'no way',
];

/**
 * What a length of time can measure besides a move: money kept or paid, papers, a job held ("3 months of reserves",
 * "2 years of tax returns", "6 meses de renta", "2 años de trabajo"). Words of one token each.
 */
// prettier-ignore
export const MEASURED_THINGS: readonly string[] = [
  'reserves', 'reserve', 'reservas', 'savings', 'ahorros', 'ahorrado', 'cushion', 'rent', 'renta', 'payments', 'pagos',
  'mortgage', 'hipoteca', 'expenses', 'gastos', 'bills', 'cuentas', 'statements', 'estados', 'paystubs', 'stubs',
  'talones', 'returns', 'declaraciones', 'taxes', 'impuestos', 'income', 'ingresos', 'job', 'employment', 'empleo',
  'trabajo', 'work', 'experience', 'experiencia', 'history', 'historial', 'credit', 'credito', 'antiguedad',
];
/** How a length of minutes or hours measures a distance ("15 min from work", "a media hora del trabajo"). */
// prettier-ignore
export const DISTANCE_WORDS: readonly string[] = [
  'from', 'of', 'away', 'drive', 'commute', 'walk', 'each', 'de', 'del', 'manejando', 'caminando',
];
/**
 * How the lead lives now, said with "right now" ("we rent right now", "renters right now", "ahorita vivimos con mis
 * papás"): a state, not when it moves (extract/timeline.ts PRESENT_STATE). Folded.
 */
// prettier-ignore
export const CURRENT_STATES: readonly string[] = [
  'have', 'has', 'tiene', 'tenemos', 'tengo', 'spend', 'gastar', 'commute', 'commuting', 'manejo', 'rent', 'renta', 'alquiler', 'renting', 'rentamos',
  'rento', 'rentando', 'alquilamos', 'alquilo', 'alquilando', 'renters', 'renter', 'tenants', 'inquilinos', 'live',
  'living', 'vivimos', 'vivo', 'viviendo', 'lease', 'leasing', 'staying', 'stuck', 'saving', 'saving up', 'ahorrando',
  'juntando', 'fixing our credit', 'fixing my credit', 'arreglando el credito', 'arreglando mi credito',
  'arreglando nuestro credito', 'in an apartment', 'in a rental', 'en un departamento', 'en una departamento',
  'en un apartamento', 'en una apartamento', 'en un renta', 'en una renta', 'con mis papas', 'con mi papas',
  'con los papas', 'con mis padres', 'con mi padres', 'con los padres', 'con mis suegros', 'con mi suegros',
  'con los suegros', 'con mis familia', 'con mi familia', 'con los familia',
];
/** Same-day dates as chrono writes them ("tonight", "esta noche", "mañana" folded): none holds a move of its own. */
// prettier-ignore
export const SAME_DAY_DATES: readonly string[] = [
  'right now', 'now', 'ahora', 'ahorita', 'today', 'tonight', 'tomorrow', 'hoy', 'esta noche', 'manana', 'this evening',
  'esta tarde', 'this afternoon',
];
/** Words that say today or now: chrono reads each as a date, the asap list holds "right now" and "ahorita". */
const SAME_DAY = 'now|ahora|ahorita|today|tonight|tomorrow|hoy|noche|manana|evening';
/** Fillers before a time said as the whole answer ("so pretty much now", "basically now", "pues ahorita"). */
const NOW_FILLERS =
  'so|pretty+much|basically|honestly|probably|prob|pues|entonces|asi+que|osea|o+sea|well|um|uh|_';
/** What may follow a time said as the whole answer ("today if possible", "hoy mismo", "tonight lol"). */
const ANSWER_TAIL =
  'if+possible|if+we+can|if+we+could|if+i+can|if+i+could|si+se+puede|si+podemos|de+ser+posible|lol|haha|jaja|mismo|please|pls|ideally|honestly|even|ojala|_';
/**
 * A same-day time ("now", "right now", "ahorita", "today", "tonight", "mañana") that says when the lead moves: the
 * move or the purchase right before it ("we want to move now", "listos para comprar ahora"), a home needed then ("we
 * need a place now"), or the time as the whole clause ("right now", "today if possible"). "we need 4 bedrooms now",
 * "im at work right now" and "lo hablo con mi esposo tonight" say how things are or when something else happens.
 */
// prettier-ignore
export const NOW_OF_A_MOVE: readonly (string | { words: string; unless: string })[] = [
  `move|moving|mudar*|mudarnos|mudarme|cambiarnos|buy|buying|comprar|purchase|ready|listo|listos|lista|listas|start|empezar|out ~3 ${SAME_DAY}`,
  // looking for a home now ("we're looking now"), not an evening's browsing ("looking at houses online tonight")
  'looking|buscando ~3 now|ahora|ahorita',
  // a closing of the purchase, not of a refinance ("we close on our refinance tomorrow")
  { words: `close|closing|cerrar ~3 ${SAME_DAY}`, unless: 'refinance|refi|refinancing|refinanciamiento' },
  `need|want|necesitamos|necesito|queremos|quiero|ocupamos a|an|una|un|_ place|house|home|casa|something|algo|lugar|it|one ~2 ${SAME_DAY}`,
  // (past a filler or two: "so pretty much now", "basically right now", "pues ahorita")
  `^ ${NOW_FILLERS} ${NOW_FILLERS} like|para|pa|by|for|como|_ right|esta|this|_ ${SAME_DAY} ${ANSWER_TAIL} ${ANSWER_TAIL} $`,
  'ahora mismo|ya',
];

/** The days of the week in English, Monday first. */
// prettier-ignore
export const WEEKDAYS_EN: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
/** The days of the week in Spanish (folded), Monday first. */
// prettier-ignore
export const WEEKDAYS_ES: readonly string[] = [
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
];
/** The short forms of each day of WEEKDAYS_EN ("tues", "thu", "sat"), Monday first. */
// prettier-ignore
export const WEEKDAY_SHORT_FORMS: readonly (readonly string[])[] = [
  ['mon'], ['tues', 'tue'], ['wed'], ['thurs', 'thu'], ['fri'], ['sat'], ['sun'],
];
/** The days of the week, English and Spanish. */
export const WEEKDAYS: readonly string[] = [...WEEKDAYS_EN, ...WEEKDAYS_ES];
/** Verbs of something that happened, before its weekday ("me llamaron ... el lunes", "we talked ... on monday"). */
// prettier-ignore
export const PAST_EVENT_VERBS: readonly string[] = [
  'called', 'came', 'went', 'saw', 'visited', 'talked', 'spoke', 'happened', 'started', 'received', 'llamaron',
  'hablaron', 'vino', 'vinieron', 'fuimos', 'fue', 'vimos', 'recibimos', 'empezo', 'empezaron', 'got back', 'texted',
  'emailed', 'replied', 'answered', 'sent', 'hablo', 'llamo', 'escribio', 'mando', 'contesto', 'hable', 'llame',
  'arrived', 'signed', 'toured', 'met', 'heard', 'llego', 'visitamos', 'hablamos', 'firmamos', 'mandaron', 'recibi',
  'cerro', 'cerraron', 'cerramos', 'closed', 'finished', 'termino', 'terminaron', 'terminamos',
];
/** The months in Spanish (folded). */
// prettier-ignore
export const MONTH_NAMES_ES: readonly string[] = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre',
  'diciembre',
];
/**
 * Verbs of a thing done, said right before when it was done ("i moved out in october", "my last one took 4 months to
 * close", "me mudé en enero"): a time past, no time to come. Only forms that are past alone ("nos mudamos en enero"
 * may be a plan).
 */
// prettier-ignore
export const DONE_BEFORE_A_TIME: readonly string[] = [
  'moved', 'took', 'closed', 'bought', 'sold', 'tardo', 'tardaron', 'tomo', 'mude', 'mudaron', 'vendimos', 'vendieron',
  'cerro',
];
/** The months, English and Spanish (folded). */
// prettier-ignore
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', ...MONTH_NAMES_ES,
];
/** What introduces a name, which may be a month's ("me llamo Julio", "my name is April"): no date. */
// prettier-ignore
export const MONTH_NAMED_PLACES: readonly string[] = [
  // March Air Reserve Base in Riverside: "mi esposo está en la base de March", "stationed at March ARB"
  'base|field de|at|in|_ march',
  'march air|arb|afb|field|base|reserve',
  'at|stationed|assigned march',
];
/** What introduces a name ("me llamo", "my name is"): a month after it is a name ("soy Abril"). */
// prettier-ignore
export const NAME_INTROS: readonly string[] = [
  'llamo', 'nombre+es', 'name+is', 'names', 'soy', 'habla', 'this+is', 'its', 'im', 'named', 'called',
];
/** A state that already lasted, before "for a couple of weeks": "went quiet for", "estuve ocupado por". */
// prettier-ignore
export const PAST_STATE_WORDS: readonly string[] = [
  'went', 'been', 'was', 'were', 'estuve', 'estuvimos', 'anduve', 'anduvimos', 'sat', 'quiet', 'busy', 'away',
  'ocupado', 'ocupada', 'ocupados', 'ocupadas',
];
/**
 * How long a search was paused or has lasted, in the clause of a span ("we had to pause the search for a few months",
 * "tuvimos que parar la búsqueda unos meses", "llevamos buscando 2 meses"): the past's length, not the move's time.
 */
// prettier-ignore
export const SPAN_OF_THE_SEARCH_WORDS: readonly string[] = [
  'pause', 'paused', 'pausing', 'stopped', 'break', 'hold', 'spent', 'been', 'parar', 'paramos', 'pausar', 'pausamos',
  'pausa', 'dejamos', 'dejar', 'estuvimos', 'estuve', 'llevamos', 'llevo', 'pasamos', 'descanso', 'descansar',
];
/**
 * A length said of something that comes back, after it or before it ("gone 3 weeks at a time", "every 2 months", "cada
 * 15 días", "trabajo 2 semanas seguidas"): how a life goes, no time for the move.
 */
export const RECURRING_AFTER: readonly string[] = [
  'at a time',
  'a la vez',
  'seguidas',
  'seguidos',
  'straight',
  'de corrido',
  // ("2 weeks into a new job": a length already run)
  'into',
  // a rotation: "I work 2 weeks on 2 weeks off", "14 days on, 14 off"
  'on',
  'off',
  'on off',
];
export const RECURRING_BEFORE: readonly string[] = ['every', 'each', 'cada'];
/**
 * Where the lead is, or what keeps it, until a date ("i'm on shift till thursday", "im out of town till sunday night",
 * "ando de viaje hasta el lunes"): when it can be reached, no time for the move.
 */
// prettier-ignore
export const AWAY_UNTIL_WORDS: readonly string[] = [
  'shift', 'shifts', 'work', 'working', 'town', 'away', 'traveling', 'travelling', 'deployed', 'busy', 'trip',
  'vacation', 'hospital', 'turno', 'trabajo', 'trabajando', 'viaje', 'fuera', 'ocupado', 'ocupada', 'vacaciones',
];
export const UNTIL_WORDS: readonly string[] = ['till', 'til', 'until', 'untill', 'hasta'];
/** What opens a question back about the bot's own words ("what do you mean, like ...?", "¿cómo que ...?"). */
// prettier-ignore
export const ASKED_BACK_OPENINGS: readonly string[] = [
  'what do you mean', 'what does that mean', 'meaning', 'como que', 'que quiere decir', 'que quieres decir',
  'a que te refieres', 'a que se refiere',
];
/** The two sides of a question asked back as a choice ("close that fast or just list it?"). */
export const CHOICE_JOINS: readonly string[] = ['or', 'o', 'u'];
/** Taking a time offered: the words of a yes (WORKS_WORDS) and a goodbye until then ("see you", "nos vemos"). */
// prettier-ignore
export const ACCEPTING_WORDS: readonly string[] = [
  ...WORKS_WORDS, 'see you', 'see ya', 'confirmed', 'nos vemos', 'is good',
];
/** What keeps a lead busy at a time: "i have a dentist appointment", "tengo cita", "my son has a game". */
// prettier-ignore
export const APPOINTMENT_WORDS: readonly string[] = [
  'appointment', 'appt', 'meeting', 'dentist', 'doctor', 'game', 'practice', 'class', 'shift', 'flight', 'cita',
  'junta', 'clase', 'partido', 'turno', 'vuelo', 'consulta', 'dentista',
  // (and what the lead goes to, said as such: "i have physical therapy in the afternoons", "tengo terapia")
  'appointments', 'appts', 'meetings', 'games', 'classes', 'shifts', 'therapy', 'pt', 'dialysis', 'chemo', 'treatment',
  'treatments', 'rehearsal', 'lessons', 'court', 'church', 'school', 'work', 'citas', 'juntas', 'clases', 'terapia',
  'terapias', 'dialisis', 'quimio', 'tratamiento', 'ensayo', 'misa', 'escuela', 'corte',
];
/** A verb's future or present turned down: "won't", "wouldn't", "isn't going to", "can't". */
// prettier-ignore
const NOT_GOING_TO: readonly string[] = [
  "won't", 'wont', 'will not', "wouldn't", 'wouldnt', 'would not', "doesn't", 'doesnt', 'does not', "can't", 'cant',
  'cannot', 'can not',
  ...["isn't", 'isnt', 'is not', "ain't", 'aint'].flatMap((not) => [`${not} going to`, `${not} gonna`]),
];
/** A date turned down right after it: "30 days is impossible", "45 días no nos alcanza", "too soon for us". */
// prettier-ignore
export const DATE_REFUSALS: readonly string[] = [
  'imposible', 'impossible', 'not possible', 'no es posible', 'not doable', 'not gonna happen', 'no way',
  'no se puede', 'no da', 'no alcanza', 'no nos alcanza', 'no me alcanza', 'not enough', "isn't enough",
  'isnt enough', 'mucho tiempo', 'muy pocos', 'muy poquitos', 'bien poquitos',
  // "won't work", "wouldn't work", "is not gonna happen", "can't happen"
  ...NOT_GOING_TO.flatMap((not) => ['work', 'happen', 'cut it'].map((verb) => `${not} ${verb}`)),
  // "no nos va a funcionar", "no me funcionaría"
  ...['no', 'no nos', 'no me'].flatMap((not) =>
    ['va a funcionar', 'funcionaria', 'va a servir', 'serviria', 'va a alcanzar', 'alcanzaria'].map((verb) => `${not} ${verb}`),
  ),
  'no funciona', 'no nos funciona', 'no me funciona', 'no sirve', 'no nos sirve', 'no me sirve',
  ...['soon', 'fast', 'quick', 'short', 'long', 'late', 'far', 'far out', 'far off'].map((word) => `too ${word}`),
  ...['muy', 'demasiado'].flatMap((much) =>
    ['pronto', 'poco', 'rapido', 'largo', 'tiempo', 'tarde', 'lejos'].map((word) => `${much} ${word}`),
  ),
];
/** What may stand between a date and its refusal: "30 days is impossible", "45 días se nos hace imposible". */
// prettier-ignore
export const DATE_REFUSAL_LINKS: readonly string[] = [
  'is', 'are', 'would be', 'es', 'seria', 'son', 'esta', 'seems', 'sounds', 'feels', 'looks',
  ...['se nos', 'se me'].flatMap((us) => ['hace', 'hacen', 'haria', 'harian', 've', 'ven'].map((verb) => `${us} ${verb}`)),
];
/** What may follow such a refusal: "but", "more like", "mejor", "we need". */
// prettier-ignore
export const REFUSAL_THEN: readonly string[] = [
  'but', 'pero', 'more like', 'mas bien', 'mejor', 'we need', 'necesitamos', 'necesito', 'i need',
  // ...or what only makes the refusal stronger: "no nos alcanza pa' nada", "no way at all lol"
  'para nada', 'pa nada', 'at all', 'la verdad', 'honestly', 'tbh', 'lol', 'jaja', 'haha',
];
/** The units of a duration, singular and plural in both languages ("day", "días", "mes", "años"). */
export const DURATION_WORDS: readonly string[] = [...DURATION_UNITS, 'dia', 'semana', 'mes', 'ano'];

/** Units too short for a move ("in the 5s" is the 500s, "2 mins"): never a timeline. */
export const SECOND_UNITS: readonly string[] = [
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'segundo',
  'segundos',
  'minuto',
  'minutos',
];

/**
 * An upper bound said with a negation word, read as "within" (`read/dates.ts`): "no later than june", "not more than 45
 * days", "mientras no pase de los 45 días", "siempre y cuando no sea más de 6 semanas".
 */
// prettier-ignore
export const UPPER_BOUNDS_NEGATED: readonly string[] = [
  ...['no', 'not', 'nothing', 'no mas', 'nada mas'].flatMap((no) =>
    ['later', 'more', 'longer', 'further out', 'mas tarde', 'despues'].flatMap((more) =>
      ['than', 'de', 'que'].map((than) => `${no} ${more} ${than}`),
    ),
  ),
  'no mas de', 'no mas que', 'nada mas de', 'nada mas que', 'no pase de', 'no pase de los', 'no se pase de',
  'no se pase de los', 'no pase mas de', 'no sea mas de', 'no sean mas de', 'no tarde mas de', 'no tarde mas que',
  'no se tarde mas de', 'no exceda', 'no exceda de', 'not past', 'not go past', 'doesnt go past', 'doesnt drag past',
  'dont go past', 'not go over', 'doesnt go over', 'no longer than', 'not longer than',
];

/** What an answer hangs on: "depende de cuándo acaben las clases", "depends on when the house sells". */
// prettier-ignore
export const DEPENDS_ON_WORDS: readonly string[] = [
  // ("it depends if i make shift manager before the holidays", "depende si me dan la plaza en enero")
  ...['depends on', 'depending on', 'depende de', 'dependiendo de', 'todo depende de', 'depends', 'depending', 'depende', 'dependiendo'].flatMap((depends) =>
    ['when', 'if', 'whether', 'how', 'cuando', 'si', 'como', 'que'].map((on) => `${depends} ${on}`),
  ),
];

/**
 * What lasts a while and is no move: "the letter's good for another 60 days", "es válida por 90 días" (not "expires in"
 * or "vence en": a lease that ends is when the lead moves).
 */
// prettier-ignore
export const LASTING_WORDS: readonly string[] = [
  'good for', 'valid for', 'vale por', 'es valida por', 'lasts', 'dura', 'good thru', 'good through',
  // ...or how often something comes: "cada quince días salimos a ver casas", "every 2 weeks"
  'every', 'each', 'cada',
];

/**
 * What a length of time can be the term of, said after it ("a 6 month lease", "a 30 year fixed", "his 9 month
 * deployment") or, in Spanish, before it ("un contrato de 6 meses"): that length is no move (`read/dates.ts`).
 */
// prettier-ignore
export const TERMS_AFTER: readonly string[] = [
  'lease', 'leases', 'contract', 'contracts', 'rental', 'sublease', 'sublet', 'mortgage', 'loan', 'fixed', 'arm',
  'note', 'warranty', 'assignment', 'assignments', 'contract', 'deployment', 'rotation', 'tour', 'stint', 'internship',
  'program', 'residency', 'fellowship', 'travel', 'gig', 'term', 'trial', 'probation', 'plan', 'lock', 'rate',
  'course', 'training', 'trip', 'bootcamp',
  // a length of work or travel: "10 hour shifts", "a 2 hour commute"
  'shift', 'shifts', 'commute', 'commutes', 'drive', 'workday', 'workdays', 'flight', 'layover',
];
// prettier-ignore
export const TERMS_BEFORE: readonly string[] = [
  'contrato', 'contratos', 'lease', 'renta', 'arrendamiento', 'prestamo', 'hipoteca', 'asignacion', 'despliegue',
  'garantia', 'plazo', 'programa', 'residencia', 'curso', 'pasantia', 'practicas', 'entrenamiento', 'capacitacion',
  'viaje', 'beca',
  'turno', 'turnos', 'jornada', 'jornadas',
];

const SCHOOL_THINGS_ES = ['las clases', 'la escuela', 'el ano escolar', 'el ciclo escolar'];
/**
 * The end of the school year, said as an event (`read/dates.ts`): "after the kids finish school", "school's out", "cuando
 * terminen las clases", "al terminar el año escolar". `who` finish (`what`), or a phrase `said` whole.
 */
// prettier-ignore
export const SCHOOL = {
  who: ['kids', 'children', 'school', 'semester', 'school year'],
  finish: [
    'finish', 'finishes', 'finished', 'are done with', 'get out of', 'end', 'ends', 'is over', 'is out', 'is done',
    'lets out', 'gets out',
  ],
  what: ['school', 'the school year', 'the year'],
  said: [
    ...['end of', 'the end of'].flatMap((end) =>
      ['', 'the '].flatMap((the) => ['school year', 'school', 'semester'].map((what) => `${end} ${the}${what}`)),
    ),
    "school's out", 'schools out',
    ...['terminen', 'termine', 'terminan', 'termina', 'acaben', 'acabe', 'acaban', 'acaba', 'salgan', 'salga'].flatMap(
      (verb) => [...SCHOOL_THINGS_ES, 'el curso', 'de la escuela', 'de clases'].map((what) => `${verb} ${what}`),
    ),
    ...['fin', 'final'].flatMap((end) =>
      ['de', 'del'].flatMap((of) =>
        ['las clases', 'ano escolar', 'ciclo escolar', 'curso'].map((what) => `${end} ${of} ${what}`),
      ),
    ),
    ...['', 'al '].flatMap((at) => SCHOOL_THINGS_ES.map((what) => `${at}terminar ${what}`)),
  ],
} as const;

/**
 * The lead's own move or purchase just before a date (`read/dates.ts`): "we want to be moved in by", "queremos estar
 * mudados para", "we close by".
 */
// prettier-ignore
export const OWN_MOVE = {
  who: [
    'we', 'i', "we'd", 'wed', "i'd", 'id', "we're", 'were', "i'm", 'im', 'hoping', 'hope', 'want', 'wanna', 'need',
    'planning', 'plan', 'ideally', 'queremos', 'quiero', 'necesitamos', 'necesito', 'planeamos', 'esperamos', 'ojala',
    'nos', 'me', 'quisieramos', 'quisiera', 'gustaria', 'tenemos', 'tengo', 'gotta', 'have to', 'got to', 'hay que',
    // the household moving ("mi esposa y los niños se cambian en julio"; not "mi hermana se va a mudar")
    'ninos', 'familia', 'esposa', 'esposo', 'kids', 'family', 'wife', 'husband',
  ],
  move: [
    'move', 'moved', 'moving', 'move in', 'moved in', 'be in', 'be settled', 'settled in', 'close', 'closing', 'buy',
    'purchase', 'mudados', 'mudadas', 'mudarnos', 'mudarme', 'mudar', 'cambiarnos', 'instalados', 'instaladas',
    'mudamos', 'mudaremos', 'mudariamos', 'mudan', 'mudaran', 'cambiamos', 'cambiaremos', 'cambian', 'cambiaran',
    'cerrar', 'comprar', 'have the house', 'have a house', 'have our house', 'tener la casa', 'tener casa',
    'tener nuestra casa', 'estar en la casa', 'estar en nuestra casa', 'lined up', 'next place', 'la siguiente',
    'la otra casa',
    // out of the home the lead has now: "we have to be out in 3 weeks" (not "out of town next week")
    ...['be out', 'get out', 'move out'].flatMap((out) => ['in', 'by', 'before'].map((when) => `${out} ${when}`)),
    'salirnos',
    'desocupar',
    'cambiados',
    'cambiadas',
  ],
} as const;

/** What follows a clock or a price, not a home's beds and baths ("9-5 pm", "3-4k"). */
export const NOT_A_HOME_UNITS: readonly string[] = ['am', 'pm', 'k', 'mil'];

/** Hours as a unit ("after 8 hrs at work"): a number before one is no clock hour. */
export const HOUR_UNITS: readonly string[] = [
  'hr',
  'hrs',
  'hour',
  'hours',
  'horas',
  'min',
  'mins',
  'minutes',
  'minutos',
];

/** A date set against the one before: "30 days is too fast but 3 months we could do", "mejor en 2 meses". */
export const DATE_CONTRAST_WORDS: readonly string[] = ['but', 'pero', 'though', 'sino', 'mejor', 'instead'];

/** Sooner than the 30 to 45 days asked ("30 days? no, sooner! like 2 weeks"): no refusal. */
// prettier-ignore
export const SOONER_WORDS: readonly string[] = [
  'sooner', 'faster', 'quicker', 'earlier', 'asap', 'antes', 'mas pronto', 'mas rapido', 'lo antes posible',
];

/** Words that soften a hurry: "kinda urgent", "nos urge un poco", "a bit of a rush". */
// prettier-ignore
export const HURRY_SOFTENERS: readonly string[] = [
  'un poco', 'un poquito', 'a little', 'a bit', 'a bit of a', 'kinda', 'kind of', 'sort of', 'sorta', 'medio', 'algo',
  'somewhat', 'semi',
];

/** A yes judged fine in words of its own ("yes, it is ok for us", "sí, está bien"). */
// prettier-ignore
export const FINE_WORDS = ['ok', 'okay', 'fine', 'good', 'bien', 'perfect', 'perfecto', 'sure', 'claro'] as const;

/** The words chrono reads after "the" as a time ("the week", "the weekend"); any other word there is no date ("the money"). */
// prettier-ignore
export const CHRONO_UNIT_WORDS: readonly string[] = [
  'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'winter',
];

/** A sentence of its own that only acknowledges what was said ("ok. and no, that's way too quick"): no yes. */
export const ACKNOWLEDGMENTS: readonly string[] = [
  'ok',
  'okay',
  'k',
  'kk',
  'alright',
  'got it',
  'gotcha',
  'i see',
  'ah ok',
  'oh ok',
  'ok then',
  'vale',
  'bueno',
  'ya veo',
  'ah',
  'oh',
  'mmm',
  'hmm',
];

/** Words that point back at what a clause before named ("should have it in a few days", "la tendremos en unos días"). */
export const POINTING_BACK_WORDS: readonly string[] = ['it', 'that', 'them', 'lo', 'la', 'los', 'las', 'eso'];
/** ...and the words of a clause that name nothing themselves: hedges, modals, verbs of having or getting. */
// prettier-ignore
export const CLAUSE_NAMING_NOTHING: readonly string[] = [
  'maybe', 'probably', 'prob', 'hopefully', 'should', 'will', 'would', 'could', 'might', 'have', 'get', 'got', 'be',
  'by', 'around', 'like', 'about', 'we', 'i', 'ill', 'well', 'shd', 'gonna', 'quizas', 'tal', 'vez', 'igual', 'capaz',
  'ojala', 'tendremos', 'tendre', 'tengo', 'tenemos', 'dan', 'dara', 'daran', 'sale', 'llega', 'come', 'comes',
];

/**
 * Words that name the move, the home or what a move hangs on, beyond MOVING_IN_WORDS, OWN_MOVE.move and LEASE_WORDS: a
 * date volunteered in a message with none of them is said of something else (extract/timeline.ts).
 */
// prettier-ignore
export const MOVE_NAMING_WORDS: readonly string[] = [
  'house', 'home', 'casa', 'place', 'lugar', 'depa', 'apartment', 'condo', 'timeline', 'timeframe', 'timing', 'tiempo',
  'escrow', 'keys', 'llaves', 'salir', 'salirnos', 'relocating', 'relocate', 'relocation', 'transfer', 'transferred',
  'job', 'start', 'starts', 'empiezo', 'empieza', 'school', 'escuela', 'clases', 'rent', 'renta', 'rentando',
  'rentamos', 'landlord', 'cambiar', 'cambiamos', 'mover', 'movernos', 'movin', 'mudado', 'mudada', 'mudados',
  'mudamos', 'mudaremos', 'mudanza', 'compramos', 'compraremos', 'compra', 'buying', 'entregar', 'vivir', 'be out',
  'move out', 'get out', 'out by', 'ready', 'listos', 'listo', 'need', 'needs',
  'necesitamos', 'urgent', 'urgente', 'asap', 'prisa', 'rush', 'hurry', 'soon', 'pronto', 'by', 'before', 'antes',
  'looking', 'buscando', 'buscamos', 'casero', 'desocupar', 'desalojar', 'desalojo', 'deadline',
];
/** What may stand beside a date in a clause that says nothing but the time frame ("like", "prob", "tal vez unos"). */
// prettier-ignore
export const TIME_FRAME_HEDGES: readonly string[] = [
  'like', 'around', 'about', 'maybe', 'prob', 'probably', 'tal', 'vez', 'unos', 'unas', 'en', 'in', 'within', 'dentro',
  'de', 'from', 'now', 'ahora', 'or', 'o', 'so', 'more', 'less', 'mas', 'menos', 'the', 'a', 'un', 'una', 'el', 'la',
  'los', 'las', 'roughly', 'approximately', 'aprox', 'ish', 'oh', 'and', 'y', 'also', 'tambien', 'ok', 'okay', 'yeah',
  'yes', 'si', 'pues', 'bueno', 'hmm', 'um', 'lol', 'jaja', 'honestly', 'ideally', 'idealmente', 'como', 'sometime',
  'next', 'proximo', 'proxima', 'late', 'early', 'to', 'hasta', 'mid', 'finales', 'principios', 'mediados', 'for',
  'para', 'por', 'ahi', 'guess', 'think', 'creo', 'supongo', 'half', 'medio', 'couple', 'few', 'par', 'one', 'two',
  'three', 'four', 'five', 'six', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'tops', 'max', 'maximum', 'maximo',
  'most', 'least', 'latest', 'at', 'aqui', 'here', 'out', 'give', 'take', 'desde',
];

/** The next of a month named right before it ("next march", "el próximo marzo"). */
// prettier-ignore
export const NEXT_NAMED_WORDS: readonly string[] = [
  'next', 'proximo', 'proxima', 'siguiente', 'otro',
];
/** ...or after it ("march of next year", "marzo del año que viene"). */
// prettier-ignore
export const NEXT_YEAR_AFTER_WORDS: readonly string[] = [
  'next year', 'proximo ano', 'ano que viene', 'ano que entra', 'otro ano',
];

/** A share of every year, no date: "on the road half the year", "most of the year", "year round", "todo el año". */
// prettier-ignore
export const SHARE_OF_A_YEAR_WORDS: readonly string[] = [
  'half the year', 'half of the year', 'most of the year', 'part of the year', 'much of the year', 'all year',
  'all year round', 'all year long', 'year round', 'year-round', 'la mitad del ano', 'parte del ano', 'casi todo el ano',
  'todo el ano', 'medio ano fuera', 'rest of the year', 'el resto del ano',
];

/** How things stand at present, never when the lead moves: "por ahora", "for now", "de momento". */
// prettier-ignore
export const FOR_NOW_WORDS: readonly string[] = [
  'por ahora', 'por el momento', 'de momento', 'por lo pronto', 'for now', 'for the moment', 'for the time being',
];

/** The sale itself, said after a contrast: a yes to it is none to the days ("pero sí queremos vender"). */
// prettier-ignore
export const THE_SALE_ITSELF: readonly string[] = [
  'vender', 'venderla', 'venderlo', 'venta', 'sell', 'selling', 'sale', 'list', 'listing',
];
