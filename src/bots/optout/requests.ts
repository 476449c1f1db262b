/**
 * The clause rules that ask to stop contact, as phrases of the `read/phrases.ts` grammar over the opt-out lexicon
 * (lexicon/optout.ts). Each rule is a cue: where several phrases of one rule match at one place, the first listed
 * (the longest reading) is kept, as the rule's pattern did. What a request stops is read from its words by the
 * caller, and scopes may set it aside.
 */
import {
  CHANNEL_NOUNS,
  CHANNEL_NOUNS_ES,
  CHANNEL_WAYS_ES,
  CLOSING_WORDS,
  CONTACT_GERUNDS,
  CONTACT_STEMS_ES,
  CONTACT_VERBS,
  SENT_HOME_KINDS,
  WHAT_WE_SEND,
  ASKING_US_ES,
  OUR_LISTS_ES,
  NOT_OUR_LISTS,
  NOT_OUR_LISTS_ES,
  WISHING_ES,
  MARKET_WORDS,
  MARKET_WORDS_ES,
  NARROWING_WORDS,
  HOURS_NARROWING,
  LANGUAGE_NARROWING,
  CLOCK_LEADS,
  CLOCK_TIMES,
  SAID_WORDS,
  STOP_SAID,
  KEYWORD_SENT,
  OTHER_SERVICES,
  STOP_MODIFIERS,
  POINTING_AT,
  NAMED_AS_WORDS,
  NEVER_US,
  PROGRESSIVE_CONTACT,
} from '../lexicon/optout.js';
import { oneOf, type Phrase } from '../read/phrases.js';
import { DREADED_CALLERS } from '../lexicon/escalation.js';

/** How the text after a match must look: as the rule's end said ("no calls." yes, "no calls?" no). */
export type After =
  /** nothing to check */
  | 'any'
  /** the clause ends there: nothing, or a stop that is no question mark */
  | 'ends'
  /** only stops and spaces are left */
  | 'stops'
  /** only spaces are left */
  | 'blank'
  /** the sentence goes on as a statement: no question mark before its end ("¿nomás pongo STOP?" asks) */
  | 'unasked';

export type RequestRule =
  | 'stop_op'
  | 'polite_stop'
  | 'stop_it'
  | 'so_stop'
  | 'keyword_sent'
  | 'remove_passive'
  | 'paren_alone'
  | 'no_thanks_anymore'
  | 'not_lead'
  | 'not_alone'
  | 'not_closing'
  | 'no_channel'
  | 'no_longer'
  | 'no_me'
  | 'dejen'
  | 'no_mas'
  | 'no_quiero'
  | 'basta'
  | 'want_not'
  | 'want_not_end'
  | 'no_need'
  | 'no_need_es'
  | 'how_stop'
  | 'take_off'
  | 'off_list'
  | 'off_list_alone'
  | 'remove_alone'
  | 'saquenme'
  | 'baja'
  | 'baja_end'
  | 'baja_asked'
  | 'cancelar_end'
  | 'cancelar'
  | 'cancel'
  | 'discontinue'
  | 'said_stop'
  | 'dejen_le'
  | 'no_mas_alone'
  | 'para_con';

export const AFTER: Readonly<Partial<Record<RequestRule, After>>> = {
  not_alone: 'ends',
  baja_end: 'ends',
  no_channel: 'stops',
  no_longer: 'stops',
  no_quiero: 'stops',
  want_not_end: 'stops',
  off_list_alone: 'blank',
  remove_alone: 'stops',
  cancelar_end: 'blank',
  keyword_sent: 'unasked',
  no_mas_alone: 'stops',
};

const CLOSING = oneOf(CLOSING_WORDS);
/** What the lead is called, after "calling me": a name, not a call ("stop calling me sir"). */
const NAMED_AS = oneOf(NAMED_AS_WORDS);
const GERUND = oneOf([...CONTACT_GERUNDS, ...CHANNEL_NOUNS]);
/** Spanglish keeps the Spanish gerund after an English stop: "stop mandando mensajes", "quit llamándome". */
const GERUND_ES = Object.keys(PROGRESSIVE_CONTACT)
  .map((gerund) => `${gerund}*`)
  .join('|');
const DETERMINER = 'the|all+the|these|your|those|_';
const VERB = oneOf(CONTACT_VERBS);
const LEAD = 'me|us|this+number|this+phone';
const NOT =
  'dont|never|dnt|do+not|no+longer|please+not|pls+not|you+would+not|you+wouldnt|u+would+not|you+will+not|you+wont|can+you+not|could+you+not|can+u+not|could+u+not';
/** What may stand between "the" and our messages in a stop ("stop the home search texts", "quit the daily alerts"). */
const MODIFIERS = oneOf(STOP_MODIFIERS);
const NOUN = oneOf(CHANNEL_NOUNS);
const CHANNEL_ES = oneOf(CHANNEL_NOUNS_ES);
/** A channel said as the way of contact: "por correo", "por whatsapp". */
const CHANNEL_WAY_ES = oneOf(CHANNEL_WAYS_ES);
const NARROWING = oneOf(NARROWING_WORDS);
/** A stop narrowed to some hours: "no more texts after 9pm", "no más mensajes de noche". */
const HOURS = [
  oneOf(HOURS_NARROWING),
  // ...or to a language
  oneOf(LANGUAGE_NARROWING),
  `${oneOf(CLOCK_LEADS)} ${oneOf(CLOCK_TIMES)}|${[...'123456789'].map((digit) => `${digit}*`).join('|')}`,
];
const ES_VERB = CONTACT_STEMS_ES.map((stem) => `${stem}*`).join('|');
const ES_VERB_ME = CONTACT_STEMS_ES.flatMap((stem) => [`${stem}*me`, `${stem}*nos`]).join('|');
const NOT_NARROWED_ES = [NARROWING, oneOf(SENT_HOME_KINDS), 'de|con', 'por whatsapp|correo|mensaje|texto'];
/** What we send narrowed to a kind of home: "no me escriban de casas con alberca", "sobre esos condos". */
const KINDS_NARROWED_ES = `de|sobre|acerca+de ~1 ${oneOf(SENT_HOME_KINDS)}`;
/**
 * Homes said by a pronoun and what narrows them: "no me sigan mandando las de dos recámaras", "los que tienen HOA",
 * "no me manden nada con HOA".
 */
const HOMES_BY_PRONOUN_ES = ['las|los|esas|esos de|con|que|sin|en', 'nada|algo con|que|sin'];
const DEJEN =
  'dejen|deja|deje|dejar|dejenle|dejale|dejele|dejarle|paren|para|pare|parar|parenle|parale|parele|pararle|abstengan|abstenganse|abstengase|abstenerse|abstente';
const DEJEN_ME = 'dejenme|dejame|dejeme|dejennos|dejanos|dejenos|parenme|parenle';
const CHANNEL_ES_OR_MENSAJE = `${CHANNEL_ES}|mensaje|spam`;
/** Homes we send, narrowed: "listings in Fontana", "2 story homes with an HOA". */
const SENT_NARROWED = `~1 ${oneOf([...WHAT_WE_SEND, ...SENT_HOME_KINDS])} with|con|in|en|under|over|that|without|sin|de|near|cerca`;

type Rule = Omit<Phrase<RequestRule>, 'always'>;

/**
 * The lead or someone else who stops doing something, not a request to us: "i need to stop texting my ex", "we had to
 * stop calling the lender", "my realtor had to stop sending stuff", "i told my sister to stop sending me listings" (not
 * "i want you to stop texting me", "i told you to stop").
 */
const SOMEONE_STOPPING = [
  'i|we|he|she|they|ive|weve|id|wed|im|were need|needed|had|have|has|gotta|got|must|should|tried|try|trying|decided|going|gonna|wanna to|_',
  // the lead's own texting to us, later: "i'll stop texting you when we find a house lol"
  'ill|well|i+will|we+will|i+can|we+can',
  'my|our|his|her|their|the ~2 need|needs|needed|had|has|gotta|must|should|tried|decided|wants|wanted to|_',
  'told|asked|tell|ask my|our|his|her|the ~2 to',
  'told|asked|tell|ask him|her|them to',
];

/** The rules read on clauses (and on sentences of one clause). */
export const CLAUSE_RULES: readonly Rule[] = [
  // a stop operator over our channel: "stop texting me", "quit messaging", "no more texts", "enough with the calls"
  ...[`${GERUND} or|and|nor ${GERUND}`, GERUND].map((gerunds, list) => ({
    cue: 'stop_op' as const,
    words: `stop|quit|quite|cease|enough|end|halt|terminate|disable|deactivate|no+more|refrain+from|abstain+from already|_ with|_ ${DETERMINER} ${MODIFIERS}|_ ${MODIFIERS}|_ ${gerunds} me|us|_`,
    // (nor what the lead is called: "stop calling me sir, it's just Marcus")
    notFollowedBy: list === 0 ? ['instead|rather', ...HOURS, NAMED_AS] : [...HOURS, NAMED_AS],
    notPrecededBy: SOMEONE_STOPPING,
  })),
  // ...over a Spanish gerund, not narrowed to some homes or someone else ("stop mandando condos", "a mi esposa")
  {
    cue: 'stop_op',
    words: `stop|quit|enough ya|_ ${GERUND_ES} tantos|tantas|_ ${CHANNEL_ES}|_`,
    notFollowedBy: [...HOURS, NARROWING, `~3 ${oneOf(SENT_HOME_KINDS)}`, 'a|al mi|su|la|el|los|las'],
  },
  // ...asked how to end: "¿cómo le hago para que ya no me lleguen estos mensajes?", "para dejar de recibir sus correos"
  {
    cue: 'stop_op',
    words: `ya+no me|nos lleguen|llegue|manden|envien estos|esos|sus|los|las|tantos|tantas|_ ${CHANNEL_ES}`,
    notFollowedBy: NOT_NARROWED_ES,
  },
  {
    cue: 'stop_op',
    words: `dejar|deje|dejemos de recibir estos|esos|sus|los|las|_ ${CHANNEL_ES}`,
    notFollowedBy: NOT_NARROWED_ES,
  },
  { cue: 'stop_op', words: 'dejar|deje|dejemos de recibirlos|recibirlas $' },
  // ...said of our messages by name: "yo chill with the texts", "enough with the calls", "ya basta con los mensajes"
  {
    cue: 'stop_op',
    words: `chill|enough|ease+up|lay+off|cool+it|knock+it+off|stand+down|back+off|give+it+a+rest|basta|ya+basta with|on|con the|your|these|those|all+the|all+these|los|tus|sus|estos|_ ${oneOf([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES])}`,
  },
  // ...in Spanglish: "para ya with the texts" (not narrowed: "párale con los mensajes en inglés", "de la boda")
  {
    cue: 'stop_op',
    words: `para+ya|parale with|con the|your|these|los|tus|sus|estos|_ ${oneOf([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES])}`,
    notFollowedBy: [...NOT_NARROWED_ES, oneOf(LANGUAGE_NARROWING)],
  },
  // a polite stop with nothing after it, or something that is no contact; a stop of one contact is the rule above's
  {
    cue: 'polite_stop',
    words: 'please|pls|plz|just|can+you|could+you|u+can|you+can stop|quit',
    // (the lead's own: "if it doesn't sell by june we just stop trying")
    notPrecededBy: 'i|we|they|he|she|id|wed|ill|well|would|might',
    notFollowedBy: [
      'by|at|in|the|a|renting|paying|looking|working|thinking|searching',
      // something of the lead's own ("i just quit my job", "just quit smoking")
      'my|our|his|her|their|mi|su ~1 job|jobs|trabajo|chamba|jale|career|position|lease|gym|membership|meds',
      'smoking|drinking|vaping',
      `with|_ ${DETERMINER} ${GERUND}`,
      // homes of a kind said by a figure: "can you quit with the 55+ community listings"
      `with|_ the|those|these|all+the|_ # ~1 ${oneOf(WHAT_WE_SEND)}`,
      // what we send, narrowed: "please stop send me houses with pool" (second-language English for "sending")
      `send|show|sending|showing me|us|_ ~1 ${oneOf([...WHAT_WE_SEND, ...SENT_HOME_KINDS])} with|con|in|en|under|over|that|without|sin|de|near|cerca`,
    ],
  },
  // ...unless what follows asks to be shown or sent something ("stop please to show me the two-story houses")
  {
    cue: 'stop_it',
    words: 'stop|quit it|now|already|please|pls|plz',
    opening: true,
    // (nor said laughing: "STOP it lol, you're making me want all of them")
    notFollowedBy: ['to|_ show|showing|send|sending me|us', 'lol|lmao|lmfao|haha*|jaja*|jeje*|xd'],
  },
  // a stop said last, after what made it ("im not buying anymore so stop", "we found one, just stop"; not "the bus
  // stop", "i had to stop")
  {
    cue: 'so_stop',
    // ("take the hint and stop.")
    words: 'so|then|just|now|please|pls|plz|and stop|quit|unsubscribe $',
    notPrecededBy: 'i|we|you|u|they|he|she|it|to|the|a|bus|cant|can+not|couldnt|wont|never|didnt',
  },
  // a negator over one or more verbs of contact aimed at the lead, or alone at the end of the clause: "don't text",
  // "never call me or message me"
  ...[`${VERB} ${LEAD}|_ or|and|nor ${NOT}|_ ${VERB}`, VERB].flatMap((verbs) => [
    {
      cue: 'not_lead' as const,
      words: `${NOT} ever|_ ${verbs} ${LEAD} at all`,
      notPrecededBy: 'i|we|he|she|they|who',
    },
    {
      cue: 'not_lead' as const,
      words: `${NOT} ever|_ ${verbs} ${LEAD}`,
      notPrecededBy: 'i|we|he|she|they|who',
      // (nor what the lead is called: "don't call me ma'am lol"; nor homes narrowed: "don't text me listings in
      // Fontana")
      notFollowedBy: [NARROWING, NAMED_AS, SENT_NARROWED],
    },
    { cue: 'not_alone' as const, words: `${NOT} ever|_ ${verbs} $`, notPrecededBy: 'i|we|he|she|they|who' },
    // ...or asked of us in so many words, the negation after "to": "I'm asking you to delete my information and not
    // contact me again", "i need u to not text me" (not "i'm not asking you to...", a scope)
    {
      cue: 'not_lead' as const,
      words: `asking|ask|request|requesting|telling|tell|want|need|asked|told you|u|yall|ya to not|never ever|_ ${verbs} ${LEAD}`,
      notPrecededBy: 'not|dont|didnt|never|wont',
      notFollowedBy: [NARROWING, NAMED_AS],
    },
    {
      cue: 'not_lead' as const,
      words: `asking|ask|request|requesting|telling|tell|want|need|asked|told you|u|yall|ya to delete|remove|erase|purge|take ~6 and|&|_ not|never ever|_ ${verbs} ${LEAD}`,
      notPrecededBy: 'not|dont|didnt|never|wont',
      notFollowedBy: [NARROWING, NAMED_AS],
    },
    {
      cue: 'not_closing' as const,
      words: `${NOT} ever|_ ${verbs}`,
      notPrecededBy: 'i|we|he|she|they|who',
      followedBy: CLOSING,
    },
    // ...about all of it, again: "please don't reach out about this again", "don't text me about any of this anymore"
    {
      cue: 'not_closing' as const,
      words: `${NOT} ever|_ ${verbs} ${LEAD}|_ about|on|regarding this|that|it|any+of+this|houses|homes|listings|real+estate|property|properties|the+house again|anymore|any+more|no+more`,
      notPrecededBy: 'i|we|he|she|they|who',
    },
  ]),
  // ...at this number, whoever it is asked for: "don't contact me at this number anymore", "please don't contact her at
  // this number" (not "don't call me at this number, use my work cell instead")
  {
    cue: 'not_lead',
    words: `${NOT} ever|_ ${VERB} me|us|her|him|them|_ at|on|to this|that number|phone|cell|line|#`,
    notPrecededBy: 'i|we|he|she|they|who',
    notFollowedBy: HOURS,
    unless: 'instead|better|prefer|rather|use|mejor|prefiero',
  },
  // our messages refused by name with the verb that sends them: "don't send me messages anymore", "please don't send
  // any more texts" (not "i don't send texts", nor "don't send me texts after 9pm")
  {
    cue: 'not_lead',
    words: `${NOT} ever|_ send|forward me|us|her|him|them|_ any|anymore|more|no|_ more|_ ${NOUN}`,
    notPrecededBy: 'i|we|he|she|they|who',
    notFollowedBy: [NARROWING, ...HOURS],
  },
  // ...or by pointing at them, for good: "kindly don't send these anymore", "never send me this again" (not "don't send
  // these ones with an HOA")
  {
    cue: 'not_lead',
    words: `${NOT} ever|_ send|forward me|us|_ these|those|them|this|that anymore|any+more|again ${CLOSING}|_ $`,
    notPrecededBy: 'i|we|he|she|they|who',
  },
  // what we send refused as a whole, the clause ending there: "don't send me more casas ok", "dont send us any more
  // listings" (a kind after it narrows: "don't send me houses in fontana")
  {
    cue: 'not_lead',
    words: `${NOT} send|show me|us|_ any|more|any+more|no+more|anymore|_ ${oneOf(WHAT_WE_SEND.filter((what) => !POINTING_AT.includes(what)))} ${CLOSING}|_ ${CLOSING}|_ $`,
    notPrecededBy: 'i|we|he|she|they|who',
  },
  // our channel refused as the whole message: "no calls", "no texts pls", "no llamadas por favor"
  {
    cue: 'no_channel',
    words: `no|nada+de ${oneOf([...CHANNEL_NOUNS, ...CHANNEL_NOUNS_ES])} ${CLOSING}|_ ${CLOSING}|_`,
    whole: true,
  },
  // no longer in the market, the whole clause: "no longer looking, thanks", "ya no estamos buscando"
  ...[
    `no+longer ${oneOf(MARKET_WORDS)}`,
    `not ${oneOf(MARKET_WORDS)} anymore|any+more`,
    `ya no estamos|estoy ${oneOf(MARKET_WORDS_ES)}`,
  ].map((said) => ({
    cue: 'no_longer' as const,
    words: `were|im|we+are|i+am|_ ${said} anymore|any+more|at+this+time|now|_ thanks|thank+you|thx|sorry|gracias|_`,
    whole: true,
  })),
  // a spouse for the lead: "ya no le manden mensajes a mi esposo" (not "no les manden mensajes a mis papás")
  {
    cue: 'no_me' as const,
    words: `ya|_ no|nunca le|les ${ES_VERB} un|unos|los|mas|_ ${CHANNEL_ES}|_ a mi|su esposo|esposa|marido|mujer|pareja`,
  },
  // a Spanish negator over a verb of contact with the lead as clitic: "no me escriban", "ya no quiero que me llamen"
  ...[
    'no|nunca me|nos',
    'ya no me|nos',
    'ya|_ no quiero|queremos|necesito|necesitamos que ustedes|usted|_ tambien|_ me|nos',
  ].flatMap((opener) =>
    [
      `${ES_VERB}`,
      `${ES_VERB} ni|o|y me|nos|_ ${ES_VERB}`,
      `${ES_VERB} ni|o|y me|nos|_ ${ES_VERB} ni|o|y me|nos|_ ${ES_VERB}`,
    ]
      .reverse()
      .flatMap((verbs) =>
        [`un|unos|los|mas|_ ${CHANNEL_ES}`, `por|al|x|via ${CHANNEL_WAY_ES}`, ''].map((channel) => ({
          cue: 'no_me' as const,
          words:
            `${opener} vuelvan+a|vuelvas+a|vuelva+a|volvieran+a|volviera+a|volvieras+a|sigan|sigas|siga|_ ${verbs} ${channel}`.trim(),
          // (not callers the lead dreads: "no quiero que me llamen 50 agentes", nor homes by a pronoun)
          notFollowedBy: [
            NARROWING,
            KINDS_NARROWED_ES,
            // (nor some hours: "no me manden texts después de las 9pm")
            ...HOURS,
            `${CHANNEL_ES} ${HOURS[0]}`,
            // (nor a kind of message: "no me mandes mensajes de voz", "texts tan largos")
            `${CHANNEL_ES} ${NARROWING}`,
            `~2 ${oneOf(DREADED_CALLERS)}`,
            ...HOMES_BY_PRONOUN_ES,
            // (nor homes narrowed by what follows them: "no me sigas mandando casas sin piscina")
            `${oneOf(SENT_HOME_KINDS)} sin|con|que|de|en|arriba|abajo|debajo|cerca|lejos|mas|menos|por|tan`,
          ],
          // (not yet: "todavía no me llame nadie, déjeme hablarlo con mi esposo")
          notPrecededBy: 'todavia|aun',
        })),
      ),
  ),
  // ...about all of it, again: "no me textees about any of this anymore", "no me escriban sobre esto otra vez"
  {
    cue: 'no_me' as const,
    words: `no|nunca|ya+no me|nos ${ES_VERB} about|sobre|de this|that|it|any+of+this|esto|eso|nada+de+esto again|anymore|any+more|mas|otra+vez`,
  },
  // "ya no me busquen, por favor": not to be looked up again, said alone (not "no me busquen casas de dos pisos")
  {
    cue: 'no_me' as const,
    words:
      'ya|_ no|nunca me|nos busquen|busques|busque|vuelvan+a+buscar|vuelvas+a+buscar|vuelva+a+buscar mas|ya|_ porfa|por+favor|pls|please|gracias|_ $',
  },
  // ...about the home ("por favor ya no me busque por lo de la casa")
  {
    cue: 'no_me' as const,
    words: 'ya|_ no|nunca me|nos busquen|busques|busque mas|_ por|para lo+de|eso la|_ casa|venta|compra',
  },
  // ...with this number named in place of the lead: "no vuelvan a escribir a este número", "no llamen a este cel"
  {
    cue: 'no_me' as const,
    // ("hágame el favor de no volver a mandar nada a este número")
    words: `no|nunca|ya+no vuelvan+a|vuelvas+a|vuelva+a|volver+a|sigan|sigas|_ ${ES_VERB} nada|mas|${CHANNEL_ES}|_ a este|ese numero|telefono|cel|celular`,
  },
  // ...with "conmigo", the lead after the verb: "no vuelvan a comunicarse conmigo", "le agradeceré no volver a
  // comunicarse conmigo", "no se comuniquen conmigo" (not the story "nunca se comunicó conmigo")
  {
    cue: 'no_me' as const,
    words:
      'no|nunca|ya+no se|_ vuelvan+a|vuelvas+a|vuelva+a|volver+a|_ comuniquen|comuniques|comunique|comunicarse|comunicar|pongan+en+contacto|ponga+en+contacto conmigo|con+nosotros',
  },
  // ...or said again and whole, the lead being whoever is written to: "no vuelvan a llamar", "no vuelvan a llamar ni
  // a escribir" (not "no vuelvan a llamar a mi mamá")
  ...[`${ES_VERB} $`, `${ES_VERB} ni|o|y a|_ ${ES_VERB} $`].map((verbs) => ({
    cue: 'no_me' as const,
    words: `no|nunca|ya+no vuelvan+a|vuelvas+a|vuelva+a ${verbs}`,
  })),
  // going on with what we send, refused: "ya no sigan con los mensajes", "no continúen mandando mensajes" (not "no
  // sigan mandando casas en Fontana", which narrows, nor "no sigan llamando a mi esposa", someone else)
  ...[
    `con los|las|sus|tus|tanto|tantos|_ ${CHANNEL_ES}`,
    `${ES_VERB} un|unos|los|mas|_ ${CHANNEL_ES}`,
    `${ES_VERB}`,
  ].map((going) => ({
    cue: 'no_me' as const,
    words: `ya|_ no|nunca me|le|nos|_ sigan|sigas|siga|sigais|continuen|continues|continue|continueis ${going}`,
    notFollowedBy: ['a el|la|los|las|mi|su', 'al', ...NOT_NARROWED_ES, ...HOMES_BY_PRONOUN_ES],
  })),
  // the infinitive with the lead as clitic: "favor de no escribirme más", "les pido no llamarnos"
  { cue: 'no_me' as const, words: `no|nunca volver+a|_ ${ES_VERB_ME} mas|ya|_`, notFollowedBy: NARROWING },
  // the phone's owner, reported by whoever answers for them ("dice mi mamá que ya no le escriban", "Dice que ya no le
  // manden messages"; not "que ya no le manden nada a él", nor a kind)
  {
    cue: 'no_me' as const,
    words: `que ya|_ no|nunca le|les ${ES_VERB}`,
    notFollowedBy: ['a|al', ...NOT_NARROWED_ES, ...HOMES_BY_PRONOUN_ES],
  },
  // "dejen de escribirme", "paren de mandarme mensajes", "deja de llamarnos", "dejen d escribirme" (texted "d")
  {
    cue: 'dejen',
    words: `${DEJEN} de|d ${ES_VERB_ME}`,
    notFollowedBy: ['a el|la|los|las|mi|su', 'al', NARROWING],
    // someone who had to stop ("mi hijo tuvo que dejar de mandarme fotos"), not a request to us
    notPrecededBy: 'tuvo|tuve|tuvimos|tuvieron|tenia|teniamos|tengo|tenemos que',
  },
  { cue: 'dejen', words: `${DEJEN} de|d mandar|enviar mensajes|textos` },
  // the verb alone, the clause ending on it ("paren de escribir plis")
  {
    cue: 'dejen',
    words: `${DEJEN} de|d escribir|mandar|enviar|textear|llamar|marcar ${CLOSING}|_ $`,
    notPrecededBy: 'tuvo|tuve|tuvimos|tuvieron|tenia|teniamos|tengo|tenemos|hay|debo|debemos que|_',
  },
  // "dejen de comunicarse a este número"
  { cue: 'dejen', words: `${DEJEN} de|d ${ES_VERB} a|al este|ese numero|telefono|cel|celular|linea` },
  // ...with the lead on the first verb: "déjenme de escribir", "déjanos de llamar"
  {
    cue: 'dejen',
    words: `${DEJEN_ME} de|d ${ES_VERB}`,
    notFollowedBy: ['a el|la|los|las|mi|su', 'al', ...NOT_NARROWED_ES],
  },
  // "no vuelvan a mandar nada aquí": never again, without the lead as clitic
  { cue: 'no_me', words: `ya|_ no|nunca vuelvan|vuelvas|vuelva a ${ES_VERB} nada|aqui|mas|${CHANNEL_ES}` },
  // "ya dejen de molestar" (not "dejen de molestar a mi esposa con llamadas": someone else's)
  // ...or said as going on at it ("dejen de estar fregando", "deja de andar molestando")
  {
    cue: 'dejen',
    words: `${DEJEN} de|d estar|andar|_ molestar|fregar|insistir|molestando|fregando|insistiendo|chingando|jodiendo`,
    notFollowedBy: 'a|al|con|en',
  },
  // "no más mensajes", "ya no quiero msjs", "no quiero recibir más llamadas"
  ...[
    `no mas|more ${CHANNEL_ES}`,
    `no quiero|queremos recibir|_ mas ${CHANNEL_ES}`,
    `no quiero|queremos recibir mas|_ ${CHANNEL_ES}`,
    // "no quiero recibir ni un mensaje más"
    `no quiero|queremos recibir|_ ni un|una|uno ${CHANNEL_ES_OR_MENSAJE}|llamada`,
  ].flatMap((words) => [
    {
      cue: 'no_mas' as const,
      words,
      followedBy: 'de|sobre|con|acerca+de ustedes|usted|nadie|ti|este+numero',
    },
    { cue: 'no_mas' as const, words, notFollowedBy: ['de|sobre|con|acerca+de', ...HOURS] },
  ]),
  {
    cue: 'no_quiero',
    words: `ya|_ no quiero|kiero|queremos|keremos|deseo|deseamos recibir|_ sus|tus|los|las|estos|esos|mas|_ ${CHANNEL_ES}|listings|alertas|anuncios|updates ni|_ ${CHANNEL_ES}|_ ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  {
    cue: 'basta',
    words: `ya|_ basta|suficiente|ya+estuvo ya|_ por+favor|porfa|_ de|con los|tus|sus|tanto|tantos|estos|esos|_ ${CHANNEL_ES_OR_MENSAJE}`,
  },
  // a want-not: "don't want any more calls", "i don't want your texts", "no more texts please"
  { cue: 'want_not', words: `dont|do+not want anymore|any+more|more ${NOUN}` },
  // no more of what we send, needed: "dont need any more updates thanks", "ya no necesito información"
  {
    cue: 'want_not_end',
    words: `i|we|_ dont|do+not need any+more|anymore|more updates|info|information|${NOUN} ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  {
    cue: 'want_not_end',
    words: `ya no necesito|necesitamos mas|_ informacion|info|actualizaciones ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  // a request put as a favour: "would you mind not texting me anymore?", "¿le molestaría ya no escribirme?"
  { cue: 'polite_stop', words: `would|do you|u mind not ${GERUND}|contacting me|us` },
  { cue: 'polite_stop', words: `le|les|te molestaria|importaria ya|_ no ${ES_VERB_ME}` },
  // no more of our texts, named by what they are about: "no more real estate texts for me thx"
  {
    cue: 'want_not',
    words: `no more real+estate|realty|house|home|housing|property ${NOUN} for+me|for+us|_ ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  // "im done with the texts", "we're finished with these messages"
  { cue: 'want_not', words: `i|im|were|we+are|i+am done|finished with|w the|these|your|all+the|_ ${NOUN}` },
  // "ya no deseo que me lleguen", "ya no quiero que me lleguen mensajes"
  {
    cue: 'no_quiero',
    words: `ya|_ no deseo|quiero|queremos|deseamos que me|nos lleguen ${CHANNEL_ES}|mas|_ ${CLOSING}|_ $`,
  },
  // "i'm out. bye", "me salgo, bye": the whole message
  { cue: 'off_list_alone', words: 'im|i+am out bye|thanks|thx|_' },
  { cue: 'off_list_alone', words: 'me salgo bye|adios|gracias|_' },
  // "por favor paren", "ya párenle" (not "para": it is also "for"), and "ya no escriban" at the clause's end
  // (with a please or an already beside it: "paren, paren, me equivoqué" is a correction)
  {
    cue: 'paren_alone',
    words: 'por+favor|porfa|ya|ya+por+favor paren|parenle ya|por+favor|porfa|_ $',
    opening: true,
  },
  { cue: 'paren_alone', words: 'paren|parenle ya|por+favor|porfa|ya+por+favor $', opening: true },
  {
    cue: 'no_me',
    words: `ya|_ no escriban|escribas|manden|mandes|llamen|llames|contacten|texteen|molesten|envien mas|nada|_ ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  // ...or with what is sent named, in either language: "No manden más texts por favor", "ya no envíen más mensajes"
  {
    cue: 'no_me',
    words: `ya|_ no manden|mandes|envien|envies mas ${CHANNEL_ES}|${oneOf(CHANNEL_NOUNS)} ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  // "no more please", "not anymore thanks": the whole message
  {
    cue: 'off_list_alone',
    words: 'no+more|not+anymore|no+mas|ya+no+mas please|pls|plz|thanks|thx|gracias|por+favor|porfa',
  },
  // a removal asked in the passive: "can i please be removed?", "i'm requesting to be removed"
  {
    cue: 'remove_passive',
    words:
      'i|we|me|us|im|were|number|info|information|data|details ~3 be|get|to+be removed|deleted|unsubscribed|purged|erased|wiped|scrubbed|dropped|withdrawn',
    notFollowedBy: `from|off ~3 ${OTHER_SERVICES.map((service) => `${service}*`).join('|')}`,
  },
  // a wish to stop getting what we send: "i'd like for you to stop", "i would love to stop getting these", "i no
  // longer wish to receive these"
  {
    cue: 'want_not',
    words: 'id+like|i+would+like|wed+like|we+would+like|i+want|we+want for|_ you|u|yall to stop|quit $',
  },
  {
    cue: 'want_not',
    words: `id+like|i+would+like|i+would+love|id+love|wed+like|we+would+like to stop|not getting|receiving|get|receive these|them|${NOUN}`,
  },
  {
    cue: 'want_not',
    words: `no+longer|do+not|dont wish|want to receive|get|be+sent these|them|any|your|_ ${NOUN}`,
    notPrecededBy: 'if|si|when|once|you|u|they',
    notFollowedBy: [NARROWING, ...HOURS, 'in|en spanish|english|espanol|ingles'],
  },
  // ...said with nothing after it ("i no longer wish to receive"), never of something else ("don't want to get sued")
  {
    cue: 'want_not',
    words: `no+longer|do+not|dont wish|want to receive|get|be+sent these|them|_ ${CLOSING}|_ $`,
    notPrecededBy: 'if|si|when|once|you|u|they',
  },
  // "¿me puedo dar de baja?", "¿puedo salirme de la lista?"
  ...[
    'me|nos puedo|podemos dar de baja',
    'puedo|podemos salirme|salirnos|salir de|del la|su|esta|sus lista|listas',
  ].map((words) => ({
    cue: 'baja_asked' as const,
    words,
    notFollowedBy: 'despues|luego|mas+adelante|si|cuando',
  })),
  // "enough already", "ya no, gracias": the whole message
  { cue: 'off_list_alone', words: 'enough|thats+enough already please|pls|_' },
  {
    cue: 'want_not_end',
    words: `i|we dont|do+not want any|your|these|the|_ ${NOUN} anymore|any+more|from+you|again|_ ${CLOSING}|_ ${CLOSING}|_ $`,
  },
  { cue: 'want_not', words: `no more|_ ${NOUN} ${CLOSING}` },
  // "preferiría no recibir estos mensajes", "prefiero no recibir these texts"
  {
    cue: 'want_not',
    words: `prefiero|preferiria|preferimos|prefeririamos|quisiera|quisieramos|me+gustaria|nos+gustaria ya|_ no recibir estos|esos|los|mas|these|the|_ ${CHANNEL_ES}|${NOUN}|nada`,
    notFollowedBy: 'del|de+la|de+los|de+otros|de+otras|from',
  },
  // "i'd rather not get these texts anymore", "we'd prefer not to receive these messages" (not "rather not get a call,
  // text is fine": one channel kept is read by the caller)
  {
    cue: 'want_not',
    words: `id|wed|i+would|we+would|i|we rather|prefer not to|_ get|receive|have any+more+of|any|_ these|the|your|those|_ ${NOUN}`,
    // (someone else's: "texts from the lender")
    notFollowedBy: 'from the|my|other|them|those|zillow|redfin|realtors|agents|lenders|banks',
  },
  // ...what we send said by a pronoun ("i'd prefer not to get these anymore"), or our contact as the lead's wish
  // ("i'd rather you didn't text me")
  {
    cue: 'want_not',
    words: `id|wed|i+would|we+would|i|we rather|prefer not to|_ get|receive these|them anymore|any+more|again|_ $`,
  },
  {
    cue: 'want_not',
    words: `id|wed|i+would|we+would rather|prefer+that|prefer you|u didnt|did+not|wouldnt|would+not|not ${VERB} me|us`,
  },
  // ...two ways of contact together: "I'd rather you not call or text me anymore"
  {
    cue: 'want_not',
    words: `id|wed|i+would|we+would rather|prefer+that|prefer you|u didnt|did+not|wouldnt|would+not|not ${VERB} or|and|nor ${VERB} me|us`,
  },
  // no need to keep contacting: "no need to keep reaching out", "no hace falta que me sigan escribiendo"
  // (or to contact again: "so no need to text me no more", "no need to call us anymore")
  {
    cue: 'no_need' as const,
    words:
      'no+need|theres+no+need|you+dont+need|you+do+not+need for+you|_ to text|txt|call|message|contact|email|write me|us anymore|no+more|any+more',
  },
  ...['with+me|with+us|me|us', ''].map((lead) => ({
    cue: 'no_need' as const,
    words:
      `no+need|theres+no+need|you+dont+need|you+do+not+need|no+reason for+you|_ to keep|continue+to|continue reaching+out|contacting|texting|messaging|following+up|checking+in|writing|emailing ${lead}`.trim(),
    ...(lead === '' ? { notFollowedBy: 'on|about|with|for|re|regarding' } : {}),
  })),
  {
    cue: 'no_need',
    words:
      'no+need|theres+no+need|you+dont+need|you+do+not+need for+you|_ to reach+out|contact+me|text+me|message+me|email+me|follow+up with+me|with+us|me|us|_ anymore|any+more|again|ever',
  },
  {
    cue: 'no_need_es',
    words: `no necesito|necesitamos|ocupo|ocupamos que me|nos|_ sigan|sigas|siga ${ES_VERB}`,
    notFollowedBy: NOT_NARROWED_ES,
  },
  {
    cue: 'no_need_es',
    words: `no hace+falta|es+necesario|necesitan|necesitas|tienen+que|tiene+que|hay+necesidad+de que|_ me|nos|_ sigan|sigas|siga|vuelvan+a|vuelvas+a|vuelva+a|_ ${ES_VERB}`,
    notFollowedBy: NOT_NARROWED_ES,
  },
  // ...said in Spanglish ("no hace falta que me sigan texting")
  {
    cue: 'no_need_es',
    words: `no hace+falta|es+necesario que me|nos sigan|sigas|siga ${GERUND}|texting|texteando|textear`,
    notFollowedBy: NOT_NARROWED_ES,
  },
  // this number no longer to be used: "ya no usen este número", "don't use this number anymore"
  {
    cue: 'take_off',
    words: 'ya+no|no|dejen+de|deja+de usen|uses|use|usar este numero|telefono|cel|celular',
    notFollowedBy: 'para|pa ~1 la|el|su|sus ~1 anuncio|formulario|aplicacion|prestamo',
  },
  {
    cue: 'take_off',
    words:
      'dont|do+not|stop|quit|never use|using this|my number|phone|cell anymore|any+more|again|please|pls|_ $',
  },
  {
    cue: 'how_stop',
    words: `how do|can|would i|we get|make these|the|your|this|all+these|all+the|ur ~1 ${NOUN} to|_ stop`,
  },
  {
    cue: 'how_stop',
    words: `how do|can|would i|we stop|end|block these|the|your|this|all+these|all+the|ur|getting ~1 ${NOUN}`,
  },
  // "how do i get off this list", "¿cómo me salgo de su lista?"
  {
    cue: 'how_stop',
    words: 'how do|can i|we get|be off|out+of|removed+from your|this|the|ur ~1 list|lists',
  },
  {
    cue: 'how_stop',
    words: 'como me|nos salgo|salimos|quito|quitamos|doy+de+baja de la|esta|su|tu|sus lista|listas',
  },
  // off the list: "take me off", "remove me from your list", "sáquenme de su lista"
  {
    cue: 'take_off',
    words: 'take me|us|my+number|our+number|this+number|my+name|my+info off',
    notFollowedBy: ['~~ put|add|switch|move|keep me|us', `~2 ${oneOf(NOT_OUR_LISTS)}`],
  },
  {
    cue: 'off_list',
    words:
      'me|us|my+number|my+name|my+info|my+information|my+contact|my+email|my+phone|this+number ~~ off|from your|this|the|ur|whatever|any|every|all ~1 list|lists|contacts|database|drip|drips|campaign|sequence|system',
  },
  // "somebody put me in your drip by mistake. please pull me out of it", "get me out of this campaign"
  {
    cue: 'off_list',
    words:
      'pull|get|take me|us out of this|that|your|the|ur ~1 drip|drips|campaign|sequence|list|lists|system',
  },
  { cue: 'off_list', words: 'pull me|us out of it $' },
  // "ya no me hagan follow up", "no me den seguimiento": follow-ups of ours, in Spanish
  {
    cue: 'no_me',
    words: `ya|_ no me|nos hagan|hagas|haga|den|des|de follow+up|followup|follow+ups|seguimiento ${CLOSING}|_ $`,
  },
  {
    cue: 'off_list_alone',
    words: 'please|pls|just|_ off|from your|this|the|ur ~1 list|contacts please|pls|now|thanks|_',
    whole: true,
  },
  {
    cue: 'remove_alone',
    words:
      'please|pls|plz|_ remove|delete|unsub|borrar|eliminar me|us|this+number|my+number|_ please|pls|plz|now|thanks|asap|_',
    whole: true,
  },
  {
    cue: 'saquenme',
    words:
      'saqu*me|sac*me|quit*me|borr*me|elimin*me|baj*me|remuev*me|remov*me|saqu*nos|sac*nos|quit*nos|borr*nos|elimin*nos|baj*nos|remuev*nos|remov*nos de la|las|su|tu|esta|estas|esa|esas|sus|tus lista|listas|base+de+datos|contactos|sistema',
    notFollowedBy:
      'de|con|para casas|propiedades|condo|condos|departamentos|#|dos|tres|cuatro|cinco|recamaras',
  },
  {
    cue: 'baja',
    words: 'me|nos doy|damos de baja',
    followedBy: [
      'ya|gracias|por+favor|porfa',
      'de esto|estos+mensajes|sus+mensajes|los+mensajes|la+lista|su+lista|aqui|todo|este+numero',
    ],
  },
  { cue: 'baja_end', words: 'me|nos doy|damos de baja $' },
  // a removal asked of us ("¿me pueden dar de baja?", "¿me podrían quitar de la lista?", "quiero que me den de baja",
  // "me das de baja porfa"), not one the lead takes elsewhere ("si me dan de baja en el trabajo")
  {
    cue: 'baja_asked',
    words: `me|nos ${oneOf(ASKING_US_ES)} ~1 dar|quitar|sacar|borrar|eliminar|remover de|del baja|${oneOf(OUR_LISTS_ES)}`,
    notFollowedBy: [`~3 ${oneOf(NOT_OUR_LISTS_ES)}`, `de|con|para|sobre ~1 ${oneOf(SENT_HOME_KINDS)}`],
  },
  {
    cue: 'baja_asked',
    words: `${oneOf(WISHING_ES)} que me|nos den|de|dieran|diera|quiten|saquen|borren|eliminen|quitaran|sacaran|borraran|eliminaran|quitara|sacara|borrara de|del baja|${oneOf(OUR_LISTS_ES)}`,
    notFollowedBy: [`~3 ${oneOf(NOT_OUR_LISTS_ES)}`, `de|con|para|sobre ~1 ${oneOf(SENT_HOME_KINDS)}`],
  },
  {
    cue: 'baja_asked',
    words: 'me|nos das|dan|da|de|den de baja por+favor|porfa|pls|please|ya|gracias|_ $',
    notPrecededBy: 'si|cuando|when|if|once|que|no|nunca',
  },
  // (not the want denied: "no quiero darme de baja", "ya no quiero cancelar")
  {
    cue: 'cancelar_end',
    words: 'quiero|queremos cancelar|parar|darme+de+baja|darnos+de+baja $',
    notPrecededBy: 'no|nunca|tampoco|ya+no',
  },
  // not something the lead had to call off ("se cayó el trato y hubo que cancelar todo", "tuvimos que cancelar todo")
  {
    cue: 'cancelar',
    words: 'cancelar|parar los+mensajes|mensajes|todo|esto|la+suscripcion',
    // (nor what something is for, asked: "¿es para cancelar todo o nomás las alertas?")
    notPrecededBy:
      'hubo+que|habia+que|tuvimos+que|tuve+que|toco|decidimos|decidi|ibamos+a|iba+a|es+para|sirve+para|seria+para',
  },
  {
    cue: 'cancel',
    words:
      'cancel these|the|all|all+the|all+these|all+of+the|my|your|ur|_ future|_ text|texts|message|messages|msgs|sms|notifications|alerts|subscription',
    notPrecededBy: 'dont|do+not|never|no|not',
  },
  {
    cue: 'cancel',
    words:
      'cancela|cancelen|cancele|cancelar los|las|tus|sus|estos|estas|todos+los|todas+las|_ mensajes|textos|msj|msjs|notificaciones|alertas',
    notFollowedBy: 'about|for|from the|a|my|_ showing|tour|appointment|visit|call',
  },
  ...[
    { opening: true },
    {
      before: 'please|kindly|pls|i+ask+you|i+ask+that+you|id+like+you+to|i+want+you+to|you+can|you+may ',
    },
  ].map(({ opening, before }) => ({
    cue: 'discontinue' as const,
    words: `${before ?? ''}discontinue|cease|terminate all|any|_ further|future|more|_ communication|communications|contact|correspondence|outreach`,
    ...(opening ? { opening } : {}),
    notFollowedBy: ['with the|my|our seller|buyer|lender|other|old', 'from the|my seller|lender|bank'],
  })),
  // ...our messages by name: "please discontinue these text messages", "cease all calls to this number"
  ...[{ opening: true }, { before: 'please|kindly|pls|i+ask+you|id+like+you+to|i+want+you+to ' }].map(
    ({ opening, before }) => ({
      cue: 'discontinue' as const,
      words: `${before ?? ''}discontinue|cease ${DETERMINER}|any text|sms|_ ${oneOf(CHANNEL_NOUNS)}`,
      ...(opening ? { opening } : {}),
    }),
  ),
  ...[{ opening: true }].map(({ opening }) => ({
    cue: 'discontinue' as const,
    words: 'discontinue|cease',
    opening,
    whole: true,
    notFollowedBy: ['with the|my|our seller|buyer|lender|other|old', 'from the|my seller|lender|bank'],
  })),
  // said again: "i said stop", "te dije que pares", "how many times do i have to say stop"
  { cue: 'said_stop', words: `${oneOf(SAID_WORDS)} to|_ que|_ ${oneOf(STOP_SAID)}` },
  // the keyword sent by the lead, said so ("consider this my STOP", "i already replied STOP twice", "le respondo STOP
  // como dice"), not to someone else ("i replied stop to zillow")
  {
    cue: 'keyword_sent',
    words: `${oneOf(KEYWORD_SENT)} ${oneOf(STOP_SAID)}`,
    // (not someone else's: "my son texted STOP on my phone")
    // (a threat said as a condition: "si me mandas otra de 900k te voy a poner STOP")
    notPrecededBy: [
      'si|if|cuando|when|once ~~',
      'son|daughter|kid|kids|he|she|they|wife|husband|hijo|hija|esposo|esposa|nino|nina|mama|papa|mom|dad',
      // (said to someone else named first: "a los robocalls les contesto STOP")
      `to|a|al ~2 ${oneOf([...OTHER_SERVICES, ...NEVER_US])} ~~`,
    ],
    notFollowedBy: `to|a|al ~2 ${oneOf([...OTHER_SERVICES, ...NEVER_US, 'them', 'him', 'her'])}`,
  },
  { cue: 'said_stop', words: 'stop means stop|stop' },
  { cue: 'said_stop', words: 'alto significa|es alto' },
  {
    cue: 'said_stop',
    words: `how many times do+i+have+to|must+i|should+i|have+i|did+i|will+i+have+to say|tell+you|ask|text|write you|_ to|_ ${oneOf(STOP_SAID)}`,
  },
  {
    cue: 'said_stop',
    words: `cuantas veces te|les|_ tengo+que|hay+que|_ decir|pedir|digo|pido que|_ ${oneOf(STOP_SAID)}`,
  },
];

/** Rules read on whole sentences only: after a comma "no más" is "just" ("480 mil, no más"). */
export const SENTENCE_RULES: readonly Rule[] = [
  // "ya no, gracias": no longer, the message's opening
  { cue: 'no_thanks_anymore', words: 'ya no gracias|thanks|thx|por+favor|porfa', opening: true },
  // someone else's number, and the lead's too: "dejen de mandarle mensajes a este número"
  {
    cue: 'dejen_le',
    words: `dejen|deja|deje de ${['escrib', 'mand', 'envi', 'llam', 'molest', 'contact'].flatMap((stem) => [`${stem}*le`, `${stem}*les`]).join('|')} ~~ a+mi+tambien|a+mi+tampoco|este+numero`,
  },
  {
    cue: 'no_mas_alone',
    words: 'ok|okay|ya|_ ya|_ no mas por+favor|porfa|gracias|pls|please|_',
    whole: true,
  },
  // "ya para con los mensajes", "porfa ya stop con los textos": nothing else in the sentence ("para" is also "for")
  {
    cue: 'para_con',
    words: `${oneOf(['oye', 'oigan', 'oiga', 'neta', 'en serio', 'ok', 'okay', ...CLOSING_WORDS])}|_ ${oneOf(['oye', 'oigan', 'oiga', 'neta', 'en serio', 'ok', 'okay', ...CLOSING_WORDS])}|_ para|paren|pare|parale|parenle|parele|stop ya|_ con el|los|tus|sus|tanto|tantos|estos|esos|las|tantas|estas|esas|the|all+the|your|these|_ ${CHANNEL_ES_OR_MENSAJE} ${oneOf(['en serio', ...CLOSING_WORDS])}|_ ${oneOf(['en serio', ...CLOSING_WORDS])}|_`,
    whole: true,
  },
];
