import { ACTED_FOR_PEOPLE } from './people.js';
import { WEEKDAYS_EN, WEEKDAYS_ES } from './time.js';
/**
 * The words of hand-off requests and legal matters (`escalation.ts`), English and Spanish side by side, folded
 * (lower case, no accents, no apostrophes). Plain word lists: `escalation.ts` combines them into phrases.
 */

/** Another home's sale told as a price ("went for 610", "sold for", "se vendió en 580"). */
export const COMPARABLE_SALE_WORDS: readonly string[] = [
  'sold',
  'went',
  'closed',
  'vendio',
  'vendieron',
  'cerro',
];

/** Right now, said with a call asked for: "call me now", "llámame ahorita", "márcame ya". */
// prettier-ignore
export const CALL_NOW_WORDS: readonly string[] = [
  'now', 'right now', 'rn', 'asap', 'right away', 'immediately', 'today', 'ahorita', 'ahora', 'ahora mismo',
  'ya mismo', 'hoy', 'de inmediato', 'en este momento', 'call me ya', 'llamame ya', 'marcame ya', 'llamenme ya',
  'marquenme ya', 'hablame ya',
  // soon, today: "me puede marcar jorge al rato?", "call me in a bit"
  'al rato', 'en un rato', 'mas al rato', 'in a bit', 'in a little bit', 'in a little while', 'in a while',
];

/** A person the lead may ask for. */
// prettier-ignore
export const PERSON_NOUNS: readonly string[] = [
  'person', 'human', 'agent', 'realtor', 'broker', 'representative', 'rep', 'manager', 'persona', 'humano',
  'humana', 'agente', 'asesor', 'asesora', 'corredor', 'corredora', 'supervisor', 'supervisora', 'gerente',
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
  'foreclos*|preforeclos*|forclos*|forclous*|foreclous*',
  'ejecucion|ejecuciones hipotecaria|hipotecarias',
  'bank|lender ~ set|scheduled|gave|sent ~ sale|auction date',
  // "the bank scheduled the auction for april 22"
  'bank|lender|banco|prestamista ~ set|scheduled|programo|fijo ~2 auction|trustee+sale|subasta|remate',
  'notificacion|aviso|carta de|del embargo|remate|ejecucion',
  'embargo hipotecario',
  'embargar',
  'notice of default',
  'default notice',
  'trustee|trustees sale',
  'got|received|have|sent us|me|_ a|an|the|_ nod',
  'auction date',
  'auction is in|on|set|scheduled|next',
  'our|my home|house|place|property ~ for|to auction',
  // (the home, with few words before the auction: not "the place two doors down went to auction")
  'the home|house|place|property ~2 for|to auction',
  'bank|banks|lender|lenders|company ~ take|taking back|_ our|my|the house|home|place|property',
  'aviso de incumplimiento|default',
  // "the lender filed an NOD on us", "got a notice of trustee sale"
  'filed|sent|served|got|received ~3 nod|nods|notice+of+default|notice+of+trustee+sale|trustee+sale',
  'fecha de|del remate|subasta',
  'banco|prestamista|bank|lender ~ subastar*|rematar*|auctioning|auction+off|auction+it',
  // the home to be auctioned, whoever says it: "si no pago van a subastar la casa en un mes y medio"
  'va|van|vayan a subastar|rematar la|mi|nuestra|su casa|propiedad',
  'going to|gonna auction our|my|the house|home|place|property',
  'banco|prestamista|bank|lender ~ auction|subastar|rematar our|my|the|la|nuestra house|home|casa|place',
  'casa|la ~ va|van|sale|esta a|en remate|subasta|rematar',
  'tienen|tiene|pusieron|puso|poner en subasta|remate',
  // "me van a sacar la casa a remate"
  'sacar|sacaran|sacan ~3 a|en remate|subasta',
  // "si no vendemos rápido nos rematan la casa"
  'nos|me|les|le rematan|rematen|remataran|subastan|subasten ~1 la|mi|nuestra|su casa|propiedad',
  // said of them, no pronoun: "dicen que rematan la casa en mes y medio"
  'rematan|rematen|remataran|subastan|subasten|subastaran la|mi|nuestra casa|propiedad',
  // the home itself auctioned: "the house gets auctioned 5 weeks from now", "our place is being auctioned off"
  'house|home|place|property|casa gets|is+getting|will+be|is+being|is+going+to+be|goes+to|goes+up+for|is+set+for|is+up+for auctioned|auction',
  'banco|prestamista|financiera|hipotecaria|lender|bank ~ quitar*|embargar*|quitando|embargando ~ casa|propiedad',
  // "el banco me la quiere quitar" (the home named before)
  'banco|prestamista|financiera|hipotecaria|lender|bank me|nos la|lo quiere|quieren|va+a|van+a quitar|embargar',
];

/**
 * A foreclosure threatened unless the lead pays: "si no pago van a subastar la casa", "if we don't pay they'll
 * foreclose" (read even after its negation, which is the condition's).
 */
export const FORECLOSURE_UNLESS_PAID: readonly string[] = [
  'si no pago|pagamos|pagan|pagas ~3 subastar|rematar|quitar|embargar*|quitarnos|quitarme',
  'si no vendemos|vendo|pagamos|pago ~3 rematan|rematen|subastan|quitan|embargan',
  'if i|we|you dont|cant|do+not|cannot pay ~4 auction|foreclose|take+the+house|take+my+house|take+our+house',
];

/** Ways of paying less tax ("avoid paying", "pagar menos", "cut down on"), before what is paid (`TAX_AVOIDED`). */
// prettier-ignore
const PAYING_LESS: readonly string[] = [
  'no pagar', 'pagar menos', 'ahorrar* en|_', 'evit* pagar|_', 'avoid paying|_', 'pay less', 'not pay',
  'get out of paying', 'minimise|minimize|reduce|lower|reducir|bajar', 'cut down|_ on|_',
];
/** Tax avoided: weighed unless the taxes are Mello-Roos ("lower the mello roos taxes" is about the area). */
export const TAX_AVOIDED = PAYING_LESS.flatMap((verb) =>
  ['tantos|tanto|los|de|in|_', 'so much in|_'].flatMap((much) =>
    ['impuestos|taxes', 'capital gains'].map((tax) => `${verb} ${much} ${tax}`),
  ),
);

/**
 * Legal and distress matters the lead brings (a hand-off, DOMAIN.md section 1.5), each with the detail the agent
 * sees, in the order they are weighed. Tax avoided (`TAX_AVOIDED`) and "owe taxes" (with what it is owed on) are read
 * by `escalation.ts` with the advice.
 */
// prettier-ignore
export const LEGAL_PHRASES: readonly (readonly [string, readonly string[]])[] = [
  ['bankruptcy', ['bankrupt*|bancarrota*|quiebra*', 'chapter 7|13']],
  ['lawyer', ['lawyer|lawyers|attorney|attorneys|abogado|abogada|abogados|abogadas']],
  [
    'lawsuit',
    [
      'lawsuit|lawsuits|suing|sued|demandar|demandando|demandaron',
      // "mi tía nos puso una demanda por la casa"
      'puso|pusieron|metio|metieron|hay|tiene|tenemos|tengo|traemos|traigo|trae una demanda',
      // "a credit card company got a judgment against me"
      'judgment|judgement|judgments|judgements against',
      'un|una juicio|sentencia|embargo en|contra mi|nosotros|mio',
      'sue me|us|them',
      'una demanda legal',
      // "la HOA me demandó", "nos demandaron", "estoy demandado"
      'me|nos|lo|la|les demando|demandan|demandaran|demandaria',
      'demandado|demandada|demandados|demandadas',
      // a will contested in probate: "my cousin filed an objection to the will", "impugnaron el testamento"
      'objection|objections|contest|contested|contesting|challenge|challenged|challenging ~3 the|a|_ will|estate|probate',
      'impugno|impugnaron|impugnar|impugnando ~2 el|la|_ testamento|herencia|sucesion',
      'probate isnt|is+not|not|hasnt|has+not ~1 closed|finished|done|cleared',
      'probate ~2 still|_ open|pending|contested',
    ],
  ],
  ['short sale', ['short sale|sales', 'venta|ventas corta|cortas']],
  // who may sign for a parent: "do i need a conservatorship or power of attorney for this?", "¿necesito una tutela?"
  ['conservatorship', ['conservatorship|conservatorships|conservator|tutela|curatela']],
  // a co-owner on the title who will not sign: "mi ex todavía aparece en el título y no quiere firmar nada"
  // ...or a sale asked without a co-owner's signature: "¿puedo vender sin su firma?", "can i sell without my ex signing?"
  [
    'title dispute',
    [
      'titulo|title|deed|escritura ~8 no+quiere|no+quieren|wont|refuses+to|refused+to|will+not firmar|sign',
      'sell|selling|vender|vendo|venderla|venderlo|list|listing ~3 without|sin ~4 signature|signatures|signing|sign|firma|firmas|firmar|consent|consentimiento',
      // ...or a co-owner who will not sign: "can I sell if my brother refuses to sign?", "mi hermana no quiere firmar"
      // (not "won't sign up for the newsletter", "refuses to sign with an agent")
      'brother|sister|ex|husband|wife|cousin|siblings|coowner|hermano|hermana|hermanos|esposo|esposa|marido|primo|prima ~2 refuses+to|refused+to|wont|will+not|no+quiere|no+quieren|se+niega+a sign|firmar $',
      'brother|sister|ex|husband|wife|cousin|siblings|coowner|hermano|hermana|hermanos|esposo|esposa|marido|primo|prima ~2 refuses+to|refused+to|wont|will+not|no+quiere|no+quieren|se+niega+a sign|firmar the|los|las|la|el|_ papers|papeles|deed|title|titulo|escritura|documents|documentos|sale|venta',
    ],
  ],
  [
    'tax lien',
    [
      'tax|irs lien|liens',
      'lien|liens on|against the|my|our|_ house|home|property|it',
      'un|el|_ lien de|del|sobre|por|a+la|al',
      'puso|pusieron|metio|metieron|tiene|hay un|una|_ lien|liens',
      'gravamen',
      'embargo fiscal',
      // a seizure put on the home for taxes: "le pusieron un embargo a la casa por los impuestos"
      'embargo ~6 impuestos|irs|taxes|hacienda',
    ],
  ],
  [
    'legal or tax advice',
    [
      'legal|tax advice',
      'is it|this|that legal',
      'can i|we legally',
      'legal question|issue|problem',
      // the home taken for a debt: "¿me pueden quitar la casa por eso?", "can they take my house?"
      'pueden|puede|podrian|van+a quitar|quitarme|quitarnos ~1 la|mi|nuestra casa',
      'can|could|will|would they|the+hoa|the+bank take|taking my|our|the house|home',
      'capital gain|gains',
      'how much in|_ tax|taxes would|will|do|should|voy|vamos|tengo|tendria|tendriamos|i+pay|we+pay|id+pay|wed+pay',
      'tax implication|implications|consequence|consequences|question|questions|liability|penalt*',
      'tax writeoff|writeoffs',
      'tax write off|offs',
      // a 1031 exchange asked about ("can we do a 1031 exchange?"), not the cash of one told as a fact ("tengo 1031
      // exchange money from a sale")
      'can|could|should|would|how|does|qualify|puedo|podemos|puede|como|se+puede|aplica|califica ~5 1031',
      'consejo legal',
      // "I need to know what the law says", "¿qué dice la ley?"
      'what|que the|la law|ley say|says|dice|dicen',
      'what|que does|_ the|la law|ley say|says|dice',
      'asesoria legal|fiscal',
      'ganancias de capital',
      'cuanto pagaria|pago de impuestos',
      'cuanto voy a pagar de impuestos',
      'cuanto tendria que pagar de impuestos',
      'impuesto|impuestos de|sobre la|_ ganancia|venta',
      // "cuánto nos toca pagar de taxes on the profit?", "how much would we owe in taxes"
      'cuanto|how+much ~4 pagar|pago|pagaria|pay|paying|owe|toca ~3 impuestos|taxes|tax',
      // "cuánto le toca al IRS de la ganancia"
      'irs ~4 ganancia|ganancias|profit|profits|gain|gains|sale|venta',
      'tax|taxes|impuestos on|sobre|de the|la|el|_ profit|profits|gain|gains|ganancia|ganancias',
      // "¿me conviene ponerla a nombre de mis hijos ... por lo de los impuestos?"
      'me|nos conviene ~8 impuesto|impuestos|taxes',
      'por lo de|por los impuestos',
      // "how bad is depreciation recapture going to hit me", "¿tengo que ir a la corte?"
      'depreciation recapture',
      'ir|irnos|irme a la corte',
      'go|going|take+her|take+him|take+them to court',
      // what a court or an executor must do for the sale, asked: "do we need the probate court to approve the sale or can
      // the executor just sign?", "¿puede firmar el albacea?" (not told: "the court has to approve the sale first")
      'do|does|would|will we|i|you|it|the+sale need|require|have+to ~5 probate|court|judge|juez|corte|tribunal ~3 approve|approval|aprobar|apruebe|permission|permiso|sign|firmar|firme',
      'can|could|may|puede|podemos the|el|la|an|_ executor|executrix|trustee|administrator|albacea just|solo|nomas|_ sign|firmar|sell|vender',
      'puede|podria|pueden solo|nomas|_ firmar|vender el|la albacea|executor|administrador|administradora',
    ],
  ],
  ['eviction', ['evict*|desalojo*|desalojar*']],
  [
    'distress',
    [
      'suicid*',
      'kill|hurt myself*',
      'domestic violence*',
      'abuse|abusive husband*|wife*|partner*',
      'violencia domestica*',
    ],
  ],
];

/** A person as the lead asks for one ("a real person", "an agent"). */
const SOMEONE_REAL = 'a|an|_ real|live|_ person|human|agent|realtor';
/** "pásame con", "comunícame con", "me pasas con", "me puedes comunicar con": put me through, in Spanish. */
// prettier-ignore
export const PUT_THROUGH_ES: readonly string[] = [
  'pasame|pasenme|paseme|comunicame|comuniquenme|comuniqueme|conectame|conectenme|conecteme|ponme|ponganme|pongame|mandame|mandenme',
  'me pasas|pasan|comunicas|comunican|comunica|conectas|conectan|pones|ponen',
  'me puedes|puede|pueden|podes|podras|podrias|podria|podrian pasar|comunicar|conectar|poner',
];
const SOMEONE_ES =
  'un|una|el|la|tu|su|_ persona|humano|ser+humano|agente|agent|realtor|asesor|asesora|alguien|corredor|corredora|jefe|jefa|supervisor|supervisora|encargado|encargada|gerente';
/** "call me crazy", "call me old-fashioned": the idiom, no call asked for. */
const NOT_A_CALL =
  'crazy|nuts|old|oldfashioned|picky|paranoid|silly|weird|cautious|skeptical|naive|stubborn|impatient|cheap|spoiled|a|an';

/**
 * A person asked for, one table per rule, in the order they are weighed (`escalation.ts` keeps the rules that need
 * more than words: the end of a clause, a question mark, the start of the message).
 */
// prettier-ignore
export const PERSON_PHRASES: readonly (readonly { words: string; notAfter?: string; notBefore?: string }[])[] = [
  // (not an employer's transfer: "company transfer me to Seattle office")
  [
    { words: 'connect|transfer|put me to|with|through', notAfter: 'company|job|work|employer|boss|they|firm|army|navy|military|bank|empresa' },
    { words: 'connect|transfer|put me in touch' },
    // "put me on with Jorge directly", "get me on the phone with him"
    { words: 'put|get me on with|w *' },
  ],
  // "get me someone who can actually answer questions"
  [
    { words: `get|give me ${SOMEONE_REAL}` },
    { words: `gimme ${SOMEONE_REAL}` },
    { words: 'get|give|find me someone|somebody who|that can|knows' },
  ],
  // (a seller who wants a real agent rather than the investors who write: "no me interesan los investors, I want a real
  // agent" chooses who sells the home, and talks on)
  ['i want|need', 'i would like', 'can i get', 'let me have', 'id|i+would|wed|we+would prefer|rather'].map((opener) => ({
    words: `${opener} ${SOMEONE_REAL}`,
    unless: 'investors|investor|inversionistas|inversionista|wholesalers|wholesaler|flippers|flipper',
  })),
  [
    { words: 'stop the bot' }, { words: 'no more bot' }, { words: 'enough with|_ the|_ bot' },
    // "can a human take over please", "que alguien tome el control"
    { words: 'a|an|some|the|_ real|live|actual|_ person|human|agent|someone|somebody|alguien|persona take+over|step+in|jump+in|hop+on' },
    { words: 'alguien|una+persona|un+humano|el+agente tome|tomen el+control|la+conversacion' },
  ],
];
/** A call asked for: "call me" (not "call me crazy"), "give me a ring", "have someone call me". */
// prettier-ignore
export const CALL_ME_PHRASES: readonly { words: string; notBefore?: string }[] = [
  { words: 'call me', notBefore: NOT_A_CALL },
  { words: 'give|shoot|drop me|us a|un|una call|ring|buzz|holler' },
  // ...the one the lead writes for: "could someone on ur team give him a ring?"
  { words: 'someone|somebody|jorge|you|u|team ~3 give|shoot him|her|them|my+dad|my+mom a|un|una call|ring|buzz' },
  { words: 'gimme a|un|una|_ call|ring|buzz|holler' },
  // "need a phone call w jorge this afternoon", "an actual agent i can get on the phone with?"
  { words: 'need|want|wanna|like a|an phone|_ call w|with|con jorge|someone|somebody|an+agent|the+agent|a+person|you|u|a+human' },
  { words: 'agent|person|human|someone|somebody|realtor|jorge ~3 get|hop|jump on the|a phone' },
  // without the article, as a second-language writer says it: "you can give me phone call tonight?"
  { words: 'give|shoot me|us phone|_ call|ring' },
  { words: 'ring|phone|telephone me' },
  // "pls call. 909 555 0148"
  { words: 'pls|please|plz|porfa call|llamen|llame $' },
  { words: 'can|could you|someone|somebody call me|us' },
  // a call for the person the lead acts for: "can Jorge call my dad?", "¿Jorge le puede llamar a mi papá?"
  { words: `can|could|would jorge|someone|somebody|you|u|the+agent call my|our ~1 ${ACTED_FOR_PEOPLE.join('|')}` },
  { words: 'jorge|alguien|usted|el+agente le|les puede|pueden|podria|podrian llamar|marcar|hablar a mi|mis|nuestro|nuestra' },
  { words: 'le|les puede|pueden|podria|podrian llamar|marcar a mi|mis|nuestro|nuestra' },
  // "I'd like a call with Jorge", "we want a phone call from the agent"
  { words: 'id|wed|i+would|we+would like|love a|_ call|phonecall|phone+call with|from' },
  { words: 'i|we want|need a call|phonecall|phone+call with|from' },
  // ...or the one the lead writes for: "can you have someone call her?"
  { words: 'have someone|somebody|him|her|jorge call me|us|him|her|them' },
  // "have someone from your team reach out tmrw morning"
  { words: 'have|get someone|somebody|jorge|the+agent|a+person ~3 reach+out|get+in+touch|contact+me|call+us' },
  { words: 'have the agent call me' },
  { words: 'call me back' },
  { words: 'hit me up on the phone' },
  // "necesito que alguien me call back", "put me on the phone with the agent"
  { words: 'me|us call back' },
  { words: 'put|get me|us on the phone|line with' },
  // "can jorge hit me up directly?", "hit my line", "can someone llamarme?"
  { words: 'can|could|would|have|tell jorge|someone|somebody|he|she|you|u|the+agent hit me|us up' },
  { words: 'hit|call my line|cell|phone' },
  // "can you call my number instead of his" (not "did you call my number yesterday?")
  { words: 'can|could|would|will you|u call my number|celular|cel' },
  { words: 'please|pls|plz|just call my number|celular|cel' },
  // "can u just facetime me rn"
  { words: 'facetime|zoom|videocall me|us' },
  { words: 'video call me|us' },
  { words: 'can|could|would someone|somebody|you|u|jorge llamarme|marcarme|llamarnos|marcarnos' },
  // a call set up by the lead: "can we do a call with jorge tmrw?", "could we hop on a call", "podemos agendar una llamada"
  { words: 'can|could|should|shall|lets we|i|_ do|set+up|schedule|book|get|have|hop+on|jump+on a|_ quick|_ call|phonecall|phone+call' },
  { words: 'podemos|puedo|podriamos|podria hacer|tener|agendar|programar una|_ llamada' },
  // the verb first, the caller after it: "¿podría llamarme el señor Jorge ...?", "¿me puede hablar alguien hoy?"
  { words: 'podria|puede|pudiera|podrian|pueden mejor|mas+bien|nomas|solo|_ llamarme|marcarme|llamarnos|marcarnos' },
  // "¿y si mejor me llama usted?"
  { words: 'mejor me|nos llama|llame|llamas|marca|marque usted|tu|jorge|el' },
  { words: 'me|nos puede|pueden|podria|podrian hablar|llamar|marcar alguien|jorge|el+agente|usted' },
  // "¿me puede hablar el señor Jorge?", "¿nos pueden hablar mañana?", "¿me puede hablar?" (not "me puede hablar de ...")
  { words: 'me|nos puede|pueden|podria|podrian hablar|llamar|marcar el+senor|don|hoy|manana|ahorita|al+rato|por+telefono' },
  { words: 'me|nos puede|pueden|podria|podrian hablar $' },
  // "¿sería posible que Jorge nos llame el sábado?"
  { words: 'que jorge|alguien|usted|el|el+agente|el+senor+jorge me|nos llame|llamen|marque|marquen|hable|hablen' },
  // "esto lo quiero ver con Jorge por teléfono", "prefiero platicarlo con Jorge de viva voz"
  { words: 'quiero|queremos|prefiero|preferimos ~4 con jorge|el+agente|una+persona ~2 por|al telefono|cel|celular' },
  { words: 'con jorge|el+agente de viva voz' },
];
/**
 * A call asked of one of ours, read by its parts (`escalation.ts` callOfOurs): a caller of ours, then within the clause
 * a call verb with the lead as its object ("better if Jorge just phones me", "would jorge mind calling me?", "i need
 * jorge calling me right now", "que alguien me marque"). Past forms are not here ("jorge called me"), so what happened
 * is never a request.
 */
// prettier-ignore
export const OUR_CALLERS: readonly string[] = [
  'jorge', 'he', 'him', 'someone', 'somebody', 'anyone', 'anybody', 'agent', 'realtor', 'alguien', 'agente', 'usted',
  'ustedes', 'you', 'u', 'yall', 'team', 'equipo',
];
// prettier-ignore
export const CALL_VERBS_ENGLISH: readonly string[] = [
  'call', 'calls', 'calling', 'phone', 'phones', 'phoning', 'ring', 'rings', 'ringing', 'buzz',
];
// prettier-ignore
export const CALL_VERBS_SPANISH: readonly string[] = [
  'llame', 'llamen', 'llama', 'llamara', 'llamaran', 'marque', 'marquen', 'marca', 'marcara', 'telefonee', 'timbre',
  // Mexican "que me hable" is a call
  'hable', 'hablen', 'hablara',
];
/** Who is called besides the lead: the one it writes for ("can Jorge call him?", "que le llame a mi papá"). */
export const CALLED_ENGLISH: readonly string[] = ['me', 'us', 'him', 'her', 'them', 'my'];
export const CALLED_SPANISH: readonly string[] = ['me', 'nos', 'le', 'les', 'lo', 'la'];
/** What before the call makes it no request: a past, a doubt, a condition, a negation ("did jorge call me?"). */
// prettier-ignore
export const NO_CALL_ASKED_BEFORE: readonly string[] = [
  'did', 'didnt', 'has', 'hasnt', 'have', 'havent', 'was', 'wasnt', 'never', 'dont', 'doesnt', 'not', 'no', 'nunca',
  'when', 'cuando', 'ever', 'stop', 'deja', 'dejen', 'is', 'are', 'start', 'starting', 'keep', 'keeps', 'ayer',
  'yesterday', 'hice', 'made',
  // a call told, not asked: "my uncle's a realtor, he said call him if anything looks fishy"
  'said', 'says', 'told', 'dijo', 'dice', 'dijeron',
];

/** "quiero hablar con una persona", "me pasas con un asesor" (not "voy a hablar con un agente"). */
// prettier-ignore
export const PERSON_PHRASES_ES: readonly (readonly { words: string; notAfter?: string; notBefore?: string }[])[] = [
  [
    { words: `hablar|platicar|comunicarme por|en|_ telefono|cel|celular|persona|_ con ${SOMEONE_ES}`, notAfter: 'a|que' },
    // "quiero tratar con una persona y no con mensajitos", "prefiero entenderme con alguien"
    { words: `quiero|queremos|prefiero|preferimos|necesito tratar|entenderme|arreglarme|tratarlo con ${SOMEONE_ES}` },
  ],
  PUT_THROUGH_ES.map((put) => ({ words: `${put} con|a|al ${SOMEONE_ES}` })),
];
/** "is there a human i can talk to" (not "anyone i can talk to at the bank"). */
export const SOMEONE_TO_TALK_TO: readonly { words: string; notBefore: string }[] = [
  'is|are there',
  'any',
].map((opener) => ({
  words: `${opener} a|an|some|una|un|_ real|live|actual|_ person|human|one|someone|somebody|anyone|anybody|agent|realtor|persona|humano|agente there|here|real|_ i|we can|could actually|really|_ talk|speak|chat to|with`,
  notBefore: 'at|from',
}));
/** "quiero hablar con alguien de verdad", "necesito una persona real" (not "real estate"). */
const WANT_ES =
  'quiero|queremos|necesito|necesitamos|ocupo hablar|_ con|_ a|_ una|un|_ alguien|persona|humano|agente';
export const SOMEONE_REAL_ES: readonly { words: string; notBefore?: string }[] = [
  { words: `${WANT_ES} de verdad` },
  { words: `${WANT_ES} real`, notBefore: 'estate' },
  { words: `${WANT_ES} de carne y hueso` },
  // "¿no hay forma de que me atienda una persona del equipo?"
  // (the subjunctive of a request; "¿me atiende Jorge o un asistente?" asks what answers)
  { words: 'me|nos atienda|atiendan una+persona|alguien|un+humano|el+agente|jorge|un+ser+humano' },
];
/** "alguien me puede atender" (not "si alguien me puede ayudar"). */
export const SOMEONE_CAN_HELP = {
  words: 'alguien me|nos puede|podria|pueda atender|ayudar|llamar',
  notAfter: 'si|cuando',
};

/**
 * "llámame", "márcame" (Mexican Spanish: call me), "me marcan", "háblame por teléfono", "hábleme hoy" (a bare "háblame"
 * is "tell me").
 */
// prettier-ignore
export const CALL_ME_ES: readonly { words: string; notBefore?: string }[] = [
  { words: 'llamame|llamenme|llameme|marcame|marquenme|marqueme' },
  { words: 'me|nos pueden|puedes|puede|podrian|podrias|podria|pudiera llamar|marcar|telefonear' },
  { words: 'pueden|puedes|puede|podrian|podrias|podra llamarme|marcarme|llamarnos|marcarnos|hablarme' },
  { words: 'me llaman|marcan|llamas|marcas' },
  // "¿me llama el señor Jorge al cel?"
  { words: 'me|nos llama|marca el+senor+jorge|don+jorge|jorge|alguien|usted|el+agente|una+persona|un+humano' },
  { words: 'quiero una llamada' },
  // "échenme un telefonazo", "me dan una llamadita"
  { words: 'echenme|echame|echeme|pegame|peguenme|dame|denme|deme|regalame|regaleme|hazme|hagame|me+echan|me+dan|me+das|me+de|me+den|me+echa|me+eche|me+echas|me+regala|me+regalas|me+regale|me+hace|me+haces|me+haga|nos+echa|nos+eche|nos+de|nos+den un|una telefonazo|llamada|llamadita|call|timbrazo|grito|fonazo' },
  // the request's modal between: "¿me puedes echar una llamadita al rato?", "¿nos podría dar una llamada?"
  { words: 'me|nos puedes|puede|pueden|podrias|podria|podrian|podra|podras echar|dar|regalar|hacer un|una telefonazo|llamada|llamadita|call|timbrazo|fonazo' },
  // "dígale a Jorge que me timbre esta tarde" (Colombia: timbrar, to ring)
  { words: 'me|nos timbre|timbren|timbra|timbras|timbran' },
  { words: 'hablame|hablenme|hableme por telefono' },
  { words: 'hablame|hablenme|hableme al cel|celular|telefono' },
  // "háblame hoy", "hábleme ahorita": with a time it is a call ("háblame de la casa" is "tell me")
  {
    words:
      'hablame|hablenme|hableme ahorita|hoy|ya|manana|luego|al+rato|mas+tarde|today|now|tomorrow|later|a+este+numero|al+numero',
    notBefore: 'de|del|sobre|acerca',
  },
  { words: 'me pueden|puedes|puede|podrian|podrias hablar hoy|ahorita|ya|manana|luego|al+rato|mas+tarde|today|now' },
];

/**
 * "talk to a real person", "speak with the listing agent", "chat w/ someone" (not "we'll talk to an agent", "going
 * to talk with a realtor friend first", "talk to someone at my bank").
 */
export const TALK_TO_SOMEONE = {
  words:
    'talk|speak|chat|hablar to|with|w|con a|an|the|your|una|un|_ real|live|actual|listing|seller|sellers|_ person|human|agent|realtor|someone|somebody|broker|representative|rep|manager|supervisor|alguien|persona|humano|agente',
  notPrecededBy:
    'already|gonna|going+to|will|would|should|ill|well|hell|shell|theyll|vamos+a|voy+a|tengo+que|tenemos+que|hay+que|antes|primero',
  notFollowedBy: '~1 friend*|at+my|from+my|of+mine|del|de+la|de+mi',
  clause: true,
};
/**
 * A call asked for without "me": "can you call instead?", "could u just call", "i'd rather a phone call", "prefer to
 * talk on the phone" (not "can you call the lender?").
 */
export const CALL_INSTEAD: readonly { words: string; followedBy?: readonly string[]; clause: true }[] = [
  {
    words: 'can|could|would you|u|ya|someone|somebody|jorge just|please|pls|_ call instead|rather|back|_',
    followedBy: ['$', 'please|pls|plz'],
    clause: true,
  },
  { words: 'call us|_ instead', clause: true },
  { words: 'prefer|rather|rather+have|rather+do a|_ phone|_ call', clause: true },
  { words: 'prefer|rather to|_ talk|speak|explain ~1 on|over|by the|_ phone', clause: true },
  // "can we hablar por telefono mejor?", "mejor hablamos por teléfono", "prefiero platicar por llamada"
  {
    words:
      'can|could|may|podemos|podriamos|puedo|podria|mejor|prefiero|preferimos we|i|_ hablar|hablamos|platicar|platicamos|talk|speak|chat|explicarle|explicarles|platicarle|contarle|explico|explicaria|cuento|platico|explain ~1 por|on|over|by|al the|_ telefono|phone|cel|celular|llamada',
    clause: true,
  },
  // easier said by phone: "es más fácil si se lo explico por teléfono", "easier to explain over the phone"
  {
    words:
      'easier|simpler|mas+facil|mas+sencillo ~3 explain|talk|explicar*|explico|hablar*|hablamos|platicar*|platico|contar*|cuento ~2 on|over|by|por|al the|_ phone|telefono|llamada|cel',
    clause: true,
  },
];
/**
 * Free to talk right now ("right now works, im free", "ahorita estoy libre", "ahora mismo sí se puede"): a call asked
 * for now (not "i'm not free right now", not "free now" of something else).
 */
const NOT_FREE = 'no|not|nope|cant|dont|tampoco|busy|ocupado|ocupada|clear';
export const FREE_NOW: readonly { words: string; clause: true; unless: string }[] = [
  {
    words: 'now|rn|ahorita|ahora ~3 free|libre|available|disponible|works|se+puede|puedo+hablar',
    clause: true,
    unless: NOT_FREE,
  },
  { words: 'free|libre|available|disponible ~2 now|rn|ahorita|ahora', clause: true, unless: NOT_FREE },
  // someone of the team free to talk: "is anyone free to talk right now?", "is Jorge available to talk by phone?"
  {
    words:
      'anyone|anybody|someone|somebody|jorge|the+agent|alguien|el+agente free|available|libre|disponible to|para|_ talk|chat|speak|hablar|platicar',
    clause: true,
    unless: NOT_FREE,
  },
];
/**
 * A person or a call preferred to the chat: "i'd rather deal with a person from here on", "id rather go over this w
 * him on the phone", "prefiero tratar con una persona" (not "i'd rather not talk on the phone").
 */
export const RATHER_A_PERSON: readonly { words: string; clause: true; notFollowedBy?: string }[] = [
  {
    words:
      'rather|prefer|prefiero|preferimos deal|work|talk|speak|chat|go|tratar|hablar|platicar|hablarlo|platicarlo|tratarlo|verlo ~3 with|w|to|con a|an|the|una|un|el|la|_ real|live|actual|_ person|human|agent|someone|somebody|persona|humano|agente|alguien',
    clause: true,
  },
  // "is there any way I can get the actual agent on the phone?"
  {
    words: 'get|put ~3 agent|realtor|jorge|someone|somebody|person|human on|in the|a phone|line|call',
    clause: true,
  },
  {
    words:
      'rather|prefer|prefiero|preferimos just|simply|solo|nomas|_ go+over|talk|speak|chat|hablar|platicar|hablarlo ~5 on|over|by|por the|el|_ phone|telefono',
    clause: true,
  },
];
/**
 * A call wished for, or the agent told to call: "quiero que me llamen", "prefiero que jorge me marque", "mejor que
 * Jorge me hable por teléfono", "dile a Jorge que me llame", "tell jorge to call me" (not "quiero que no me llamen",
 * "que me llame del banco").
 */
const WISHING =
  'mejor|prefiero|quiero|quisiera|gustaria|necesito|pido|ocupo|hacer|haga|hagan|hagas|haz que|q';
const WHO_CALLS = 'jorge|el|usted|ustedes|alguien|el+agente|el+senor|_';
export const CALL_WISHED: readonly { words: string; clause: true; notFollowedBy?: string }[] = [
  {
    words: `${WISHING} ${WHO_CALLS} me|nos llame|llamen|llames|marque|marquen|marques`,
    clause: true,
    notFollowedBy: 'del|de+la|de+los|de+mi|de+su|el+banco|el+lender|el+prestamista|mi|mis|tu|tus|su|sus',
  },
  { words: `${WISHING} ${WHO_CALLS} me|nos hable|hablen ~3 telefono|cel|celular|phone`, clause: true },
  {
    words: `${WISHING} me|nos llame|llamen|hable|hablen|marque|atienda alguien|una+persona|jorge|el+agente|un+agente`,
    clause: true,
  },
  {
    words:
      'dile|digale|diganle|avisale|pidele|pidale a ~2 que|q me|nos llame|llamen|marque|marquen|hable|hablen',
    clause: true,
  },
  { words: 'tell|ask|have jorge|him|the+agent|your+agent|someone to|_ call|ring me|us', clause: true },
  // the agent himself asked to reach the lead: "pues que él mismo me contacte", "que Jorge mismo me escriba"
  {
    words: 'que|q el|jorge|usted mismo|misma me|nos llame|marque|contacte|escriba|hable',
    clause: true,
    notFollowedBy: 'del|de+la|de+los|el+banco|el+lender|el+prestamista',
  },
  // "¿puede alguien llamarme?", "¿me podría marcar Jorge?"
  {
    words:
      'puede|podria|pueden|podrian alguien|jorge|el+agente|usted|ustedes llamarme|marcarme|hablarme|llamarnos|marcarnos',
    clause: true,
  },
];
/** "que me llame jorge por favor", "q me marquen": a call asked for in the subjunctive, opening the message. */
export const CALL_ME_SUBJUNCTIVE = {
  // (opening its sentence: "Soy Javier, 787-555-0112. Que me llame el agente cuando pueda.")
  words: '^ ok|bueno|y|_ que|q me|nos llame|llamen|llameis|marque|marquen|marqueis|hable|hablen',
  clause: true,
  notFollowedBy: 'la|el|los|las atencion*|gana*',
};
/** ...after a preference: "prefiero que me llaméis por teléfono", "mejor que me marquen". */
export const CALL_ME_PREFERRED = {
  words: 'prefiero|preferimos|preferiria|mejor que|q me|nos llame|llamen|llameis|marque|marquen|marqueis',
  clause: true,
};
/** "¿hay alguien que me pueda atender?" (not "... ayudar con la hoa"). */
export const SOMEONE_THERE_ES = {
  words:
    'hay|habra|tienen|tendran a|_ alguien|una+persona|algun+agente que|quien me|nos|_ pueda|puedan|podria atender|ayudar|llamar',
  notFollowedBy: 'con|sobre|de la+hoa|el+banco|el+prestamo',
  clause: true,
};
/** Taxes owed ("how much tax would i owe"), not on the house's own rate ("pay taxes on the house"). */
export const TAX_OWED = {
  words: 'owe|pay in|any|the|_ capital+gains|income|_ tax|taxes',
  notFollowedBy: ['on the house', 'rate of the area|house'],
  clause: true,
};
/**
 * A foreclosure that is not the lead's own: a neighbour's, one bought or looked for ("my neighbor's house got
 * foreclosed", "we bought at a foreclosure auction in 2012", "any foreclosures in etiwanda?"). `*` is any word.
 */
// prettier-ignore
export const NOT_THEIR_FORECLOSURE: readonly string[] = [
  'neighbor|neighbors|neighbour|neighbours',
  // a friend's: "my friend went through a foreclosure a few years back"
  'friend|friends|buddy|coworker|coworkers|amigo|amiga|amigos|amigas|companero|companera ~4 foreclos*|remate|embargo*',
  'next door',
  'down the street',
  'across the street',
  'across from us',
  'de enfrente',
  'de al lado',
  'bought|buy|buying|purchased|compramos|compre at|a|an|in|_ a|an|the|_ foreclos*|auction|subasta|remate',
  'foreclosure|foreclosures homes|listings|deals|properties|auctions in|near|around',
  'any|looking+for|searching+for foreclosure|foreclosures',
  // homes to buy asked for: "do you ever get foreclosures or bank-owned homes?", "¿tienen casas de remate?"
  'get|have|got|list|show|find|tienen|tiene|consiguen|manejan ~2 foreclosures|reos|remates|casas+de+remate|bank+owned|bankowned',
  'foreclosures|remates or|o bank+owned|bankowned|reos|short+sales',
  'foreclosure|foreclosures in|near|around *',
  // a foreclosure said not to be happening: "no es que me vayan a embargar ni nada", "it's not like they're foreclosing"
  'no es que ~4 embargar|subastar|rematar|quitar*',
  'not like ~4 foreclos*|auction*|take',
];
/** Asking what is answering ("am i talking to a bot", "are you real"), and wanting a person all the same. */
export const ASKS_WHAT_ANSWERS =
  'am+i|are+you|is+this|estoy ~~ talking|chatting|speaking|hablando|real|human|bot|robot';
export const WANTS_ONE = 'want|need|let+me|can+i|quiero';

/** Words that make a matter's end still to come: "we need the lien resolved", "it gets paid off when we sell". */
// prettier-ignore
export const STILL_TO_COME_WORDS: readonly string[] = [
  'need', 'needs', 'have to', 'has to', 'trying to', 'try to', 'want to', 'gets', 'get it', 'get the', 'will', 'going to',
  'gonna', 'should', 'to be', 'tiene que', 'tenemos que', 'hay que', 'necesitamos', 'queremos', 'vamos a', 'va a',
  'when we sell', 'at closing', 'at close', 'before we can sell', 'before we sell', 'cuando vendamos', 'al vender',
  'con la venta', 'from the sale', 'out of the sale', 'at escrow', 'still going', 'ongoing', 'pending', 'still',
  'todavia', 'sigue',
];
/**
 * Someone else's legal matter that is about the lead's home or the estate it comes from ("my cousin file a lawsuit over
 * the will, he say the house is his", "mi hermano nos demandó por la casa"): the lead's matter too.
 */
export const ABOUT_OUR_HOME: readonly string[] = [
  'over|about|por|sobre|for the|el|la|my|our|mi|nuestra|nuestro will|estate|house|home|property|testamento|herencia|casa|propiedad',
  'against|contra me|us|nosotros|mi|nuestra|my|our',
  'the house|home|casa is|es his|hers|theirs|suya|suyo',
  // a co-owner who will not sell ("mi hermana no quiere vender y ya contrató un lawyer", "my brother won't sign")
  'no quiere|quieren|queria vender|firmar',
  'doesnt|dont|wont|won|does+not|will+not want+to|_ sell|sign',
  // ...or whose signature the sale needs: "my ex got a lawyer y dice que no puedo sell sin su firma"
  'sin|without su|sus|his|her|their|tu firma|firmas|signature|permiso',
  // the lead's tenant ("the tenant got a lawyer", "el inquilino nos demandó")
  'the|our|my|el|la|mi|nuestro|nuestra|_ tenant|tenants|renter|renters|inquilino|inquilinos|inquilina|inquilinas',
  // a debt someone left on what the lead sells, to be settled in the sale ("papi dejó un tax lien ... ¿se resuelve en
  // la venta?", "dad left a lien, can it come out of the closing?")
  'en|in|at|out+of|with|from|de la|the venta|sale|closing|cierre|escrow',
  'left|dejo|dejaron a|an|un|una|_ tax|irs|lien|liens|gravamen',
];
/**
 * A question the lead passes on for someone ("my dad wants to know if he'll pay capital gains", "mi mamá pregunta si
 * tiene que firmar"): asked of us, so the lead's own matter.
 */
export const RELAYED_QUESTION: readonly string[] = [
  'wants|want|wanted|would+like|needs|need to know|ask|asks|asked|asking|wonders|wondering if|whether|how|what',
  'quiere|quieren|queria|queria|necesita saber|preguntar ~1 si|cuanto|como|que',
  'pregunta|preguntan|pregunto|se+pregunta si|cuanto|como|que',
];
/** Words that deny a thing in a list, before a legal word: "nada de abogados ni de bancos", "no debts nor lawyers". */
export const LIST_DENYING_WORDS: readonly string[] = ['ni', 'nada', 'nor', 'neither', 'ningun', 'ninguna'];
/** Someone who is a lawyer ("I'm an attorney myself", "mi esposo es abogado"): no legal matter. */
export const LAWYER_BY_TRADE =
  'im|i+am|is|es|soy|somos|hes|shes|was|era an|a|un|una|_ attorney|lawyer|abogado|abogada';
/** A friend or relative who is a lawyer, telling something else ("my lawyer buddy says the market's about to dip"). */
export const LAWYER_FRIEND =
  'lawyer|attorney|abogado|abogada buddy|friend|friends|cousin|neighbor|neighbour|brother|sister|amigo|amiga|primo|prima|compa|cunado|cunada';
/** A relative's authority over the home, no lawyer: "I have power of attorney for my dad", "tengo un poder notarial". */
export const POWER_OF_ATTORNEY = 'power|poa of|_ attorney|atty';
/**
 * An eviction that is over, not a matter to hand off: "we had to evict, we're done being landlords", "the tenant was
 * evicted last year", "ya los desalojamos" (not "we're trying to get them evicted").
 */
export const EVICTION_OVER: readonly string[] = [
  'had+to|finally|already|ya evict|evicted|desalojar|desalojamos|desalojaron',
  'we|i|they evicted',
  'was|were|been|got evicted $',
  'was|were|been|got evicted ~2 ago|last|in|back|years|months',
  'ya los|lo|la desalojamos|desalojaron|sacamos',
  'after|despues+del|despues+de+la the|an|our|el|la eviction|desalojo',
  'eviction|desalojo ~3 termino|acabo|ended|is+over|was+over|is+done|was+done|finished',
  'termino|acabo|ended el|la|the|our|_ eviction|desalojo',
];
/**
 * The lawyers' share of money that came in, a matter over: "140k after the lawyers took their cut", "after attorney
 * fees", "ya descontando lo del abogado" (not "the lawyer wants his fee before the sale").
 */
export const LAWYER_PAID: readonly string[] = [
  'after|once|minus|less|despues+de|ya+descontando|descontando the|my|our|los|el|lo+del|lo+de+los|_ lawyer|lawyers|attorney|attorneys|abogado|abogados|legal took|got|take|fees|fee|cut|share|parte|honorarios',
  'after|minus|less the|my|_ lawyer|lawyers|attorney|attorneys|legal fees|cut|share',
];
/** A lawyer someone hired ("my sister hired a lawyer", "ya metió lawyer"), not one someone is ("he's a lawyer"). */
export const LAWYER_ENGAGED =
  'got|hired|retained|has|have|called|contrato|contrataron|metio|metieron|consiguio|consiguieron|tiene|tienen|llamo|hire|hiring|getting|contratar|contratara|contrate|meter|conseguir ~2 lawyer|lawyers|attorney|attorneys|abogado|abogada|abogados';
/** A legal matter said to be over after it ("the lien was paid off", "ya se pagó", "the lawsuit was dismissed"). */
// prettier-ignore
export const SETTLED_WORDS: readonly string[] = [
  'paid off', 'paid it off', 'paid that off', 'was paid', 'been paid', 'got paid', 'is paid', 'its paid', 'all paid',
  'resolved', 'was cleared', 'been cleared', 'is cleared', 'taken care of', 'was released', 'was dismissed',
  'got dismissed', 'is over now', 'is over with', 'is all over', 'its over', 'is done', 'ya se pago', 'ya esta pagado', 'ya esta pagada', 'ya lo pagamos', 'ya la pagamos',
  'ya quedo', 'ya se resolvio', 'ya se quito', 'ya lo quitaron', 'ya se arreglo', 'ya lo arreglamos', 'ya se cerro',
  'discharged', 'years ago', 'behind us', 'long ago', 'hace anos', 'hace mucho',
];

/** A time said loosely with a call asked for while one is set up ("call me later", "llámame al rato"): an answer. */
export const LATER_WORDS: readonly string[] = [
  'later',
  'after',
  'before',
  'around',
  'after work',
  'luego',
  'despues',
  'antes',
  'al rato',
  'mas tarde',
];

/** How the agent is named with a title: "Mr. Salas", "el señor Salas", "don Jorge". */
export const AGENT_TITLES: readonly string[] = ['mr', 'mister', 'sr', 'senor', 'el senor', 'don', 'the'];
/** What a lead wants to do with the agent himself: "speak with", "deal with", "discuss this with", "go over it with". */
// prettier-ignore
export const AGENT_CONTACT_VERBS: readonly string[] = [
  'talk', 'speak', 'chat', 'deal', 'discuss', 'work', 'meet', 'handle', 'go over', 'sit down', 'connect', 'hop on a call',
  'hop', 'jump', 'get on the phone',
];
/** A time named for a call: a request with one is an answer while a call is set up ("call me tomorrow"). */
export const CALL_TIME_WORDS: readonly string[] = [
  'tonight',
  'tomorrow',
  'manana',
  'morning',
  'afternoon',
  'evening',
  'tarde',
  'noche',
  ...WEEKDAYS_EN,
  ...WEEKDAYS_ES,
];
/**
 * The agent asked to call, with when but without "me": "can Jorge call tonight after 8?", "could you call tomorrow
 * morning", "can someone ring this afternoon" (not "can jorge call the lender tomorrow": the time must follow).
 */
export const CALL_WITH_TIME: readonly { words: string; followedBy: readonly string[]; clause: true }[] = [
  {
    words: 'can|could|would|will|pls|please jorge|someone|somebody|you|u|ya|the+agent call|ring|phone',
    followedBy: [
      [...CALL_TIME_WORDS, 'today', 'now', 'later', 'this', 'at', 'after', 'around', 'hoy'].join('|'),
    ],
    clause: true,
  },
];

/** Someone else who may call the lead: "my lender will give me a ring", "mi lender said she'd call me". */
// prettier-ignore
export const OTHER_CALLERS: readonly string[] = [
  'lender', 'bank', 'banker', 'officer', 'broker', 'she', 'he', 'they', 'ella', 'ellos', 'mom', 'dad', 'sister',
  'brother', 'cousin', 'friend', 'landlord', 'prestamista', 'banco', 'mama', 'papa',
];
/**
 * Callers the lead dreads, right before the call ("I type my address and 50 realtors call me?", "que me llamen 50
 * agentes"): no call asked for, unless the lead asks for them ("have your agents call me").
 */
// prettier-ignore
export const DREADED_CALLERS: readonly string[] = [
  'realtors', 'agents', 'people', 'investors', 'companies', 'wholesalers', 'guys', 'callers', 'spammers', 'brokers',
  'agentes', 'personas', 'inversionistas', 'companias', 'realtores', 'vendedores',
];
/** A call told of, not asked for: "will", "said", "she'd", "va a", "dijo". */
// prettier-ignore
export const TOLD_WORDS: readonly string[] = [
  'will', 'ill', 'shell', 'hell', 'theyll', 'said', 'says', 'd', 'shed', 'hed', 'theyd', 'going', 'gonna', 'dijo',
  'dice', 'va', 'van', 'iba',
];

/**
 * A contact with the lead that only a person of the team makes, by the part of it that says so (`escalation.ts`
 * `contactAsked`): `call` a call verb with the lead as its object ("ring me"), `past_call` one said in the past after
 * a wish ("id rather jorge rang me"), `reach` a verb of getting in touch, said by one of ours ("can someone reach out
 * to me"), `contact` one in Spanish, whose verb names them ("que me contacten"),
 * `call_noun` a call itself ("a quick phone call", "una llamada"), `by_phone` anything done with the lead on the phone
 * ("walk me through this on the phone"), `take_over` the chat handed over ("take it from here").
 */
export type ContactAct = 'call' | 'past_call' | 'reach' | 'contact' | 'call_noun' | 'by_phone' | 'take_over';
const LEAD = 'me|us|nos|my+cell|my+phone|my+number|mi+cel|mi+celular|mi+numero';
// prettier-ignore
export const CONTACT_ACTS: readonly { cue: ContactAct; words: string; notFollowedBy?: string }[] = [
  { cue: 'call', words: `call|phone|ring|buzz|calls|phones|rings ${LEAD}` },
  { cue: 'call', words: `give ${LEAD} a call|ring|buzz|holler|shout` },
  { cue: 'call', words: `me|nos llame|llamen|marque|marquen|telefonee` },
  { cue: 'call', words: 'llamarme|llamarnos|marcarme|marcarnos|telefonearme' },
  { cue: 'call', words: `me|nos puede|pueden|podria|podrian|podra|podran llamar|marcar` },
  { cue: 'past_call', words: `rang|called|phoned|buzzed ${LEAD}` },
  { cue: 'reach', words: `reach+out to ${LEAD}` },
  { cue: 'reach', words: `reach|contact ${LEAD}` },
  { cue: 'reach', words: `get|be in touch|contact with ${LEAD}` },
  { cue: 'reach', words: `get back to ${LEAD}` },
  { cue: 'reach', words: `get ahold|hold of ${LEAD}` },
  { cue: 'reach', words: `hit ${LEAD} up` },
  { cue: 'contact', words: 'me|nos contacte|contacten|comunique|comuniquen|busque|busquen|atienda|atiendan' },
  { cue: 'contact', words: 'contactarme|contactarnos|buscarme|buscarnos|atenderme|atendernos' },
  { cue: 'contact', words: 'comunicarse|comunicar|contactarse|ponerse+en+contacto conmigo|con+nosotros' },
  { cue: 'contact', words: 'me|nos puede|pueden|podria|podrian|podra|podran contactar|comunicar|atender' },
  { cue: 'call_noun', words: 'a|an|one|una|un quick|short|brief|rapida|rapidita|_ phone|video|zoom|facetime|_ call|phonecall|videollamada|llamada|llamadita|telefonazo' },
  { cue: 'by_phone', words: `${LEAD} ~5 on|over|by|por the|el|_ phone|telefono|llamada` },
  { cue: 'by_phone', words: `on|over the phone with ${LEAD}` },
  // the lead calling the team ("can i just call you guys instead?"), not later ("I'll call you back")
  { cue: 'call', words: 'i|we ~2 call|phone|ring you|u|yall|ya', notFollowedBy: 'back|guys+back|later' },
  { cue: 'call', words: 'me|nos hagan|haga|den|de|echen|eche un|una call|llamada|llamadita|telefonazo|timbrazo' },
  { cue: 'reach', words: `touch base with ${LEAD}` },
  { cue: 'contact', words: 'se comunique|comuniquen|contacte|contacten conmigo|con+nosotros' },
  { cue: 'contact', words: 'se ponga|pongan en contacto conmigo|con+nosotros' },
  { cue: 'by_phone', words: 'talk|speak|chat|hablar|platicar|hablarlo|platicarlo ~2 on|over|by|por the|el|_ phone|telefono' },
  { cue: 'take_over', words: 'take|takes it|this|_ over|from+here' },
  { cue: 'take_over', words: 'step|jump in' },
  { cue: 'take_over', words: 'seguir|continuar|llevar|tomar|siga|sigan|tome|tomen la|el|esta|este platica|conversacion|chat|caso' },
  { cue: 'take_over', words: 'se encargue|encarguen|haga+cargo|hagan+cargo' },
];
/** Words before a contact, in its clause, that ask for it: a modal question, a wish, "have / tell / let ... ". */
// prettier-ignore
export const CONTACT_ASKING_WORDS: readonly string[] = [
  'can', 'could', 'would', 'will', 'cud', 'cn', 'pls', 'please', 'plz', 'porfa', 'favor', 'have', 'let', 'tell', 'ask',
  'need', 'want', 'wanna', 'rather', 'prefer', 'wish', 'like', 'love', 'appreciate', 'id', 'wed', 'puede', 'pueden',
  'podria', 'podrian', 'podra', 'podran', 'quiero', 'queremos', 'quisiera', 'quisieramos', 'necesito', 'necesitamos',
  'ocupo', 'ocupamos', 'prefiero', 'preferimos', 'preferiria', 'gustaria', 'que', 'q', 'dile', 'digale', 'diganle',
  'pidele', 'pidale', 'mejor', 'get', 'may',
];
/** ...of which these want a call said as a noun ("i'd love a quick phone call", "ocupo una llamada"). */
// prettier-ignore
export const CALL_WANTING_WORDS: readonly string[] = [
  'need', 'want', 'wanna', 'rather', 'prefer', 'like', 'love', 'appreciate', 'get', 'quiero', 'queremos', 'quisiera',
  'quisieramos', 'necesito', 'necesitamos', 'ocupo', 'ocupamos', 'prefiero', 'preferimos', 'preferiria', 'gustaria',
  'pido', 'pedir', 'agendar', 'schedule', 'set', 'book', 'can', 'could', 'do',
];
/** ...and these a call said in the past ("i'd rather jorge rang me", "wish someone would've called us"). */
export const PAST_WISHING_WORDS: readonly string[] = ['rather', 'wish', 'prefer', 'ojala'];
/** The team's side named as who makes the contact ("can someone reach out to me", "que alguien me contacte"). */
// prettier-ignore
export const OUR_PEOPLE: readonly string[] = [
  'someone', 'somebody', 'anyone', 'anybody', 'agent', 'agents', 'realtor', 'realtors', 'person', 'human', 'team',
  'rep', 'alguien', 'agente', 'agentes', 'persona', 'humano', 'equipo', 'asesor', 'asesora', 'whoever', 'yall',
  'ustedes', 'usted',
];
/** What makes a contact someone else's, between its asking word and it ("can my lender reach out to me"). */
// prettier-ignore
export const OTHER_PARTIES: readonly string[] = [
  // the callers besides the lead ("he" may be the agent: "can he call me today?")
  ...OTHER_CALLERS.filter((word) => word !== 'he'),
  'boss', 'jefe', 'wife', 'husband', 'esposa', 'esposo', 'lawyer', 'abogado', 'insurance', 'seguro', 'my', 'mi', 'mis',
  'his', 'her', 'credit', 'union', 'mortgage', 'underwriter', 'escrow', 'appraiser', 'inspector', 'hermano', 'hermana',
  'tio', 'tia', 'primo', 'prima', 'hijo', 'hija', 'amigo', 'amiga', 'suegro', 'suegra', 'cooperativa', 'son',
  'daughter', 'kid', 'kids',
];
/** A contact by a written channel is no call ("que me contacten por correo", "reach out to me by email"). */
export const WRITTEN_CHANNEL_WORDS =
  'email|e-mail|correo|mail|text|texto|mensaje|mensajes|whatsapp|wa|dm|sms';
/**
 * Words before a request for a person, in its clause, that make it a story of a contact made or missed ("did someone
 * call me earlier?", "the agent never called me back", "ayer me llamó alguien"), not a request.
 */
// prettier-ignore
export const CONTACT_STORY_WORDS: readonly string[] = [
  'did', 'didnt', 'never', 'nunca', 'yesterday', 'ayer', 'wasnt', 'hasnt', 'havent', 'used', 'supposed', 'promised',
  'mentioned', 'menciono',
  'quedo', 'prometio',
];
/** "llámame Lupe", "dime Dani": a name given, no call asked, after one of these ("call me" is read as two words). */
export const NAMING_WORDS: readonly string[] = ['llamame', 'llameme', 'dime', 'digame', 'dicen'];
/**
 * Words after "from" that name no one ("a call from the team", "take over from here", "from now on"): read past, or,
 * for a place or a time, no caller at all.
 */
// prettier-ignore
export const NOT_A_CALLER_WORDS: readonly string[] = [
  'the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'your', 'su', 'here', 'there', 'now', 'then', 'today',
  'aqui', 'ahi', 'ahora', 'hoy', 'on', 'our', 'nuestro', 'nuestra',
];
/** Words after a contact that name who makes or shares it ("a call from my lender", "hablar con mi esposa"). */
export const CONTACT_MAKER_BEFORE: readonly string[] = ['from', 'de', 'del', 'by', 'with', 'w', 'con', 'to'];
/** "tengo que hablar por teléfono con...": a "que" of duty, not of asking. */
export const DUTY_WORDS: readonly string[] = ['tengo', 'tenemos', 'tiene', 'tienen', 'hay'];

/** The team's own, said to it ("pásame con tu jefe", "let me talk with your manager"). */
export const YOUR_WORDS: readonly string[] = ['your', 'ur', 'tu', 'tus'];

/**
 * A call asked to be set up ("can we set up a call to go over listings?", "sí, agendemos la llamada"): while a call is
 * being set up it goes on with it, no request for a person at once.
 */
export const CALL_SET_UP =
  'set+up|setup|schedule|book|arrange|agendar|agendemos|agende|agenden|programar|programemos|cuadrar|cuadremos ~2 call|llamada|llamadita';
