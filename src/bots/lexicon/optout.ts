/**
 * The opt-out lexicon (`optout.ts` reads clauses with it), English, Spanish and Spanglish side by side, folded
 * (lower case, no accents). One place for every word the clause rules name: the carrier keywords, our channels and
 * the verbs of contact, the stop operators and negators, who is addressed, and the words that narrow a request to
 * something else (homes, a time, a language).
 */

/** The channels a lead can stop or welcome. */
export type Channel = 'text' | 'call' | 'email' | 'whatsapp';

/** The Spanish carrier keywords: a stop said with them alone is answered in Spanish ("ALTO", "baja por favor"). */
export const SPANISH_KEYWORDS: readonly string[] = ['parar', 'cancelar', 'alto', 'basta', 'baja'];
/** Carrier keywords: a clause made of one of them (and politeness) is a stop ("STOP", "unsubscribe", "basta"). */
// prettier-ignore
export const KEYWORDS: readonly string[] = [
  'stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'optout', ...SPANISH_KEYWORDS,
];

/** Misspelt stops read as "stop" everywhere ("stopp", "stpo texting me", "stahp"). */
export const STOP_SPELLINGS = '(?:s+t+o+p+|stahp|stap|sotp|stpo|stp|sstop)';

/** Real words one letter away from a keyword: never a typo of one ("hasta 650" is a budget, "pagar" no "parar"). */
// prettier-ignore
export const NEAR_KEYWORD_WORDS: readonly string[] = [
  'hasta', 'pasta', 'gasta', 'casta', 'vasta', 'bastan', 'pagar', 'pasar', 'parir', 'pared', 'parad', 'paran', 'parte',
  'cancer', 'canceled', 'cancels', 'candle', 'ended', 'ends', 'quite', 'quiet', 'quits',
];

/** The lead's word for whoever it talks to ("dude stop", "nah not interested fam", "no me interesa compa"). */
// prettier-ignore
export const VOCATIVES: readonly string[] = [
  'fam', 'bro', 'bruh', 'dude', 'man', 'homie', 'buddy', 'pal', 'sir', 'maam', 'compa', 'amigo', 'amiga', 'mija',
  'mijo', 'carnal', 'wey', 'guey',
];

/** Words that may stand beside a bare keyword ("STOP ALL", "stop please", "ya basta", "no, stop", "dude stop"). */
// prettier-ignore
export const KEYWORD_COMPANIONS: readonly string[] = [
  ...VOCATIVES,
  'all', 'please', 'pls', 'plz', 'plis', 'pliss', 'porfavor', 'now', 'it', 'por', 'x', 'favor', 'xfa', 'porfa', 'porfis', 'ya', 'me', 'thanks',
  'thx', 'ok', 'okay', 'no', 'nah', 'actually', 'just', 'mejor', 'ahora',
  // "🛑🛑 no more pls", "basta, no más": the stop said again in other words
  'more', 'mas', 'enough',
];

/** Politeness between a keyword and the reason that follows it ("stop x favor ya compramos"). */
// prettier-ignore
export const POLITE_WORDS: readonly string[] = [
  'please', 'pls', 'plz', 'por', 'x', 'favor', 'xfa', 'porfa', 'porfis', 'thanks', 'thx', 'gracias', 'now', 'ok', 'i',
  'mean', 'meant', 'o', 'sea',
];

/** What insists after a keyword, the whole rest of the clause ("STOP i mean it", "para, en serio"). */
// prettier-ignore
export const EMPHASIS_WORDS: readonly string[] = [
  'i mean it', 'i meant it', "i'm serious", 'im serious', 'seriously', 'really', 'for real', 'fr', 'frfr', 'i mean',
  'i meant', 'o sea', 'this time', 'last time', 'again', 'forever', 'for good', 'permanently', 'para siempre',
  'en serio', 'lo digo en serio', 'hablo en serio', 'ya en serio', 'please', 'pls', 'plz', 'now', 'right now',
  'like now', 'asap', 'already', 'everything', 'all of it', 'todo', 'ok', 'guys', 'dude', 'bro', 'man', 'tho',
  'though', 'ffs', 'thanks', 'thx', 'bye', 'gracias', 'ya', 'ahora', 'ahorita', 'por favor', 'porfa',
];

/** The stems that name each channel, in a verb or a noun ("texteen", "msjs", "llámame", "correos"). */
export const CHANNEL_STEMS: Readonly<Record<Channel, readonly string[]>> = {
  text: [
    'text',
    'txt',
    'sms',
    'mess',
    'msg',
    'mensaj',
    'msj',
    'mjs',
    'chat',
    'notif',
    'alert',
    'ping',
    'escrib',
    'writ',
  ],
  call: ['call', 'phon', 'llam', 'robocall'],
  email: ['email', 'e-mail', 'mail', 'correo'],
  whatsapp: ['whatsap', 'wasap', 'wsp'],
};

/**
 * English verbs of contact as a request names them ("stop texting", "don't call me", "quit bugging me"), base
 * form and -ing form; those without a channel stem mean every channel.
 */
// prettier-ignore
export const CONTACT_VERBS: readonly string[] = [
  'text', 'txt', 'message', 'msg', 'call', 'email', 'contact', 'write', 'bother', 'reach out to', 'reach out', 'phone', 'whatsapp',
  'spam', 'harass', 'bug', 'hit me up', 'hit us up', 'hmu', 'follow up with', 'follow up',
];
// prettier-ignore
export const CONTACT_GERUNDS: readonly string[] = [
  'texting', 'txting', 'messaging', 'msging', 'calling', 'phoning', 'emailing', 'contacting', 'writing', 'bugging',
  'spamming', 'harassing', 'bothering', 'blowing up my phone', 'hitting me up', 'hitting us up', 'reaching out',
  'hitting my phone', 'hitting my line', 'hitting my cell', 'blowing up my line', 'blowing up my cell', 'blasting',
  'whatsapping', 'sending', 'pinging', 'following up with', 'following up', 'hmu',
  // the final g dropped
  'textin', 'txtin', 'messagin', 'callin', 'blowin up my phone', 'blowin up my line', 'blowin up my cell', 'hittin me up',
];
/** English nouns of our channel ("no more texts", "these calls", "the notifications"). */
// prettier-ignore
export const CHANNEL_NOUNS: readonly string[] = [
  'text', 'texts', 'txts', 'txt', 'sms', 'message', 'messages', 'msgs', 'msg', 'calls', 'call', 'emails', 'email',
  'notifications', 'alerts', 'robocalls', 'whatsapps', 'spam', 'follow ups', 'followups', 'follow-ups', 'reminders',
  'pings', 'updates', 'check ins', 'checkins', 'check-ins',
];

/** Spanish stems of contact verbs, any person and clitic ("escríbanme", "llamarle", "texteen", "mensajeen"). */
// prettier-ignore
export const CONTACT_STEMS_ES: readonly string[] = [
  'escrib', 'llam', 'mand', 'envi', 'molest', 'contact', 'texte', 'textee', 'mensaje', 'whatsappe', 'marc', 'texe',
  'textea', 'comunic', 'spame',
];

/**
 * Our channel as a Spanish or Spanglish lead names it ("no más msjs", "ya no quiero los texts", "no quiero más
 * llamadas"): abbreviations and English loanwords included, one list for every Spanish rule.
 */
// prettier-ignore
export const CHANNEL_NOUNS_ES: readonly string[] = [
  'mensajes', 'mensaje', 'mensajitos', 'msjs', 'msj', 'mjs', 'mensajes de texto', 'textos', 'texts', 'txts', 'sms', 'llamadas',
  'correos', 'emails', 'whatsapps', 'whatsapp', 'notificaciones', 'messages', 'msgs',
];

/** Channels said as the way of contact after "por" ("no me escriban por correo"), in the singular as in the plural. */
// prettier-ignore
export const CHANNEL_WAYS_ES: readonly string[] = [
  ...CHANNEL_NOUNS_ES, 'correo', 'email', 'mail', 'mensaje', 'texto', 'text', 'txt', 'whatsapp', 'telefono', 'llamada',
  'chat',
];

/** What a request to stop speaks of besides a channel: a list, this number, hearing from us (word starts). */
export const CONTACT_SUBJECTS: readonly string[] = [
  'list',
  'lista',
  'number',
  'numero',
  'line',
  'linea',
  'contact',
  'hear',
  'ping',
  'cel',
  'phone',
  'telefono',
];

/** Who the lead is: a request about them ("me", "us", "this number", the Spanish clitics are in the verb). */
export const CONTACT_OBJECTS: readonly string[] = ['me', 'us', 'this number', 'this phone', 'this #'];

/** Someone else the lead names as the one contacted ("stop texting her", "dejen de escribirle a mi esposa"). */
// prettier-ignore
export const OTHER_PEOPLE: readonly string[] = [
  'her', 'him', 'them', 'my wife', 'my husband', 'my hubby', 'my son', 'my daughter', 'my mom', 'my dad',
  'my mother', 'my father', 'my partner', 'my boyfriend', 'my girlfriend', 'my brother', 'my sister', 'my roommate',
  'my ex', 'my tenant', 'my tenants', 'my parents', 'my kids', 'my neighbor', 'my neighbors', 'my grandma',
  'my grandpa', 'my aunt', 'my uncle', 'my cousin', 'my fiance', 'my fiancee', 'my boss', 'my family',
];

/** Others who keep writing to the lead, named in Spanish ("el otro agente no deja de llamarme"). */
// prettier-ignore
export const CALLERS_NAMED_ES: readonly string[] = [
  'agente', 'agentes', 'realtor', 'realtors', 'vendedor', 'vendedora', 'vendedores', 'banco', 'bancos', 'senor',
  'senora', 'tipo', 'tipa', 'vecino', 'vecina', 'vecinos', 'prestamista', 'prestamistas', 'compania', 'companias',
  'empresa', 'empresas', 'inversionista', 'inversionistas', 'licenciado', 'licenciada',
];

/**
 * Someone else who answered our text with the keyword ("my neighbor got a text from you guys and replied STOP lol",
 * "mi vecina contestó baja"): a story, not the lead's request.
 */
// prettier-ignore
export const REPLIED_BY_SOMEONE_ELSE: readonly string[] = [
  'neighbor|neighbour|neighbors|wife|husband|hubby|son|daughter|mom|dad|brother|sister|roommate|friend|coworker|he|she|they|vecino|vecina|esposa|esposo|marido|hijo|hija|mama|papa|hermano|hermana|amigo|amiga|ella|ellos ~8 replied|responded|answered|texted|wrote|sent|contesto|respondio|puso|escribio|mando back|_ stop|alto|baja|unsubscribe|cancel',
];

/** Negators that scope over the next verb ("don't text me", "never call", "no me escriban", "ya no quiero"). */
// prettier-ignore
export const CONTACT_NEGATORS: readonly string[] = [
  "don't", 'dont', 'do not', 'never', 'please dont', "please don't", 'pls dont', 'plz dont', 'just dont',
  "just don't", 'dnt',
];

/**
 * What we send, said as a whole ("stop sending me listings", "deja de mandarme casas"): a stop of our messages,
 * unless a narrowing follows ("listings in fontana", "casas de 2 recámaras", "houses, only condos").
 */
// prettier-ignore
export const WHAT_WE_SEND: readonly string[] = [
  'listing', 'listings', 'house', 'houses', 'home', 'homes', 'property', 'properties', 'casas', 'propiedades',
  'opciones', 'options', 'esas', 'esos', 'those', 'these', 'ones', 'las', 'los', 'stuff', 'things', 'cosas',
];
/** What narrows what we send to a kind: "in", "under", "with", "de", ", only", "solo", "but". */
// prettier-ignore
export const KIND_NARROWERS: readonly string[] = [
  'in', 'en', 'under', 'over', 'above', 'below', 'near', 'with', 'con', 'de', 'that', 'like', 'outside', 'por',
  'cerca', 'only', 'just', 'solo', 'nomas', 'but', 'pero', 'instead', 'unless', 'except', 'menos', 'sino', 'without',
  'sin', 'around', 'from', 'far', 'we want', 'we need', 'i want', 'i need', 'looking for', 'we prefer', 'i prefer',
  // the form they come in: "stop sending the listings as pdfs, links are fine"
  'as',
  'queremos', 'quiero', 'buscamos', 'busco', 'necesitamos', 'preferimos', 'prefiero', 'tan', 'so', 'too', 'muy',
  'that are', 'que', 'arriba', 'abajo', 'encima', 'debajo', 'right', 'next', 'close', 'mas', 'more', 'less',
];
/**
 * What narrows "anything" or "nada" sent to some homes ("don't send me anything over 480k", "no me manden nada arriba
 * de 480 mil"; "nada más" alone is everything, a stop).
 */
// prettier-ignore
export const NOTHING_NARROWED: readonly string[] = [
  'in', 'en', 'under', 'over', 'above', 'below', 'with', 'outside', 'near', 'arriba', 'encima', 'debajo', 'abajo',
  'mas de', 'menos de', 'mayor', 'menor', 'fuera', 'lejos', 'cerca', 'con', 'sin', 'without', 'that', 'thats', 'which',
  'bigger', 'smaller', 'older', 'newer', 'cheaper', 'less', 'more than', 'around',
];
/** Offers or homes below a price, ruled out ("anything below that, stop", "cualquier oferta por debajo de eso, ni me la pasen"). */
export const OFFERS_RULED_OUT: readonly string[] = [
  'anything|any+offer|any+offers|offers|cualquier+cosa|cualquier+oferta|ofertas below|under|beneath|less+than|lower+than|debajo|abajo|menos+de|por+debajo',
];
/** What a lead exclaims at with "stop it" ("stop it, that kitchen 😍", "stop it, 614 for that??"): a home, its price. */
// prettier-ignore
export const EXCLAIMED_AT: readonly string[] = [
  'kitchen', 'pool', 'yard', 'backyard', 'view', 'views', 'price', 'bathroom', 'bathrooms', 'closet', 'garage', 'patio',
  'fireplace', 'floors', 'house', 'home', 'place', 'cocina', 'alberca', 'precio', 'jardin', 'vista', 'casa', 'cochera',
];
/** Delight at a home after a bare "stop": "this is the one", "can I see it this weekend", "es la buena". */
export const DELIGHTED_AT_A_HOME: readonly string[] = [
  'this|thats|that+is|its|it+is the one',
  'es|esta+es la buena|indicada|bueno',
  'see|tour|visit it|this+one|this+house|the+house',
  'verla|verlo|ir+a+verla|visitarla',
];
/** ...in delight or disbelief. */
export const EXCLAIMING_EMOJIS: readonly string[] = [
  '😍',
  '🤩',
  '😮',
  '😱',
  '🔥',
  '😳',
  '🤯',
  '😂',
  '🤣',
  '💀',
  '🥹',
];
/** ...unless the rest speaks of us or of contact ("stop it, who gave you my number?"). */
// prettier-ignore
export const ABOUT_US_OR_CONTACT: readonly string[] = [
  'you', 'u', 'ur', 'your', 'yall', 'who', 'number', 'text', 'texts', 'texting', 'call', 'calls', 'calling', 'message',
  'messages', 'bot', 'spam', 'scam', 'email', 'emails', 'me', 'us', 'stop', 'harassment', 'annoying',
];
/** What turns a call's pick down after a hold, and what may stand before the pick ("stop, not the first one"). */
export const PICK_TURNED_DOWN = {
  not: ['not', 'no', 'ni', 'cant', 'cannot', 'doesnt', 'dont', 'wont', 'isnt'],
  determiners: ['the', 'el', 'la', 'that', 'ese', 'esa'],
} as const;
/** The parts of a call's pick a hold may turn down ("stop, not the morning one", "para, no la primera"). */
// prettier-ignore
export const PICKED_PARTS: readonly string[] = [
  'first', 'second', 'third', 'last', 'morning', 'afternoon', 'evening', 'primera', 'primero', 'segunda', 'segundo',
  'tercera', 'tercero', 'ultima', 'ultimo', 'manana', 'tarde', 'noche', 'slot', 'option', 'opcion',
];
/** A stop said of a pronoun (optout/stopped-thing.ts): the verb, then "that", "this", "it", "eso", "esto". */
export const STOP_OF_A_PRONOUN: readonly string[] = [
  'stop',
  'quit',
  'parar',
  'detener',
  'frenar',
  'cancel',
  'halt',
];
export const PRONOUNS_STOPPED: readonly string[] = ['that', 'this', 'it', 'eso', 'esto'];
/** ...or said with its pronoun in one word ("pueden pararlo?", "detenerla"). */
// prettier-ignore
export const PRONOUN_STOPS: readonly string[] = [
  'pararlo', 'pararla', 'detenerlo', 'detenerla', 'frenarlo', 'frenarla', 'pararle', 'detenerle',
];
/** Whom a stop of a thing is asked of ("can you stop that"): words of ABOUT_US_OR_CONTACT that are no thing between. */
export const STOP_ASKED_OF: readonly string[] = ['you', 'u', 'ur', 'yall', 'me', 'us', 'who', 'stop'];
/** Things a lead may want stopped, named before "stop that": a sale, a notice, an auction, a neighbour's noise. */
// prettier-ignore
export const THINGS_STOPPED: readonly string[] = [
  'sale', 'auction', 'foreclosure', 'foreclose', 'foreclosing', 'notice', 'nod', 'trustee', 'eviction', 'evict',
  'evicting', 'lien', 'levy', 'garnishment', 'lawsuit', 'repo', 'repossession', 'subasta', 'remate', 'embargo',
  'desalojo', 'aviso', 'notificacion', 'ejecucion', 'demanda', 'venta', 'dog', 'dogs', 'noise', 'construction',
  'perro', 'perros', 'ruido', 'construccion', 'leak', 'gotera', 'fuga',
];
/** What a home is called when a lead says which ones to stop sending ("stop sending condos", "paren de mandarme casas"). */
export const SENT_HOME_KINDS: readonly string[] = [
  // a kind by its floors or rooms: "stop sending me 2 story homes", "no more 5 bedroom houses"
  'story',
  'stories',
  'story homes',
  'story houses',
  'level homes',
  'bedroom homes',
  'bedroom houses',
  'pisos',
  'plantas',
  'condo',
  'condos',
  'listing',
  'listings',
  'house',
  'houses',
  'home',
  'homes',
  'properties',
  'property',
  'places',
  'options',
  'townhome',
  'townhomes',
  'townhouse',
  'townhouses',
  'apartment',
  'apartments',
  'ones',
  'fixer',
  'fixers',
  'fixer upper',
  'fixer uppers',
  'new build',
  'new builds',
  'casas',
  'propiedades',
  'condominios',
  'departamentos',
  'opciones',
  'bedrooms',
  'beds',
  'bedroom',
  'recamaras',
  'recamara',
  'cuartos',
  'cuarto',
  'habitaciones',
  'dormitorios',
  // (not "anything" nor "stuff" alone: "please don't send us anything else" is a stop of everything; said with what
  // narrows it, NOTHING_NARROWED, it is a kind: "stop sending anything over 600")
  'links',
  'link',
  'pics',
  'photos',
  'units',
  'unit',
  'duplexes',
  'duplex',
  'mobile homes',
  // homes by where they are: "quit sending HOA neighborhoods", "ya no me manden fraccionamientos con cuota"
  'neighborhoods',
  'neighborhood',
  'communities',
  'community',
  'subdivisions',
  'developments',
  'tracts',
  'vecindarios',
  'comunidades',
  'fraccionamientos',
  'colonias',
  'manufactured homes',
  'lots',
  'land',
  'deptos',
  'depas',
  'apartamentos',
  'terrenos',
  // homes by a word of their size or price ("stop sending me the tiny ones", "STOP sending me the mansions")
  'mansions',
  'mansion',
  'mansiones',
  ...[
    'tiny',
    'small',
    'smaller',
    'little',
    'big',
    'bigger',
    'huge',
    'expensive',
    'pricey',
    'overpriced',
    'cheap',
    'cheaper',
    'old',
    'older',
    'ugly',
    'fancy',
    'luxury',
    'new',
    'newer',
  ].map((size) => `${size} ones`),
];

/**
 * What narrows a ban to a time, a place or a language ("don't text me after 9pm", "no me escriban tan temprano",
 * "no me escribas en inglés"): a schedule or a preference, not a stop.
 */
// prettier-ignore
export const NARROWING_WORDS: readonly string[] = [
  'about', 'if', 'when', 'until', 'before', 'after', 'back', 'on', 'at', 'in', 'during', 'past', 'so early',
  'so late', 'this early', 'this late', 'early', 'late', 'between', 'now', 'right now', 'rn', 'today', 'tonight',
  'yet', 'while', 'at work', 'en la', 'por la', 'antes', 'despues', 'a las', 'a esta hora', 'a estas horas', 'hoy',
  'manana', 'temprano', 'tan temprano', 'tan tarde', 'de noche', 'en la noche', 'en la madrugada', 'en ingles',
  'en espanol', 'los lunes', 'los martes', 'los miercoles', 'los jueves', 'los viernes', 'los sabados',
  'los domingos', 'al trabajo', 'tan seguido', 'tanto', 'todos los', 'cada', 'mas tarde', 'en horas', 'en horario',
  'en el trabajo', 'mientras', 'durante', 'en las', 'por las',
  // not yet: a call put off, not refused ("no me llamen todavía", "don't call me just yet")
  'just yet', 'quite yet', 'todavia', 'aun', 'aun no', 'todavia no',
  // a day of the week ("don't text me wednesday night, that's church"), or a kind of message ("no me mandes mensajes
  // de voz", "texts tan largos")
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays',
  'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'mornings', 'nights', 'evenings', 'el lunes',
  'el martes', 'el miercoles', 'el jueves', 'el viernes', 'el sabado', 'el domingo', 'de voz', 'voice', 'tan largos',
  'tan largas', 'tan largo', 'so long', 'that long',
  // for the moment, in Spanish: "no me escriba ahorita que estoy en el brete, mañana seguimos"
  'ahorita', 'ahorita no', 'en este momento',
  // what is sent, narrowed to a figure: "don't even text me a number under 700k lol"
  'a number', 'numbers', 'an offer', 'offers', 'a price', 'prices', 'lowball', 'lowballs',
];

/** A stop narrowed to a language: "stop texting me in english, mejor en español" (the other one welcome). */
export const LANGUAGE_NARROWING: readonly string[] = [
  'in english',
  'in spanish',
  'en ingles',
  'en espanol',
  'in englis',
  'en englis',
];
/** A time of day or of the week after a stop ("no more texts after 9pm", "no más mensajes de noche"): a narrowed stop. */
// prettier-ignore
export const HOURS_NARROWING: readonly string[] = [
  'today',
  'tonight',
  'hoy',
  'esta noche',
  'during',
  'between',
  'so early',
  'so late',
  'this early',
  'this late',
  'early',
  'late',
  'at night',
  'on weekends',
  'on the weekend',
  'on sundays',
  'at work',
  'while',
  'antes',
  'despues',
  'de noche',
  'en la noche',
  'en la madrugada',
  'temprano',
  'tan temprano',
  'tan tarde',
  'mas tarde',
  'los domingos',
  'en fin de semana',
  'los fines',
];
/** ... and a clock time or a part of the day after these ("after 9pm", "before work"; not "after this"). */
export const CLOCK_LEADS: readonly string[] = ['after', 'before', 'past', 'until', 'til', 'till'];
// prettier-ignore
export const CLOCK_TIMES: readonly string[] = [
  'noon', 'dark', 'work', 'hours', 'business', 'dinner', 'lunch', 'midnight', 'bedtime', 'school', 'class',
];

/**
 * What a message the rules read no request in may name that keeps the trained stop out of it (optout.ts
 * `trainedStop`): someone or something else than us, a time of day, a language, a narrowing. The model weighs words,
 * not what they are said of: "dejen de escribirle a mi esposa", "no more texts before 8am", "no quiero mensajes en
 * inglés", "ya no me manden nada sin cochera" score as stops.
 */
// prettier-ignore
export const SAID_OF_SOMETHING_ELSE: readonly string[] = [
  'mi esposa|esposo|mujer|marido|hijo|hija|mama|papa|suegra|suegro|hermano|hermana|novio|novia|jefe',
  'my wife|husband|hubby|son|daughter|mom|dad|mother|father|partner|boyfriend|girlfriend|brother|sister|roommate',
  // (not a cousin, an aunt: often the agent the lead went with, "we ended up going with my cousin")
  'my ex|tenant|tenants|parents|kids|neighbor|neighbors|grandma|grandpa|boss',
  'a ella|el', 'other agent|agents|realtor|realtors|company', 'otro|otra agente|inmobiliaria|compania',
  'work|office|landline number|phone', 'numero|telefono del trabajo', 'at night', 'in the morning|evening',
  'en|de|por la noche|manana|tarde', 'de noche', 'weekends', 'fines de semana', 'ingles|english|espanol|spanish',
  'sin|without|except|excepto', 'after|before|past|until|til|till #', 'despues|antes de las #',
  // the lead's own contact ("I won't text you about this again"), homes narrowed ("de casas con alberca")
  "i|we|ill|we'll|well wont|never|dont text|call|message|write|email|contact|bother",
  'i|we will+not|do+not text|call|message|write|email|contact|bother',
  'de|about casas|condos|departamentos|townhomes|houses|homes|terrenos|lotes con|sin|with|without|in|en|de|that|que|over|under',
  // a kind of message, not the messages ("no me mandes mensajes de voz", "no voicemails pls")
  'de voz', 'voice|audio message|messages|note|notes|memo|memos', 'voicemail|voicemails|audios|notas+de+voz',
];

/** Receiving and hearing from us, a kind of contact for the trained stop ("ya no deseo recibir nada de ustedes"). */
export const RECEIVING_STEMS: readonly string[] = ['recib', 'receiv', 'hear', 'oir'];
/**
 * Our message said to have reached the lead ("got your message", "me llegó su mensaje", "ya vi su texto"): a receipt,
 * which the trained model, knowing only words, may take for a stop.
 */
// prettier-ignore
export const MESSAGE_RECEIVED: readonly string[] = [
  // ...or our number passed on to the lead ("got this number from a coworker", "mi prima me pasó su número"): a
  // referral, which the model may take for a wrong number
  'got|found|have|gotten your|ur|yall|the number|contact|info from|off|thru|through|on',
  // ("this number" from someone who passed ours on, not from the lead's carrier: "I just got this number from my
  // carrier and I'm not whoever signed up" is a wrong number)
  'got|found|gotten this number from|off|thru|through a|an|my|our|mi|_ ~1 coworker|coworkers|friend|friends|cousin|neighbor|neighbour|sister|brother|mom|dad|boss|sign|flyer|ad|website|realtor|agent|compadre|comadre|prima|primo|amigo|amiga|vecino|vecina|hermano|hermana|jefe',
  'gave|passed|sent|texted|forwarded me|us this|your|ur|yall|the number|contact|info',
  'me|nos dio|dieron|paso|pasaron|mando|mandaron|compartio su|tu|este|el numero|contacto',
  'got|get|gotten|received|receive|saw|seen|read|recibi|recibimos|recibo|vi|vimos|lei|leimos|llego|llegaron|checked your|ur|yall|the|su|sus|tu|tus|el|los|la|_ message|messages|text|texts|msg|msgs|mensaje|mensajes|texto|textos|email|emails|correo|correos|voicemail|recado|note',
];

/** Words that open a clause told about someone else ("my wife said ...", "the last agent wouldn't stop ..."). */
export const TOLD_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'dijo',
  'dice',
  'yelled',
  'yells',
  'screamed',
  'shouted',
  'grito',
  'grita',
  // "Mi vecina me dijo 'ya no me escribas'"
  'me dijo',
  'nos dijo',
  'me dice',
  'me decia',
  // said over and over: "my teenager keeps yelling 'leave me alone' at her brother"
  'yelling',
  'screaming',
  'shouting',
  'saying',
  'keeps yelling',
  'keeps saying',
  'keeps screaming',
  'kept yelling',
  'kept saying',
  'gritando',
  'sigue gritando',
  'anda gritando',
  'gritaba',
  'decia',
];

/** A channel as a lead welcomes it ("text is better", "prefiero whatsapp", "mejor una llamada"). */
// prettier-ignore
export const WELCOME_CHANNELS: readonly string[] = [
  'text', 'texting', 'texts', 'message', 'messages', 'email', 'call', 'calls', 'calling', 'a call', 'chat',
  'whatsapp', 'mensaje', 'mensajes', 'texto', 'textos', 'correo', 'llamada', 'una llamada', 'por mensaje',
  'por mensajes', 'por texto', 'por whatsapp', 'por correo', 'por text', 'por txt', 'por msj', 'x mensaje', 'x text',
  // this chat kept: "no emails, just keep it to this chat", "solo por este chat"
  'keep it to this chat', 'keep it in this chat', 'keep it here', 'this chat', 'here in the chat', 'por este chat',
  'en este chat', 'aqui en el chat',
  // "mejor seguimos por text", "sigamos por aquí"
  ...['seguimos', 'sigamos'].flatMap((go) => ['por text', 'por texto', 'por mensaje', 'por aqui'].map((way) => `${go} ${way}`)),
  // this chat, said by where it is: "mejor por aquí", "just on here", "por este medio"
  'por aqui', 'por aca', 'por este medio', 'on here', 'over here', 'in here', 'this way',
];
/** How a welcome is said before its channel ("prefer text", "mejor por mensaje", "only email")... */
// prettier-ignore
export const PREFER_BEFORE: readonly string[] = [
  'prefer', 'prefer to', 'rather', 'rather to', 'i would rather', 'prefiero', 'mejor', 'solo', 'nada mas', 'just',
  'only',
];
/** ... or after it ("text is better", "calls work", "text only", "por mensaje está bien"). */
// prettier-ignore
export const PREFER_AFTER: readonly string[] = [
  'is better', 'is best', 'is fine', 'is easier', 'is ok', 'is good', 'would be better', 'would be best',
  'would be fine', 'works better', 'works best', 'works', 'is fine', 'are fine', 'are better', 'are ok', 'only',
  'instead', 'me only', 'me instead', 'esta bien', 'mejor', 'por favor',
];
/** Asking for a channel in Spanish, the lead as clitic ("llámame", "mándame un mensaje", "escríbeme"). */
// prettier-ignore
export const WELCOME_VERBS_ES: readonly string[] = [
  'mandame', 'mandeme', 'mandenme', 'enviame', 'envieme', 'escribeme', 'escribame', 'escribanme', 'textame',
  'texteame', 'llamame', 'llamenme', 'llameme', 'marcame', 'marquenme', 'marqueme', 'mandenmelo', 'mandamelo',
  'mandemelo',
];
/** Asking for a channel in English, the lead after it ("call me", "text us", "send me a text"). */
export const WELCOME_VERBS: readonly string[] = [
  'text',
  'txt',
  'message',
  'msg',
  'email',
  'whatsapp',
  'call',
  'ring',
];

/** Words a lead opens a correction with, meaning "wait": "stop, i typed 500 meant 600", "para, puse 3 y son 4". */
export const HOLD_WORDS: readonly string[] = [
  'stop',
  'stopp',
  'para',
  'alto',
  'wait',
  'espera',
  'esperate',
  'esperame',
  'aguanta',
];

/**
 * A stop said with a "wait" beside it, before a question of the lead's ("wait wait, stop. ¿ustedes cobran por las
 * fotos?", "hold on, stop. is the hoa included?"): a pause, not a stop.
 */
export const PAUSE_STOPS: readonly string[] = ['stop', 'para', 'alto', 'paren', 'pare'];
export const PAUSE_WAITS: readonly string[] = [
  'wait',
  'espera',
  'espere',
  'hold',
  'hang',
  'aguanta',
  'aguante',
];
/** A hold said as words after the stop: "stop stop, before I answer that, ...", "alto, antes de contestar, ...". */
// prettier-ignore
export const PAUSE_BEFORE_ANSWERING: readonly string[] = [
  'before i answer', 'before i reply', 'before i respond', 'before we answer', 'before answering', 'before i go on',
  'before we go on', 'before i continue', 'one sec', 'one second', 'antes de contestar', 'antes de responder',
  'antes de seguir', 'antes que conteste', 'antes de que conteste', 'un momento', 'un segundo',
  // ...to ask someone first: "alto, deje le pregunto a mi esposo", "stop, let me ask my wife"
  'let me ask', 'lemme ask', 'let me check with', 'deje le pregunto', 'dejeme le pregunto', 'dejeme preguntarle',
  'deja le pregunto', 'dejame le pregunto', 'dejame preguntarle', 'deja pregunto', 'deje pregunto',
  // ...or to think it over first: "stop, let me think... livable but dated", "para, déjame pensar"
  'let me think', 'lemme think', 'let me see', 'lemme see', 'dejame pensar', 'deja pienso', 'dejeme pensar', 'deja pensar',
  'dejame ver', 'dejeme ver', 'deja veo',
];

/** Saying what was written, or what was meant: the verbs of a correction. */
// prettier-ignore
export const CORRECTION_VERBS: readonly string[] = [
  'typed', 'type', 'wrote', 'write', 'put', 'entered', 'meant', 'mean', 'typo', 'misspoke', 'puse', 'escribi',
  'quise', 'queria', 'era', 'eran', 'son', 'gave', 'filled', 'dije', 'said', 'flipped', 'swapped', 'mixed',
  'switched', 'confundi', 'invert', 'inverted', 'backwards', 'al reves',
];
/** Words between two holds that keep them one hold: "wait no, stop, it's 4 bedrooms", "espera no, para, son 4". */
// prettier-ignore
export const BETWEEN_HOLDS: readonly string[] = ['no', 'nah', 'nope', 'oops', 'sorry', 'perdon', 'ay', 'oh'];

/** Our channel: a correction about the messages themselves is no correction ("stop, i typed 3 messages"). */
// prettier-ignore
export const CONTACT_NOUNS: readonly string[] = [
  'text', 'texts', 'texting', 'message', 'messages', 'messaging', 'msg', 'msgs', 'call', 'calls', 'calling',
  'email', 'emails', 'mensaje', 'mensajes', 'textos', 'llamadas', 'correos', 'times', 'veces',
];

/** What a number said wrong may be about, not the phone: "wrong number en los bedrooms, son 5 no 4". */
// prettier-ignore
export const SLOT_NOUNS: readonly string[] = [
  'bedrooms', 'beds', 'bed', 'baths', 'bathrooms', 'recamaras', 'cuartos', 'habitaciones', 'banos', 'price', 'budget',
  'precio', 'presupuesto', 'address', 'direccion', 'sqft', 'rooms', 'zip', 'street', 'calle', 'house+number', 'unit',
];

/** Number words, for a correction spelt out ("i put two meant three"). */
// prettier-ignore
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'uno', 'dos', 'tres', 'cuatro',
  'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
];

/**
 * Words that take back a value just said, in the same message ("450.. actually no make it 500", "500 meant 600",
 * "2 recámaras, bueno no, mejor 3"): read by `text.ts` TAKE_BACK between two values.
 */
// prettier-ignore
export const TAKE_BACK_WORDS: readonly string[] = [
  'actually', 'wait', 'no wait', 'no espera', 'wait stop', 'no stop', 'i mean', 'i meant', 'meant', 'scratch that', 'oops', 'sorry', 'nvm',
  'never mind', 'perdon', 'perdona', 'digo', 'bueno no', 'no mejor', 'mejor', 'or actually', 'o mejor', 'espera',
  'esperate', 'esperame', 'aguanta', 'corrijo', 'me equivoque', 'quise decir', 'hang on', 'hold on', 'hold up',
  'espereme', 'esperenme', 'aguanteme', 'espere', 'esperen', 'cancel that', 'strike that', 'correction', 'olvida eso', 'borra eso',
  // the Spanish "stop" said to oneself: "570k... no para para, 750k"
  'no para', 'para para',
  // two said together: "3 bedrooms min. wait actually 4", "espera mejor 4"
  'wait actually', 'actually wait', 'no wait actually', 'espera mejor', 'espera no',
];

/** What a Spanish or Spanglish lead closes a request with ("x favor", "porfa", "gracias"). */
// prettier-ignore
export const CLOSING_WORDS: readonly string[] = [
  'gracias', 'por favor', 'x favor', 'porfavor', 'porfa', 'plis', 'pls', 'plz', 'please', 'ya', 'de ustedes',
  'de nadie', 'nunca mas', 'bye', 'thanks', 'thank you', 'thx', 'bro', 'anymore', 'any more', 'again', 'ever again',
  'no more', 'no mas', 'ok', 'okay', 'thanks though', 'thank you though', 'gracias de todos modos', 'gracias igual',
  // a dictated full stop: "ya no deseo recibir sus mensajes punto gracias"
  'punto', 'period',
];

/** A consequence the lead will take if contact goes on ("i'll report you", "los demando", "calling my lawyer"). */
// prettier-ignore
export const CONSEQUENCE_WORDS: readonly string[] = [
  'report', 'reporting', 'reported', 'block', 'blocking', 'sue', 'suing', 'file', 'filing', 'complain', 'reporto',
  'reportar', 'bloqueo', 'bloquear', 'demando', 'demandar', 'denuncio', 'denunciar', 'acuso', 'lawyer', 'attorney',
  'abogado', 'restraining', 'restriccion',
];
/** Consequences that stand alone: a lawyer or a court order needs no object after it. */
export const STRONG_CONSEQUENCES: readonly string[] = [
  'lawyer',
  'attorney',
  'abogado',
  'restraining',
  'restriccion',
];
/** Who a consequence is aimed at, right after it ("report you", "block this number"), or as a Spanish clitic before it. */
// prettier-ignore
export const THREAT_OBJECTS: readonly string[] = [
  'you', 'u', 'ya', "y'all", 'yall', 'this', 'your', 'ur', 'them', 'ustedes',
];
export const CLITICS_ES: readonly string[] = ['los', 'las', 'te', 'les', 'lo'];
/** A time that narrows the contact warned against ("if you keep texting me at 6am", "si me siguen escribiendo tan
 * temprano"): a complaint about the hour, as "don't text me at 6am" is, not a stop. */
// prettier-ignore
export const THREAT_HOURS: readonly string[] = [
  'early', 'late', 'night', 'nights', 'morning', 'mornings', 'midnight', 'weekends', 'sundays', 'temprano', 'tarde',
  'noche', 'noches', 'madrugada', 'domingos',
];
/** More contact, said outright ("again", "one more", "otra vez", "si vuelven a"). */
// prettier-ignore
export const AGAIN_WORDS: readonly string[] = ['again', 'another', 'otro', 'otra', 'nuevo', 'anymore'];
/** More contact, as a condition: "if you keep", "if you don't stop", "si siguen", "si no dejan de". */
// prettier-ignore
export const KEEP_WORDS: readonly string[] = [
  'keep', 'continue', 'stop', 'quit', 'dejan', 'dejas', 'deja', 'paran', 'paras', 'siguen', 'sigues', 'sigue',
  'vuelven', 'vuelves', 'vuelve',
];

/** What a phone number is called ("this isn't jimmy's phone", "este número ya no es de Juan"). */
// prettier-ignore
export const PHONE_WORDS: readonly string[] = ['number', 'phone', 'cell', 'cel', 'celular', 'telefono', 'numero', '#'];
/** Someone the team may have meant ("you have the wrong guy"). */
export const PERSON_WORDS: readonly string[] = ['guy', 'girl', 'person', 'lady', 'man', 'dude', 'number'];
/**
 * A wrong-number message that keeps talking: the lead claims the number, asks to be written to, or goes on about
 * the search ("it's mine", "text me here", "we want 3 beds", "es mío", "buscamos casa").
 */
// prettier-ignore
export const KEEPS_TALKING_WORDS: readonly string[] = [
  "it's mine", 'its mine', "it's my number", "it's my phone", 'its my number', 'this is my number',
  'this is my phone', 'this is my cell', 'text me', 'message me', 'call me', 'write me', 'me here', "we're", 'we are',
  'we want', 'we need', 'we were', 'were both', "i'm looking", 'i am looking', "i'm buying", "i'm selling",
  "i'm interested", 'i want', 'i need', 'es mio', 'es mia', 'es mi numero', 'es mi telefono', 'es mi cel',
  'escribeme', 'escribanme', 'mandame', 'llamame', 'queremos', 'buscamos', 'quiero', 'necesito', 'estamos buscando',
];
/** Places a number belongs to that are no person ("ya no es el número de la oficina" is a contact update). */
export const PLACE_WORDS_ES: readonly string[] = ['casa', 'oficina', 'trabajo', 'negocio', 'escuela'];

/** What a lead says before correcting themselves ("stop, sorry, i meant 700k", "para, perdón, quise decir 3"). */
// prettier-ignore
export const SORRY_WORDS: readonly string[] = [
  'sorry', 'perdon', 'oops', 'ups', 'whoops', 'my bad', 'mb', 'my mistake', 'wait', 'hold on', 'hang on', 'no',
  'espera', 'esperen', 'esperate', 'esperame', 'aguanta', 'perdona', 'typo', 'my typo', 'autocorrect', 'mistake', 'error',
];
/** The lead's own typing said wrong: what follows the stop corrects it, however long ("I typed it wrong"). */
// prettier-ignore
export const TYPED_WRONG: readonly string[] = [
  'typed it wrong', 'typed that wrong', 'typed wrong', 'typo', 'autocorrect', 'wrong button', 'escribi mal',
  'lo escribi mal', 'me equivoque al escribir', 'puse mal', 'fat fingers', 'fat fingered', 'fat finger', 'dedos gordos',
  // said wrong: "stop, i got that wrong lol they're 7 and 10", "para, lo dije mal"
  'got that wrong', 'got it wrong', 'said that wrong', 'said it wrong', 'lo dije mal', 'dije mal',
];
/** Saying what was meant ("i meant", "quise decir")... */
export const MEANT_WORDS: readonly string[] = [
  // the lead's own words said wrong: "stop, i got that wrong lol they're 7 and 10"
  'i got that wrong',
  'i got it wrong',
  'lo dije mal',
  // the phone's own mistake: "stop, autocorrect got me, its 5 beds not 4", "para, el autocorrector me cambió"
  'autocorrect',
  'autocorrected',
  'auto correct',
  'spellcheck',
  'spell check',
  'autocorrector',
  'el autocorrector',
  // what the lead adds to its search: "stop, espera, add Colton tambien" (never a removal: "stop, remove me")
  'add',
  'also add',
  'agrega',
  'agreguen',
  'agregale',
  'agregue',
  'anade',
  'include',
  'incluye',
  'incluyan',
  // "no stop, i read that wrong. theres 5 of us so 4 bedrooms works"
  'i read that wrong',
  'i read it wrong',
  // a typing slip: "no no no para, I typed it wrong, it's 4 bedrooms", "lo escribí mal", "stop, typo!! should say four"
  'typo',
  'should say',
  'should have said',
  'fat fingers',
  'lo teclee mal',
  'teclee mal',
  'i typed it wrong',
  'i typed that wrong',
  'typed it wrong',
  'typed wrong',
  'wrong key',
  'fat fingered',
  'lo escribi mal',
  'escribi mal',
  'i misread',
  'i misunderstood',
  'lei mal',
  'lo lei mal',
  'lo entendi mal',
  'entendi mal',
  'i meant',
  'i mean',
  'meant',
  'quise decir',
  'queria decir',
  'me equivoque',
];
/** ... or that a figure follows in place of another ("actually 700", "typo 4 beds"). */
// prettier-ignore
export const CORRECTION_CUES: readonly string[] = [
  'actually', 'en realidad', 'correction', 'typo', 'my mistake', 'mistake', 'sorry', 'scratch that', 'digamos',
  'lets say', "let's say", 'mejor dicho', 'make it',
  // "stop, wait, my bad. 4 bedrooms not 3"
  'my bad', 'mb',
];
/**
 * A condition on the home or its price before a "not interested" ("if its more than 200 no me interesa", "si cuesta
 * más de 500 no nos interesa", "if it has an hoa not interested"): the home is turned down, not the conversation.
 */
// prettier-ignore
export const CONDITION_ON_THE_HOME: readonly string[] = [
  'it', 'its', "it's", 'the', 'that', 'this', 'hoa', 'price', 'there', 'theres', 'they', 'cuesta', 'cuestan', 'sale',
  'es', 'esta', 'tiene', 'hay', 'el', 'la', 'precio', 'more', 'over', 'above', 'mas', 'pasa', 'anything',
];
/**
 * A home turned down after a condition on it ("if its more than 700 not interested", "si tiene alberca no nos
 * interesa"): read by the amount reader, the opt-out scopes and the must-haves.
 */
// prettier-ignore
export const NOT_INTERESTED_WORDS: readonly string[] = [
  'not interested', 'not really interested', 'no longer interested', 'im not interested', 'were not interested',
  'no me interesa', 'no nos interesa', 'no interesa', 'no thanks', 'no gracias', 'forget it', 'olvidalo',
];

/** What is wrong with the homes sent ("they're all too expensive", "son muy chicas"): the homes, not the messages. */
// prettier-ignore
export const HOME_FLAWS: readonly string[] = [
  'expensive', 'pricey', 'overpriced', 'small', 'tiny', 'big', 'far', 'old', 'ugly', 'out+of+our+range',
  'out+of+my+range', 'caras', 'caros', 'chicas', 'chicos', 'pequenas', 'pequenos', 'grandes', 'lejos', 'viejas',
  'viejos', 'feas', 'feos',
];

/** A topic the lead wants left alone, not the conversation ("leave me alone about the lender stuff"). */
// prettier-ignore
export const TOPICS_LEFT_ALONE: readonly string[] = [
  'lender', 'lenders', 'loan', 'loans', 'financing', 'mortgage', 'money', 'price', 'prices', 'budget', 'hoa', 'bank',
  'credit', 'prestamo', 'prestamista', 'banco', 'credito', 'precio', 'presupuesto', 'dinero',
];
/** What the lead will not be bothered with, named after "con" or "with" ("no me molesten con ofertas bajas"). */
// prettier-ignore
export const BOTHERED_WITH: readonly string[] = [
  'ofertas', 'oferta', 'offers', 'offer', 'lowball', 'lowballs', 'precios', 'prices', 'condos', 'casas', 'houses',
  'homes', 'departamentos', 'apartments', 'terrenos', 'lotes', 'traila', 'trailas', 'mobile', 'manufactured',
  'investors', 'inversionistas', 'flippers', 'cash',
];
/** Whom the lead will not be put in touch with yet ("no me contacten con el lender todavía"): a step, not a stop. */
// prettier-ignore
export const PUT_IN_TOUCH_WITH: readonly string[] = [
  'lender', 'lenders', 'prestamista', 'banco', 'bank', 'loan officer', 'inspector', 'contractor', 'contratista',
  'abogado', 'lawyer', 'attorney', 'appraiser', 'valuador',
];
/** A stop taken back at once ("stop... actually no", "para, es broma")... */
// prettier-ignore
export const STOP_RETRACTIONS: readonly string[] = [
  'actually no', 'no wait', 'jk', 'just kidding', 'nvm', 'never mind', 'nevermind', 'wrong chat', 'mejor no',
  'es broma', 'era broma', 'no es cierto', 'perdon no', 'mentira', 'mentiras', 'jaja no', 'lol no', 'kidding',
];
/** ... with the messages asked for all the same ("keep sending me listings", "sigan mandando casas"). */
// prettier-ignore
export const KEEP_SENDING: readonly string[] = [
  'keep sending', 'keep texting', 'keep them coming', 'keep em coming', 'keep the listings coming', 'sigue mandando',
  'sigan mandando', 'sigue enviando', 'sigan enviando', "don't stop", 'dont stop', 'no pares', 'no paren',
  'send me more', 'send more', 'keep them', 'mandenme mas', 'manden mas', 'mandame mas', 'sigan', 'si mandenme',
];
/** Going on, said after a stop that was a joke or a condition ("jk keep em coming", "mientras tanto sígale"). */
// prettier-ignore
export const KEEP_GOING_AFTER: readonly string[] = [
  'keep+em+coming', 'keep+them+coming', 'keep+sending', 'keep+texting', 'keep+going', 'keep+the+listings+coming', 'sigale',
  'keep+chatting', 'keep+talking+here', 'seguir+platicando', 'seguir+chateando',
  'siganle', 'sigale+asi', 'sigan+mandando', 'sigue+mandando', 'no+paren', 'no+pares', 'mientras+tanto+sigale',
  // the lead kept on after someone else is taken off: "a mi esposa ya no le escriban; conmigo sí sigan"
  'conmigo+si', 'a+mi+si', 'si+sigan', 'conmigo+sigan', 'with+me+keep', 'me+you+can+keep', 'con+ustedes+si',
  'con+usted+si', 'contigo+si+seguimos',
  // a stop sent by mistake: "stop... sorry, sent that by mistake", "No más... perdón, se me fue el mensaje"
  'sent that|this|it by+mistake|too+soon|too+early|early|accidentally', 'sent by+mistake|accident', 'sent too+soon|early',
  'se+me+fue el|_ mensaje|msj|texto',
  // said to someone in the room, caught by dictation: "stop it Mateo put that DOWN. sorry voice text caught my son"
  'sorry|oops|my+bad|perdon|ay voice+text|voice+to+text|talk+to+text|speech+to+text|dictation caught|picked+up|grabbed|got',
  'sorry|oops|perdon|ay el|_ dictado|microfono agarro|capto|escribio', 'se me envio|mando solo|sola|antes', 'lo envie|mande sin+querer|por+error',
  // still of use for now, after asking how it would end: "... ¿cómo hago para que ya no me lleguen? Por ahora sí me sirven"
  'por+ahora|ahorita|for+now si|_ me|nos sirven|sirve|ayudan|gustan', 'for+now theyre|they+are|its useful|helpful|fine',
  // messages that did not arrive, asked again: "ya no me llegan los mensajes, me los reenvías?", "resend it pls"
  'reenvia*|reenvie*|reenvias|resend|re+send|send+it+again|send+them+again|mandamelos|mandamelo',
  // ...or still looking for now, after asking how it would end: "¿cómo me unsubscribe después? for now sí, seguimos
  // buscando"; not wanting to miss what we send: "i don't wanna miss listings so i'm not clicking it"
  'por+ahora|ahorita|for+now si|yes|yeah|_ seguimos|sigo|todavia|still buscando|looking|interesado|interesada|interested',
  'dont|do+not|no wanna|want+to|quiero|queremos miss|perderme|perdernos ~1 listings|homes|houses|anything|out|nada|casas',
  // the lead, not someone else, to be written to: "ya no le mande mensajes a él, mejor a mí"
  'mejor a+mi|conmigo',
  // "por ahora sí sígueme escribiendo", "no quiero cancelar nada, nomás saber"
  'sigueme|siganme|sigan|sigue escribiendo|escribiendome|mandando|mandandome', 'keep+writing', 'keep+messaging',
  'no quiero|queremos cancelar|darme+de+baja|darnos+de+baja', 'dont+want+to+unsubscribe', 'not+unsubscribing',
  // "... pero yo sí quiero seguir viendo casas", "contigo sí quiero seguir"
  'yo+si+quiero+seguir', 'contigo+si', 'si+quiero+seguir', 'i+still+want+to+keep', 'i+want+to+keep+getting',
  // ...or to sell or buy, after someone else's stop: "mi ex dice que dejen de llamarle, pero la casa es mía y yo sí
  // quiero vender"
  'pero ~5 yo|nosotros si quiero|queremos vender|comprar', 'but ~5 i|we do want+to|wanna sell|buy',
  // ...or searching, said against someone else's stop: "él les puso 'no me contacten', pero yo sí ando buscando"
  'pero ~5 yo|nosotros si ando|andamos|estoy|estamos|sigo|seguimos buscando|interesado|interesada|interesados',
  // the lead who decides, after someone else's stop: "my husband keeps saying unsubscribe ... but i'm the one buying"
  'im|i+am the+one buying|looking|deciding|searching|paying|house+hunting|shopping', 'yo soy la|el que compra|busca|decide|paga',
  // "unsubscribe me from the condo alerts only, keep the house ones coming"
  'keep the|those|these|your|_ ~2 coming',
  // the rest kept after a part is taken off: "take me off the Montclair alerts ... the Rancho ones are perfect",
  // "unsubscribe me from anything near the 10, rest is cool", "lo demás está bien"
  'rest+look+good', 'rest+looks+good', 'rest+look+great', 'rest+is+cool', 'rest+are+cool', 'rest+is+fine',
  'rest+are+fine', 'rest+are+good', 'rest+is+good', 'ones+are+perfect', 'ones+look+good', 'ones+are+great',
  'ones+are+good', 'lo+demas+esta+bien', 'lo+demas+si', 'los+demas+si', 'las+demas+si', 'las+demas+estan+bien',
  // other places preferred after one is taken off: "unsubscribe me from the Victorville listings ... Rialto or Fontana
  // mejor"
  '* or|o * mejor|better|instead $',
];
/**
 * Our messages said not to bother the lead, after someone else's complaint about them: "mi cuñado dice que le mandan
 * muchos mensajes, a mí no me molesta", "my wife thinks you text too much, they don't bother me".
 */
export const NOT_BOTHERED_AFTER: readonly string[] = [
  'a+mi|yo no me molesta|molestan',
  'no me molestan',
  'doesnt|dont|does+not|do+not bother|bug me',
];
/** Asking us to do something, in Spanish: "¿me pueden dar de baja?", "¿me podrías quitar de la lista?". */
// prettier-ignore
export const ASKING_US_ES: readonly string[] = [
  'pueden', 'puedes', 'puede', 'podrian', 'podrias', 'podria', 'podran', 'pudieran', 'pudieras', 'pudiera',
];
/** A wish that someone does it: "quiero que me den de baja". */
// prettier-ignore
export const WISHING_ES: readonly string[] = [
  'quiero', 'queremos', 'quisiera', 'quisieramos', 'necesito', 'necesitamos', 'pido', 'les pido', 'te pido',
  'solicito', 'solicitamos', 'pedimos', 'me gustaria', 'nos gustaria', 'preferiria', 'prefeririamos', 'agradeceria', 'le agradeceria', 'les agradeceria',
  'te agradeceria',
];
/** Our lists, said after a removal in Spanish ("de la lista", "de su sistema"). */
// prettier-ignore
export const OUR_LISTS_ES: readonly string[] = [
  'la lista', 'su lista', 'tu lista', 'sus listas', 'tus listas', 'esta lista', 'la base', 'su base', 'sus contactos',
  'su sistema', 'los mensajes', 'sus mensajes', 'sus textos', 'sus texts', 'los texts', 'los textos', 'sus alertas',
  'las alertas', 'sus correos', 'sus notificaciones',
];
/** What a lead may be taken off that is not ours: a job, a school, an insurance, another service. */
// prettier-ignore
export const NOT_OUR_LISTS_ES: readonly string[] = [
  'trabajo', 'escuela', 'seguro', 'banco', 'gimnasio', 'ejercito', 'hospital', 'clinica', 'nomina', 'zillow', 'redfin',
  'trulia', 'realtor', 'facebook',
];
/**
 * What a lead may be taken off that is not ours: a shift, a schedule, a title or a loan, an account, another service
 * ("once they take me off nights", "my ex has to take me off the mortgage").
 */
// prettier-ignore
export const NOT_OUR_LISTS: readonly string[] = [
  'nights', 'days', 'weekends', 'graveyard', 'shift', 'shifts', 'schedule', 'rotation', 'roster', 'payroll', 'title',
  'deed', 'loan', 'mortgage', 'lease', 'note', 'account', 'policy', 'insurance', 'plan', 'case', 'job', 'project',
  // the idiom: "take me off the hook"
  'hook',
  'zillow', 'redfin', 'trulia', 'facebook',
];
/** Who a lead may not know in a sale, which is no wrong number ("no conozco a ningún prestamista"). */
// prettier-ignore
export const PEOPLE_IN_A_SALE: readonly string[] = [
  'prestamista', 'prestamistas', 'lender', 'lenders', 'agente', 'agentes', 'realtor', 'realtors', 'banco', 'bancos',
  'vendedor', 'vendedora', 'abogado', 'abogada', 'inspector', 'contratista', 'corredor', 'persona', 'vecino', 'vecina',
  'broker', 'notario', 'tasador', 'familia', 'gente', 'amigo', 'amiga', 'amigos', 'pariente', 'doctor', 'maestro',
  'maestra',
];
/** Signs that say stop, read as the keyword: a stop sign, no entry, prohibited, a raised hand, no phones, a muted bell. */
export const STOP_EMOJIS: readonly string[] = [
  '\u{1F6D1}',
  '\u{26D4}',
  '\u{1F6AB}',
  '\u{270B}',
  '\u{1F645}',
  '\u{1F44B}',
  '\u{1F4F5}',
  '\u{1F515}',
];
/** What a "no" right before makes a ceiling, after a take-back that ends on it ("bueno no más de 560"). */
export const NO_MORE_AFTER: readonly string[] = [
  'mas de',
  'mas que',
  'more than',
  'over',
  'arriba de',
  'above',
  'higher than',
];
/** Put back on what was left by mistake, asked after it: "i unsubscribed by accident, can u put me back on?". */
// prettier-ignore
export const PUT_BACK_AFTER: readonly string[] = [
  'put+me+back', 'put+us+back', 'add+me+back', 'add+us+back', 'sign+me+back', 'resubscribe', 're+subscribe',
  'vuelvan+a+agregarme', 'vuelvan+a+ponerme', 'agreguenme+de+nuevo', 'agregame+de+nuevo',
  // a stop taken back, or meant for someone else: "just stop. no wait, ignore that", "eso era para la compañía de luz"
  'ignore+that', 'ignora+eso', 'ignore+eso', 'disregard+that', 'eso+era+para', 'that+was+for', 'wrong+chat',
  'wrong+person', 'era+para+otra+persona', 'still+in', 'seguimos+en+pie', 'aqui+si+seguimos',
  // meant for someone the lead names: "perdón, era para mi hermano", "sorry that was meant for my wife"
  'era para mi|su|el|la *', 'eso+iba+para', 'that+was+meant+for', 'meant+that+for', 'that+was+for+my', 'wrong+convo',
  'wrong+conversation', 'wrong+thread', 'chat+equivocado', 'conversacion+equivocada',
  // the keyword sent by mistake: "my son texted STOP on my phone by accident"
  'texted|sent|typed|hit|pressed|replied|puso|mando|mande|puse ~4 by+accident|on+accident|accidentally|por+accidente|sin+querer|por+error',
  'accidentally|sin+querer texted|sent|typed|hit|pressed|replied|puso|mando|mande|puse',
  // "stop!! jaja sorry that was para mi hijo"
  'that|eso|this was|era para|for mi|my|su *',
];
/**
 * The stop said as a joke, told after it ("UNSUBSCRIBE... nah i'm messing with u", "basta jaja no es cierto, es
 * broma"); never "not joking", "no es broma" (notPrecededBy in the reader).
 */
// prettier-ignore
export const STOP_JOKED_AFTER: readonly string[] = [
  'messing with u|you|ya|yall', 'just+messing', 'im+messing', 'only+messing', 'just+playing', 'im+playing', 'jk',
  'jking', 'just+kidding', 'im+kidding', 'kidding', 'joking', 'just+joking', 'trolling', 'es+broma', 'era+broma',
  'es+una+broma', 'era+una+broma', 'estoy+bromeando', 'bromeando', 'nomas+bromeo', 'solo+bromeo', 'te+estoy+vacilando',
  'estoy+jugando', 'nomas+jugando', 'es+chiste', 'era+chiste',
];
/** Words that open what a lead means by the stop itself, no correction ("i mean it", "quise decir que no"). */
// prettier-ignore
export const NOT_A_CORRECTION_WORDS: readonly string[] = [
  'it', 'that', 'this', 'what', 'stop', 'alto', 'para', 'basta', 'lo', 'eso', 'esto', 'que', 'no', 'not', 'nope', 'nah',
  'never', 'nothing', 'nada', 'yes', 'si', 'ya', 'we', "we're", 'were', 'i', "i'm", 'im', 'you', 'u', 'ur', 'your',
  "y'all", 'yall', 'they', 'leave', 'dejen', 'deja', 'dejame', 'enough', 'seriously', 'really', 'en serio',
  'de verdad', 'serio', 'just', 'please', 'pls', 'ok', 'okay', 'bye', 'all', 'everything', 'todo', 'done', 'come',
  'go', 'get', 'shut', 'ugh', 'omg', 'lol', 'dude', 'bro', 'man', 'whatever', 'like', 'fr', 'forever', 'for', 'to',
  'de', 'del', 'con', 'para siempre',
];

/** Why the lead is done, said after a keyword ("stop, ya compramos", "STOP we already bought"). */
// prettier-ignore
export const DONE_VERBS: readonly string[] = [
  'compramos', 'compre', 'vendimos', 'vendi', 'encontramos', 'rentamos', 'cerramos', 'firmamos', 'bought', 'found',
  'sold', 'closed', 'purchased', 'rented', 'signed',
];
// prettier-ignore
export const DONE_STATES: readonly string[] = [
  'good', 'all set', 'set', 'done', 'not interested', 'no longer looking', 'annoying', 'spam', 'spammy', 'harassment',
  'acoso',
];

/** A home or a place: "not interested in that one", "in this area" are about it, not this conversation. */
// prettier-ignore
/**
 * A feature or a kind of home named before "no me interesa" in its clause: the lead turns that down, not the talk ("lo
 * de la alberca no me interesa, mejor un patio grande", "the condos don't interest me").
 */
// prettier-ignore
export const FEATURES_TURNED_DOWN: readonly string[] = [
  'alberca', 'piscina', 'pileta', 'pool', 'jacuzzi', 'spa', 'hoa', 'garage', 'cochera', 'patio', 'yard', 'jardin',
  'albercas', 'piscinas', 'pools', 'jacuzzis', 'spas', 'garages', 'patios', 'yards', 'views', 'basements', 'stories',
  'fireplaces', 'fixer uppers',
  'view', 'vista', 'basement', 'sotano', 'adu', 'casita', 'solar', 'paneles', 'fireplace', 'chimenea', 'stairs',
  'escaleras', 'condo', 'condos', 'condominio', 'condominios', 'townhouse', 'townhouses', 'townhome', 'townhomes',
  'departamento', 'departamentos', 'depa', 'fixer', 'fixers', 'story', 'pisos', 'plantas', 'hoas', 'gym', 'golf',
  'mobile', 'manufactured', 'duplex', 'duplexes', 'triplex', 'apartment', 'apartments', 'apartamento', 'apartamentos',
  'trailer', 'trailers', 'traila', 'trailas', 'movil', 'moviles', 'lofts', 'loft', 'fixer-upper', 'remodel',
];
/**
 * Spanish verbs of talking, before "no me interesa": the talk itself ("hablar no me interesa"), never another plan
 * turned down as "rentar no me interesa" or "vender no me interesa" are.
 */
// prettier-ignore
export const TALKING_INFINITIVES: readonly string[] = [
  'hablar', 'platicar', 'recibir', 'seguir', 'continuar', 'escuchar', 'contestar', 'responder', 'saber', 'escribir',
  'conversar', 'charlar', 'participar',
];
/** English words that end as a Spanish infinitive does ("whatever no me interesa" is no plan turned down). */
export const NOT_INFINITIVES: readonly string[] = [
  'never',
  'other',
  'either',
  'rather',
  'whatever',
  'however',
];
/**
 * A home pointed at before "no me interesa" in its clause: the lead turns that listing down, not the talk ("esa ya no
 * me interesa", "that one doesn't interest me", "the listing isn't interesting"); a gendered Spanish demonstrative
 * stands for a home (the neuter "eso" may be the whole talk and is left out).
 */
// prettier-ignore
/** Words that point at one listing before its noun ("the one on hillside", "that house", "esa casa"). */
export const POINTING_WORDS: readonly string[] = [
  'the', 'that', 'this', 'those', 'these', 'esa', 'ese', 'esta', 'este', 'esas', 'esos', 'la', 'el', 'las', 'los',
];
export const LISTINGS_POINTED_AT: readonly string[] = [
  'esa',
  'ese',
  'esas',
  'esos',
  'aquella',
  'aquel',
  'aquellas',
  'aquellos',
  'esta',
  'este',
  'estas',
  'estos',
  'one',
  'ones',
  'listing',
  'listings',
  'casa',
  'house',
  'home',
  'place',
  'propiedad',
  'property',
];
export const HOMES_AND_PLACES: readonly string[] = [
  'one',
  'ones',
  'house',
  'houses',
  'home',
  'homes',
  'listing',
  'listings',
  'place',
  'property',
  'condo',
  'condos',
  'area',
  'neighborhood',
  'street',
  'casa',
  'casas',
  'zona',
  'colonia',
  'calle',
  // a price past the lead's own ("no me interesa nada arriba de eso", "nothing over that")
  'arriba',
  'encima',
  'mas caro',
  'mas cara',
  'mas de',
  'over',
  'above',
  'more than',
  'pricier',
];

/** "not interested" about this conversation: what may follow it ("anymore", "in your services", "en esto"). */
// prettier-ignore
export const ABOUT_THIS_WORDS: readonly string[] = [
  'anymore', 'any more', 'at all', 'thanks', 'thank you', 'thx', 'sorry', 'bye', 'goodbye', 'ok', 'okay', 'lol',
  'period', 'in this', 'in that', 'in it', 'in your service', 'in your services', 'in your help', 'in your offer',
  'in your company', 'in your message', 'in your messages', 'in your text', 'in your texts', 'in any of this',
  'in any of that', 'in any of it', 'in working with', 'in hearing', 'in talking', 'in chatting', 'in these',
  'in receiving', 'in getting', 'en esto', 'en eso', 'en nada', 'en sus servicios', 'en sus mensajes', 'gracias', 'ya',
  'para nada', 'nada',
  // the lead's word for whoever it talks to: "nah not interested fam 👋", "no me interesa compa"
  ...VOCATIVES,
];
/**
 * What narrows "nothing" or "anything" said after "not interested" to some homes ("no me interesa nada en Ontario",
 * "not interested in anything over 600"): the search narrowed, not this talk.
 */
// prettier-ignore
export const NOTHING_NARROWED_AFTER: readonly string[] = [
  'en', 'in', 'around', 'por', 'cerca', 'near', 'con', 'with', 'sin', 'without', 'under', 'over', 'below', 'above',
  'bajo', 'arriba', 'abajo', 'encima', 'mas', 'menos', 'more', 'less',
];
/** ... or the move itself ("in selling my house right now", "en vender ahorita"). */
// prettier-ignore
export const THE_MOVE_WORDS: readonly string[] = [
  'buying', 'selling', 'moving', 'investing', 'buying or selling', 'selling or buying', 'comprar', 'vender', 'mudarme',
  'mudarnos', 'comprar ni vender', 'vender ni comprar', 'anything',
];
/** A word that makes a list everything, so no narrowing: "houses, condos, whatever, not interested". */
export const WHOLE_LIST_WORDS: readonly string[] = ['whatever', 'whatevs', 'everything'];
/** What, opening the next clause, makes "not interested" a preference: "Fontana no me interesa, mejor Alta Loma". */
// prettier-ignore
export const PREFERRED_INSTEAD: readonly string[] = [
  'mejor', 'mas bien', 'prefiero', 'preferimos', 'preferiria', 'rather', 'id rather', 'i prefer', 'we prefer',
  'prefer', 'instead', 'more like',
];
/**
 * The search sent elsewhere after something named is turned down ("Ontario no me interesa, busquen en Chino", "Fontana
 * not interested, try Rialto"); alone ("not interested, try someone else") it narrows nothing.
 */
// prettier-ignore
export const SEARCH_ELSEWHERE: readonly string[] = [
  'busquen en', 'busca en', 'buscame en', 'buscanos en', 'busquemos en', 'look in', 'look at', 'search in', 'try',
  'show me', 'muestrenme', 'ensename', 'ensenenme', 'solo en', 'only in', 'just in',
];
/** Words before "not interested" that name nothing turned down ("la verdad no me interesa", "honestly not interested"). */
// prettier-ignore
export const NOTHING_NAMED_BEFORE: readonly string[] = [
  'la', 'verdad', 'pues', 'ya', 'eso', 'esto', 'honestly', 'sorry', 'no', 'nah', 'ok', 'okay', 'thanks', 'gracias',
  'pero', 'but', 'and', 'y', 'so', 'lol', 'jaja', 'sinceramente', 'im', 'i', 'am', 'were', 'we', 'are', 'really',
  'just', 'still', 'not', 'yo', 'nosotros', 'actually', 'realmente', 'the', 'truth', 'is', 'hey', 'hi', 'hola', 'bueno',
];
/** What widens "not interested" past anything named before it ("not interested in any of it anymore"). */
export const WIDENING_AFTER: readonly string[] = [
  'in any of',
  'in anything',
  'en nada',
  'in all of',
  'in none of',
];
// prettier-ignore
export const FOR_NOW_WORDS: readonly string[] = [
  'right now', 'now', 'anymore', 'any more', 'at this time', 'at the moment', 'at all', 'this year', 'for now',
  'anytime soon', 'any time soon', 'ahorita', 'ahora', 'por ahora', 'en este momento', 'por el momento', 'ya',
];

/** A condition on the lead's own future opt-out ("if i ever want to unsubscribe", "si luego quiero darme de baja"). */
// prettier-ignore
export const CONDITION_OPENERS: readonly string[] = [
  'if', 'in case', 'en caso de que', 'si luego', 'si despues', 'si mas adelante', 'si algun dia',
  'si en algun momento', 'si un dia', 'si mas tarde',
];
// prettier-ignore
export const WANT_WORDS: readonly string[] = [
  'want', 'wanted', 'need', 'decide', 'choose', 'quiero', 'quisiera', 'queremos', 'quisieramos', 'necesito', 'decido',
  'decidimos',
];
/** The opt-out a lead may take later ("unsubscribe", "darme de baja"). */
// prettier-ignore
export const OPT_OUT_ACTS: readonly string[] = [
  'unsubscribe', 'opt out', 'cancel', 'darme de baja', 'darnos de baja', 'cancelar',
];

/** The sides of a deal ("not interested in selling, just buying"), and what says the lead wants the other one. */
// prettier-ignore
export const DEAL_SIDES: readonly string[] = [
  'buy', 'buying', 'sell', 'selling', 'rent', 'renting', 'look', 'looking', 'invest', 'investing', 'moving', 'comprar',
  'vender', 'rentar', 'buscar', 'invertir', 'mudarnos', 'mudarme',
  // what the home is worth, the other interest: "no me interesa vender ahorita, solo quiero saber cuánto vale"
  'know', 'saber', 'value', 'valor', 'worth', 'vale', 'estimate', 'estimado', 'appraisal', 'avaluo',
];
// prettier-ignore
export const RATHER_WORDS: readonly string[] = [
  'just', 'only', 'but', 'instead', 'rather', 'mainly', 'mostly', 'more', 'want to', 'wanna', 'need to', 'looking to',
  'planning to', 'plan to', 'solo', 'sino', 'pero', 'mas bien', 'nada mas',
  // the other side wanted, said in Spanish: "not interested in selling, queremos comprar"
  'queremos', 'quiero', 'quisieramos', 'buscamos', 'busco', 'mejor',
];

/** Words that name our own channel or list, not another service ("take me off the texting list, not you"). */
// prettier-ignore
export const OUR_LIST_WORDS: readonly string[] = [
  'the', 'a', 'an', 'all', 'any', 'my', 'our', 'your', 'ur', 'texting', 'text', 'texts', 'txt', 'txts', 'sms',
  'message', 'messages', 'msg', 'msgs', 'mailing', 'email', 'emails', 'call', 'calls', 'contact', 'contacts', 'list',
  'lists', 'la', 'las', 'el', 'los', 'lista', 'listas', 'mensaje', 'mensajes', 'texto', 'textos', 'correo', 'correos',
  'llamada', 'llamadas', 'de', 'del',
];

/** No longer in the market, said as a whole clause ("no longer looking, thanks", "ya no estamos buscando"). */
// prettier-ignore
export const MARKET_WORDS: readonly string[] = [
  'looking', 'searching', 'house hunting', 'in the market', 'interested', 'buying', 'selling', 'moving',
];
export const MARKET_WORDS_ES: readonly string[] = [
  'buscando',
  'interesado',
  'interesada',
  'interesados',
  'interesadas',
  'comprando',
  'vendiendo',
];

/** A stop said again ("i said stop", "te dije que pares", "cuántas veces les digo que paren"). */
// prettier-ignore
export const SAID_WORDS: readonly string[] = [
  'i said', 'i told you', 'told you', 'i already said', 'dije', 'te dije', 'les dije', 'ya les dije', 'ya te dije',
  'i just said', 'we said', 'we just said', 'we already said', 'i told yall', 'i told ya', 'i literally said',
  'i clearly said', 'ya dije', 'ya les habia dicho', 'les acabo de decir', 'te acabo de decir',
];
/** The lead's own sending of the keyword, said ("consider this my STOP", "ya les mandé STOP"). */
// prettier-ignore
export const KEYWORD_SENT: readonly string[] = [
  'i replied', 'i already replied', 'already replied', 'i texted', 'i already texted', 'i sent', 'i already sent',
  'already sent', 'i typed', 'texting', 'replying', 'im texting', 'im replying', 'consider this my', 'this is me saying',
  'this is my', 'here is my', 'heres my', 'le respondo', 'les respondo', 'te respondo', 'le contesto', 'les contesto',
  'les mande', 'ya les mande', 'ya le mande', 'ya mande', 'ya respondi', 'ya les respondi', 'ya conteste',
  'ya les conteste', 'este es mi', 'aqui va mi', 'going to say', 'gonna say', 'ill just type', 'ill type', 'ill just say',
  'ill say', 'im gonna type', 'voy a poner', 'le voy a poner', 'les voy a poner', 'voy a mandar', 'les voy a mandar',
  'voy a responder', 'voy a contestar', 'les pongo', 'le pongo', 'te pongo', 'pongo', 'les escribo', 'ahi les va',
  'texted', 'replied', 'les conteste', 'le conteste', 'les respondi', 'le respondi', 'les puse', 'le puse', 'puse',
];
// prettier-ignore
export const STOP_SAID: readonly string[] = [
  'stop', 'quit', 'basta', 'alto', 'pares', 'paren', 'parar', 'no me escriban', 'no me escribas', 'unsubscribe', 'end',
  'cancel', 'stop all',
];

/** Contact the lead bans in a want-not ("don't want you to text me"). */
const CONTACT_STARTS = 'contact*|text*|txt*|message*|msg*|call*|email*|write*|bother*';
const DONT = ['dont', 'do not'];
/** Who is wanted to stop, before "to" ("you", "you guys", "y'all"). */
const YOU = 'you|u|yall guys|_ to';
/** The emails, named as what a removal is from ("the open house emails", "los correos"). */
const EMAILS_NAMED = '~3 email*|e-mail*|mail*|correo*';
/** Words after a want-not that make it a condition or a time ("don't want you to call me before 5"). */
const NOT_A_WANT_NOT = 'about|if|when|until|before|after|back';

/**
 * Requests said in plain words, as phrases of the `read/phrases.ts` grammar (`word*` is a word's start), read like
 * the clause rules of `optout.ts` (every place, scopes applied after): a want-not, off the list, left alone.
 */
// prettier-ignore
export const PLAIN_REQUEST_PHRASES: readonly {
  words: string;
  notBefore?: string;
  notAfter?: string;
  notPrecededBy?: string;
}[] = [
  { words: 'do not contact' },
  ...DONT.flatMap((dont) => [
    { words: `${dont} want ${CONTACT_STARTS} me|us`, notBefore: NOT_A_WANT_NOT },
    { words: `${dont} want ${YOU} ${CONTACT_STARTS} me|us`, notBefore: NOT_A_WANT_NOT },
    { words: `${dont} want to hear from you|u|yall` },
  ]),
  // the email named after it stops the email ("unsubscribe me from the open house emails, texting is fine")
  { words: `unsubscri*|opt+out|optout|opt+me+out me|us|_ from|of|off ${EMAILS_NAMED}` },
  { words: `darme|denme|deme|dame|dennos|denos de baja de|del ${EMAILS_NAMED}` },
  // (not the removal denied: "please don't unsubscribe me, i clicked by accident")
  { words: 'unsubscri*', notPrecededBy: 'dont|do+not|never|didnt|did+not|wont want|wanna|_ to|_' },
  { words: 'opt|opting me|_ out', notPrecededBy: 'dont|do+not|never|didnt|did+not|wont want|wanna|_ to|_' },
  { words: 'optout|optingout' },
  // (not the want denied: "no quiero darme de baja, solo preguntaba")
  // "leave us be please", "END this conversation"
  { words: 'leave|let me|us be please|pls|_ $' },
  { words: 'end|ending this|the conversation|chat|convo|thread', notAfter: 'the|el|la|at|by' },
  { words: 'terminen|termina|terminemos|terminar esta|la conversacion|charla' },
  { words: 'darme|darnos de baja', notPrecededBy: 'no|nunca|tampoco quiero|queremos|quisiera|quisieramos' },
  // ("me quiero dar de baja", not "no me quiero dar de baja")
  { words: 'me|nos quiero|queremos|quisiera|quisieramos dar de baja', notPrecededBy: 'no|nunca|tampoco' },
  // "i'm on the do not call list, knock it off"
  { words: 'do not|dont call list|registry' },
  { words: 'knock|cut it off|out $' },
  // "denme de baja", "cease all text messages", "no jodan más con los mensajitos"
  { words: 'denme|deme|dame|dennos|denos de baja' },
  { words: '^ please|pls|kindly|_ cease|discontinue|halt all|_ text*|messag*|contact*|communicat*|call*' },
  { words: 'cease|discontinue|halt all|_ text*|messag*|contact*|communicat*|call* to|with me|us|this|my' },
  // "kindly cease and desist", "cease now or you'll hear from my attorney"
  { words: 'cease and desist', notAfter: 'a|an|the|un|una|el|his|her|their' },
  // "This is a cease and desist."
  { words: 'this|thats|consider+this is|_ a|my cease and desist $' },
  // "Ojalá dejaran de llegarme sus mensajes", "Ni un mensaje más", "Desuscríbanme de sus mensajes"
  { words: 'ojala|quisiera|quisieramos dejaran|dejen|pararan de|d llegarme|llegarnos|escribirme|mandarme|mandarnos|enviarme' },
  { words: 'ni un|una mensaje|mensajito|texto|text|llamada|msj mas' },
  { words: 'desuscribanme|desuscribame|desuscribeme|desuscribirme|desuscribirnos|desinscribanme|desinscribame|desuscriban' },
  { words: 'cease|desist now|immediately|today|at+once', notAfter: 'a|an|the|to|will|would|should|must' },
  // "i'd like to be removed from your mailing list", "get taken off the text list"
  { words: 'be|get|been removed|deleted|taken from|off your|the|ur mailing+list|text+list|contact+list|list|lists' },
  // "cross our names off ur contact list please", "strike my number from your list"
  { words: 'cross|strike|scratch|take our|my names|name|number|info off|from ur|your|the contact+list|call+list|text+list|mailing+list|list|lists' },
  // "le solicito que se abstenga de contactarme por cualquier medio"
  { words: 'se abstenga|abstengan|abstengas de contactarme|contactarnos|llamarme|llamarnos|escribirme|escribirnos|enviarme|mandarme' },
  // "whatever is sending these, shut it off for my number"
  { words: 'shut|turn it|them|this|that|these off for my|this number|phone|line|cell' },
  // "im good on the texts, all of em" (not "good with texts": texting is fine then)
  { words: 'im|i+am|were|we+are good on the|your|these|those|all+the texts|messages|msgs|calls|emails|alerts' },
  // "ya no quiero recibir nada de ustedes"
  { words: 'no quiero|queremos|deseo|deseamos recibir nada de ustedes|uds|ti|su+parte|su+oficina|su+equipo' },
  // Spanglish, "stop con los texts, ya compramos" (a kind after it narrows: "stop con los texts de condos")
  { words: 'stop|quit con los|sus|tus|tantos|_ texts|mensajes|mensajitos|textos|llamadas|msgs|calls', notBefore: 'de|en|sobre|que|del|about|for|of' },
  { words: 'no|ya+no me|nos|_ jodan|molesten|fastidien|frieguen|joroben|chinguen|jodas|molestes mas', notBefore: 'al|a|a+la|a+mi|a+los' },
  { words: 'no|ya+no me|nos|_ jodan|molesten|fastidien|frieguen|joroben|chinguen|jodas|molestes con ~2 mensaj*|textos|llamadas|whats*' },
  // "take my info out of your system" (removals by their verb: optout/by-parts.ts)
  { words: 'take|get|pull my|our|this number|info|information|name|details|data|contact out+of|off|from your|the|this system|database|records|files' },
  // "please don't send anything else to this phone"
  { words: 'dont|do+not send|text|message anything|nothing|any|_ else|more|further|anymore to|_ this|my phone|number' },
  // ...or said whole in its clause: "please don't send anything further, we've made our decision" (not "... until june")
  { words: '^ please|pls|_ dont|do+not send|text|message me|us|_ anything|nothing else|further|more|anymore $' },
  // "Cancelar suscripción", "ya no quiero recibir nada de casas"
  { words: 'cancelar|cancela|cancelen|cancelo mi|la|_ suscripcion|subscripcion' },
  { words: 'ya|_ no quiero|queremos recibir nada de casas|propiedades|bienes+raices|esto' },
  { words: 'dejame|dejenme|dejeme|dejanme|dejadme|dejarme|dejennos|dejanos|dejenos ya|_ en+paz|quieto|quieta|quietos|tranquilo|tranquila|tranquilos' },
  // "we're good without the home alerts from now on", "dont need them anymore" (what we send said before)
  { words: 'good|fine|ok|okay|better without the|your|these|those|all+the|_ ~2 texts|alerts|messages|emails|calls|notifications' },
  { words: 'dont|do+not need|want them|those|em anymore|any+more' },
  // "Is there any way you could just not send me these anymore?" (a request asked as a question)
  { words: 'could|can|would you|u just|_ not send|text|message me|us these|them|_ anymore|any+more' },
  { words: 'you|u could|can just|_ not send|text|message me|us these|them|_ anymore|any+more' },
  // "please leave us be about it from now on"
  { words: 'leave me|us be' },
  // "please drop us from the texts and the email alerts", "remove me from the text alerts"
  { words: 'drop|remove|delete|take|pull|cut|unenroll|unregister|unsubscribe me|us from|off the|your|these|all+the|_ text+alerts|email+alerts|texts|messages|msgs|calls|emails|alerts|notifications|mailing+list' },
  // "i don't need these mensajes anymore", "we dont need the alerts anymore"
  { words: 'dont|do+not need these|the|your|those|_ texts|messages|mensajes|msgs|calls|emails|alerts|notifications anymore|any+more' },
  // "ok im gonna need yall to stop" (not "need you to stop by", nor a kind: "need you to stop sending condos")
  { words: 'need|needs yall|you|u|ya|y+all|you+guys|u+guys|you+all to stop|quit', notBefore: 'by|at|in|over|to|and|for|sending|showing|mandar|enviar|pulling' },
  // "Please no le escriban más, she's not buying" (the phone's owner, opening the clause; not "no le escriban más a mi
  // hermana", nor "a mi hermano no le manden nada")
  { words: '^ please|pls|por+favor|porfa|_ no|ya+no|nunca le escriban|manden|llamen|texteen|envien|marquen mas|nada|_', notBefore: 'a|al' },
  // ...or to this number ("por favor ya no le escriban a este número")
  { words: '^ please|pls|por+favor|porfa|_ no|ya+no|nunca le|les escriban|manden|llamen|texteen|envien|marquen mas|_ a|al este|ese numero|cel|celular|telefono' },
  // "que ya no me lleguen sus texts" (not "me preocupa que ya no me lleguen", nor "¿cómo hago para que ya no me
  // lleguen?")
  { words: 'que ya no me|nos lleguen sus|tus|los|mas|_ texts|mensajes|textos|msjs|llamadas|correos|alertas|notificaciones', notAfter: 'preocupa|miedo|raro|extrano|pena|porque|para' },
  // "cancélenme todo", "desactiven las alertas, ya no las quiero"
  { words: 'cancelenme|cancelame|canceleme|cancelennos todo|ya|por+favor|porfa|_' },
  { words: 'desactiven|desactiva|desactive|apaguen|apaga|apague las|tus|sus|estas|todas+las|_ alertas|notificaciones|mensajes' },
  // "cut out the messages completely", "knock off the texts"
  { words: 'cut|knock|lay out|off the|these|your|all+the|_ messages|texts|msgs|pings|calls|emails|alerts' },
  // "i'd rather not hear from anyone about real estate", "prefer not to hear from you"
  { words: 'rather|prefer not|not+to hear from anyone|you|u|yall|your+team' },
  // "this number needs to come off your list", "take this line off"
  { words: 'come|be|get off your|the|ur list|lists|contact+list' },
  { words: 'number|line|cell|phone ~4 off your|the|ur list|lists' },
  // "i'd appreciate it if this was the last message i get", "que este sea el último mensaje"
  { words: 'this|that was|is|be the last message|text|msg|one' },
  { words: 'este|ese sea|fuera el ultimo mensaje|texto|msj' },
  // "don't hit up this line again"
  { words: 'dont|do+not|never|no hit|text|call|message up|_ this line|number|phone|cel|celular' },
  // "hasta aquí llegaran los mensajes", "ya chole con sus mensajes", "dejen en paz mi celular"
  { words: 'hasta aqui|aca llegan|lleguen|llegaran|llegue los|sus|tus mensajes|mensajitos|textos|llamadas' },
  { words: 'ya chole|estuvo|estuvo+bueno|basta con|de sus|tus|los|tantos|_ mensajes|mensajitos|textos|llamadas' },
  // "ya párenle con los mensajitos, ya no ocupo nada" (the "-le" says stop; "para con los mensajes de condos" narrows)
  { words: 'parenle|parale|parele|paren|cortala|cortenla|cortale|cortenle con|a los|sus|tus|tantos|_ mensajes|mensajitos|textos|llamadas|msjs|texts', notBefore: 'de|en|tan|sobre|que|del' },
  { words: 'dejen|deje|deja en paz mi|este|mi+numero|el celular|cel|numero|telefono|linea' },
  // someone gone from this line: "quítenla de sus contactos", "bórrenlo de su lista"
  { words: 'quitenla|quitenlo|borrenla|borrenlo|quitela|quitelo|borrela|borrelo de|del sus|su|la contactos|lista|sistema' },
  // "been getting these for weeks, make it stop"
  { words: 'make it|them|this|these stop $' },
  // "i'd like these texts to stop", "i want the calls to end", "quiero que los mensajes paren"
  { words: 'like|want|need|wish|prefer these|the|your|all|_ texts|text+messages|messages|calls|emails|msgs to stop|end|cease please|pls|thanks|thx|_ $' },
  { words: 'quiero|quisiera|queremos|necesito que los|estos|sus mensajes|textos|llamadas paren|terminen|se+detengan|dejen+de+llegar $' },
  { words: 'i never signed up' },
  { words: 'i never asked' },
  { words: 'i never gave you my number' },
];

/**
 * The lead's own number corrected, no wrong number ("i put the wrong number earlier, mine is ...", "puse mal mi
 * teléfono", "mi número correcto es ..."), as phrases of the `read/phrases.ts` grammar ("#" is read as "number").
 */
const WROTE_ES = 'puse|escribi|di|meti|anote|llene ~3';
const PHONE_ES = 'numero|telefono|cel|celular|correo';
// prettier-ignore
export const OWN_NUMBER_PHRASES: readonly string[] = [
  // the lead's own message sent to the wrong number: "sorry wrong number, eso era pa mi comadre", "that was meant for my wife"
  'eso|esto|that|this era|iba|was|was+meant pa|para|for mi|my|a+mi|someone|alguien',
  'i|we ~1 put|typed|gave|entered|wrote|used|filled|left in|you|_ the|a|my|_ wrong number|email|phone',
  'wrong number|email|phone on|in the|my form|application|signup',
  'wrong number|email|phone on|in the|my sign up',
  `${WROTE_ES} wrong number|email|phone`,
  `${WROTE_ES} ${PHONE_ES} equivocado|mal|incorrecto`,
  `${WROTE_ES} mal el|mi ${PHONE_ES}`,
  'mine is',
  'my real|correct|right|new|actual|_ number|cell|phone number|_ is',
  'the right|correct one|number is',
  'mi numero|telefono|cel|celular correcto|bueno|real|verdadero|_ es',
  'el mio|bueno|correcto es',
];

/** Who is done ("we're", "this is", "es"), before a state of `DONE_STATES`. */
const DONE_SUBJECTS = ['were|im|youre|ur|its|es|son|eres', 'we|you are', 'i am', 'u r', 'this|esto is|es'];

/**
 * Why the lead is done, opening what follows a keyword ("ya compramos", "we already bought", "this is spam", "ya no
 * nos interesa"), as phrases of the `read/phrases.ts` grammar.
 */
export const DONE_REASON_PHRASES: readonly string[] = [
  `ya|we|i|already|_ already|just|_ ${DONE_VERBS.join('|')}`,
  'ya|_ no estamos|estoy|me|nos interesa|buscando|interesado|interesada|interesados|interesadas',
  ...DONE_SUBJECTS.flatMap((who) => DONE_STATES.map((state) => `${who} so|really|getting|puro|_ ${state}`)),
  'not interested',
  'molest*',
  // the move itself called off ("paren, ya no vamos a vender", "stop, we decided not to sell")
  'ya|_ no vamos|voy a vender|comprar|mudarnos|mudar',
  'we|i|_ decided|decidimos|decidi not|no to|_ sell|buy|move|vender|comprar|mudarnos',
];

/** "not interested" and its Spanish ("no longer really interested", "no me interesa", "ya no nos interesa"). */
export const NOT_INTERESTED_PHRASES: readonly string[] = [
  ...['not|nor', 'no longer', 'never been|was'].flatMap((not) => [
    `${not} really|even|very|that|so|_ interested`,
    `${not} at all interested`,
  ]),
  'no estoy|estamos|me|nos interesa|interesado|interesada|interesados|interesadas',
  'ya no me|nos|_ interesa',
];

/** Saying someone else's stop: "stop texting her" (not "her and me"), "dejen de escribirle a mi esposa". */
export const STOP_VERBS: readonly string[] = ['stop', 'quit'];
// prettier-ignore
export const CONTACTING_SOMEONE: readonly string[] = [
  'sending', 'texting', 'emailing', 'messaging', 'calling', 'contacting', 'bothering',
];
export const STOP_VERBS_ES: readonly string[] = ['dejen', 'deja', 'deje'];
// prettier-ignore
export const CONTACTING_SOMEONE_ES: readonly string[] = [
  'escribirle', 'mandarle', 'enviarle', 'llamarle', 'molestarle', 'escribirles', 'mandarles', 'llamarles',
];
/**
 * The lead asks for the contact themselves: "... send them to me instead", "escríbanme a mí", "i'm still
 * interested" (a stop said of someone else is then theirs alone).
 */
export const SEND_VERBS: readonly string[] = ['send', 'text', 'email', 'forward', 'call'];
export const WHAT_IS_SENT: readonly string[] = ['them', 'it', 'those', 'these', 'listings', 'links'];
// prettier-ignore
export const TO_ME_ES: readonly string[] = [
  'escribanme', 'escribeme', 'mandenme', 'mandame', 'envienme', 'enviame', 'llamame', 'llamenme', 'mejor a mi',
  'a mi si',
];
export const STILL_WE: readonly string[] = ['im', 'i am', 'were', 'we are'];
/** The lead still interested, which no trained stop overrides: "I'm super interested", "sigo buscando", "keep me posted". */
/** A stop said not to be one: "don't stop looking for us!", "don't cancel the texts". */
export const STOP_SAID_NOT_TO_BE = "dont|don't|do+not stop|cancel|quit";
export const STILL_INTERESTED: readonly string[] = [
  'keep me|us posted|updated|informed',
  STOP_SAID_NOT_TO_BE,
  'keep+me|us+in+the+loop',
  'mantenme|mantenganme|manten+me|tenme|tenganme al+tanto|informado|informada|informados',
  "im|i+am|i'm|were|we+are|we're|sigo|seguimos|estoy|estamos still|super|very|really|definitely|def|muy|todavia|aun|_ interested|interesado|interesada|interesados|interesadas|looking|buscando",
  // our number kept for later: "gracias, i'll save your number", "guardo su número", "ill keep your contact"
  'save|saved|saving|keep|keeping|keep+hold+of your|ur|this number|numero|contact|info',
  'guardo|guardare|guardamos|guardaremos|guarde|me+guardo|voy+a+guardar|tengo su|tu|el|este numero|contacto',
];
export const STILL_IN_IT: readonly string[] = ['interested', 'looking'];
/** What makes "leave me alone" a story, not an imperative: "the kids won't leave me alone". */
// prettier-ignore
export const NOT_IMPERATIVE_WORDS: readonly string[] = [
  'wont', 'will not', 'dont', 'doesnt', 'never', 'cant', 'until', 'till', 'wouldnt',
  // a place where people leave the lead alone: "a place where the neighbors leave me alone"
  'where', 'neighbors', 'neighbours', 'vecinos', 'people', 'kids',
  // someone else's words, told: "my wife keeps saying leave me alone", "mi mamá dice déjame en paz"
  'keeps saying', 'kept saying', 'always says', 'always saying', 'says', 'sigue diciendo', 'siempre dice',
];
/** A story about another service: "i unsubscribed from zillow alerts" (not "from your texts"). */
// prettier-ignore
export const UNSUBSCRIBED: readonly string[] = [
  'unsubscribed', 'opted out', 'canceled', 'cancelled',
  // ...or told as going on ("been unsubscribing from a million newsletters all morning")
  'been unsubscribing', 'was unsubscribing', 'been opting out', 'estuve dandome de baja',
  // ...in Spanish or Spanglish: "me unsubscribí de Zillow", "me desuscribí de Redfin"
  'unsubscribi', 'me unsubscribi', 'desuscribi', 'me desuscribi', 'nos desuscribimos', 'me sali', 'nos salimos',
];
/** ...or any unsubscribing from a service that is not ours, named ("had to unsubscribe de Redfin"). */
export const UNSUBSCRIBING: readonly string[] = [
  'unsubscribe',
  'unsubscribing',
  'opt out',
  'opting out',
  'desuscribirme',
  'desuscribirnos',
  'darme de baja',
  'darnos de baja',
  'me di de baja',
  'nos dimos de baja',
];
/** Agreements of the lead's own that one opts out of: a contract, a lease, a warranty, the HOA's programme. */
// prettier-ignore
export const OWN_AGREEMENTS: readonly string[] = [
  'contract', 'contracts', 'lease', 'agreement', 'warranty', 'insurance', 'program', 'hoa', 'contrato', 'arrendamiento',
  'garantia', 'seguro', 'programa',
  // a term of the deal: "can we opt out of the inspection contingency?", "salirnos de la contingencia"
  'contingency', 'contingencies', 'contingencia', 'contingencias', 'inspection', 'appraisal', 'inspeccion', 'avaluo',
  'escrow', 'solar', 'pmi', 'mello',
];
// prettier-ignore
export const OTHER_SERVICES: readonly string[] = [
  'zillow', 'redfin', 'trulia', 'realtor', 'homes', 'opendoor', 'offerpad', 'compass', 'remax', 'century', 'coldwell',
  'facebook', 'craigslist', 'nextdoor', 'movoto', 'xome', 'apartments', 'hotpads', 'rocket',
];
/** The other services named by a word that is no common noun ("zillow", not "homes" or "realtor"). */
export const NAMED_SERVICES: readonly string[] = OTHER_SERVICES.filter(
  (service) => !['realtor', 'homes', 'compass', 'century', 'apartments', 'rocket'].includes(service),
);
/**
 * Who else may be asked to stop, never the team the lead writes to: lenders, banks, other services ("how do i get the
 * lender to stop calling me", "¿cómo hago para que el banco deje de llamarme?").
 */
// prettier-ignore
export const NEVER_US: readonly string[] = [
  'lender', 'lenders', 'bank', 'banks', 'broker', 'brokers', 'telemarketer', 'telemarketers', 'spammer', 'spammers',
  'robocalls', 'robocall', 'banco', 'bancos', 'prestamista', 'prestamistas', 'financiera',
  // the investors who write to a seller ("those investors need to quit sending me postcards")
  'investor', 'investors', 'wholesaler', 'wholesalers', 'flipper', 'flippers', 'scammers', 'inversionista',
  'inversionistas', 'estafadores',
];
/** What someone else must do before its stop: "zillow needs to stop calling me", "los inversionistas tienen que dejar". */
// prettier-ignore
export const MUST_WORDS: readonly string[] = [
  'need to', 'needs to', 'gotta', 'got to', 'have to', 'has to', 'should', 'better', 'must', 'need', 'needs',
  'tienen que', 'tiene que', 'deben', 'debe', 'deberian', 'deberia', 'necesitan', 'ya',
];
/** Agents who are the team's only when no "other" comes before them ("tell every other agent to stop texting me"). */
// prettier-ignore
export const AGENT_WORDS: readonly string[] = [
  'agent', 'agents', 'agency', 'agencies', 'realtor', 'realtors', 'company', 'companies', 'agente', 'agentes',
  'agencia', 'agencias', 'compania', 'companias', 'inmobiliaria', 'inmobiliarias', 'realtors',
];
/** What makes another agent someone else: "every other agent", "la otra agencia", "my old realtor". */
export const OTHER_BEFORE_AGENT: readonly string[] = [
  'other',
  'another',
  'previous',
  'old',
  'last',
  'former',
  'otra',
  'otro',
  'otras',
  'otros',
  'anterior',
  'pasada',
];
// prettier-ignore
export const OURS: readonly string[] = [
  'you', 'your', 'ur', 'this', 'these', 'yall', 'the texts', 'the messages', 'your texts',
  'su', 'sus', 'tu', 'tus', 'ustedes', 'esta', 'este', 'estos', 'estas', 'los mensajes', 'sus mensajes',
];
/** What may name ours after "unsubscribe from" ("the list", "everything", "all of it", "my account"): no bare noun. */
// prettier-ignore
export const NOT_A_BARE_NOUN: readonly string[] = [
  'the', 'all', 'everything', 'it', 'that', 'them', 'those', 'any', 'list', 'lists', 'my', 'our', 'u', 'ya', 'here',
];
/** The carrier's own instruction quoted: "you said reply STOP to opt out, what happens if i do?" */
// prettier-ignore
export const REPLY_VERBS: readonly string[] = [
  'reply', 'replying', 'respond', 'responding', 'text', 'texting', 'type', 'send', 'sending',
];
export const REPLY_KEYWORDS: readonly string[] = ['stop', 'end', 'quit', 'cancel', 'unsubscribe'];
export const REPLY_TO: readonly string[] = ['opt out', 'unsubscribe', 'stop'];
/** A stop that did not happen, told of someone ("the last realtor wouldn't stop texting me", "no dejen de escribirme"). */
// prettier-ignore
export const STORY_NEGATORS: readonly string[] = [
  'wouldnt', 'would not', 'didnt', 'did not', 'couldnt', 'could not', 'never would', 'no dejen', 'no dejes', 'no deje',
  // ...or asked for more with "parar" ("no paren de mandarme listings jaja")
  'no paren', 'no pares', 'no pare', 'nunca paren',
  // "the last site I signed up on won't stop calling me"
  'wont', 'will not', 'doesnt', 'does not', 'never will', 'no deja', 'no dejan', 'nunca deja', 'nunca dejan',
  // a stop denied as what the lead says: "I'm not saying stop messaging me, I just need a couple days"
  'not saying', 'not asking you to', 'no digo que', 'no les digo que', 'no les pido que',
  // a stop the lead meant to ask and did not: "I was about to tell you to stop texting me, but..."
  'about to tell you to', 'going to tell you to', 'gonna tell you to', 'almost told you to', 'iba a decirles que',
];
/** ... unless it is the lead's condition ("if you don't stop, i'll report you"). */
export const IF_YOU: readonly string[] = [
  'if you guys',
  'if you',
  'if u',
  'if yall',
  'if',
  'si ustedes',
  'si',
];
/** The lead's own home after the move ("not interested in selling my house right now"). */
export const HOME_OWNERS: readonly string[] = ['my', 'our', 'the', 'this', 'mi', 'nuestra', 'la', 'esta'];
export const OWN_HOMES: readonly string[] = ['house', 'home', 'place', 'property', 'casa', 'propiedad'];
// prettier-ignore
export const SIGN_OFFS: readonly string[] = [
  'thanks', 'thank you', 'thx', 'sorry', 'bye', 'gracias', 'tbh', 'honestly', 'fr', 'la verdad', 'la neta',
];

/** What opens a message that says the last answer was wrong: "wait no, ...", "no, espera", "sorry, i meant". */
// prettier-ignore
export const RETRACTING_WORDS: readonly string[] = [
  'no', 'nah', 'nope', 'wait', 'espera', 'perdon', 'sorry', 'oops', 'scratch that', 'my bad', 'me equivoque', 'i meant',
  'quise decir',
];
/** Words that open a truth told after an answer: "bueno la verdad sí necesita trabajo", "honestly it needs work". */
// prettier-ignore
export const CONFESSING_WORDS: readonly string[] = [
  'la verdad', 'bueno la verdad', 'pues la verdad', 'honestly', 'to be honest', 'tbh', 'en realidad', 'truth is',
  'if im honest', 'siendo honesto', 'siendo honesta', 'siendo sincero', 'siendo sincera', 'para ser sincero',
  'para ser sincera', 'full disclosure', 'in all honesty', 'le voy a ser honesto', 'le voy a ser honesta',
  'te voy a ser honesto', 'te voy a ser honesta', 'ill be honest', 'i will be honest', 'let me be honest',
  // what was left out, told now: "actually wait I forgot the AC is broken", "ah se me olvidó, el techo gotea"
  'i forgot', 'forgot to mention', 'forgot to say', 'wait i forgot', 'i should mention', 'i should have said',
  'se me olvido', 'se me paso decirle', 'olvide decirle', 'olvide mencionar', 'me falto decirle', 'se me pasaba',
  'se me paso', 'se me olvidaba', 'casi se me olvida', 'before i forget', 'antes de que se me olvide', 'antes que se me olvide',
  'full honesty', 'in full honesty', 'i have to confess', 'i gotta confess', 'confession', 'tengo que confesar',
  'les confieso', 'le confieso', 'te confieso', 'casi se me olvidaba', 'se me habia olvidado', 'almost forgot',
  'nearly forgot', 'i almost forgot',
];
/** Words that correct what was said before ("i meant", "scratch that", "quise decir", "corrijo"). */
// prettier-ignore
export const CORRECTING_WORDS: readonly string[] = [
  'i meant', 'we meant', 'meant to say', 'sorry i meant', 'sorry, i meant', 'correction', 'make that', 'scratch that',
  'typo', 'quise decir', 'quisimos decir', 'me equivoque', 'corrijo', 'correccion', 'jk', 'just kidding', 'es broma',
  'era broma', 'no es cierto',
  // a figure decided anew: "so let's go with 525", "mejor vamos con 540"
  'lets go with', "let's go with", 'vamos con', 'mejor vamos con', 'lets make it', "let's make it",
  // what was said before, taken back: "olvide lo de Fontana, mejor Upland" ("as i said before" restates)
  'me he equivocado', 'nos equivocamos', 'nos hemos equivocado', 'olvide lo de', 'olvida lo de', 'olviden lo de', 'olvidate de', 'forget about', 'forget what i said',
  // "strike that", "ignore the last number", "disregard what i said", "borra lo de", "rectifico", "my bad", "mejor dicho"
  'strike that', 'ignore the last', 'ignore what i said', 'ignore that', 'disregard', 'my bad', 'my mistake', 'i misspoke',
  'wrong figure', 'borra lo de', 'borre lo de', 'borren lo de', 'quita lo de', 'quite lo de', 'rectifico', 'rectificando',
  'mejor dicho', 'me confundi', 'me trabe', 'i was wrong', 'we were wrong', 'numbers were off', 'were off',
  // "oh wait sorry I said 650 no no the max is 620"
  'sorry i said', 'sorry we said', 'oops i said', 'perdon dije', 'perdon que dije', 'perdon te dije',
  // "I beg your pardon, I was mistaken earlier"
  'i was mistaken', 'we were mistaken', 'estaba equivocado', 'estaba equivocada', 'estabamos equivocados',
  // "Oh sorry, I say wrong before", "te dije mal", "puse mal el número"
  'i say wrong', 'i said wrong', 'we say wrong', 'we said wrong', 'said it wrong', 'told you wrong', 'i wrote wrong',
  'i typed wrong', 'dije mal', 'escribi mal', 'puse mal',
  // someone at home corrects the lead: "perdón, me corrige mi esposo", "my wife is correcting me"
  'me corrige', 'me corrigio', 'corrects me', 'correcting me', 'corrected me',
];
/** A stop said of the people it stops ("para, no es por ti"): no correction follows it. */
export const STOP_ABOUT_PEOPLE: readonly string[] = ['ti', 'usted', 'ustedes', 'you', 'personal'];
/** Words that open a reason after "it's" ("no es necesario, es que ya no buscamos"): an explanation, no correction. */
export const STOP_EXPLAINED: readonly string[] = ['que', 'because', 'that', 'just', 'porque'];

/** The keywords that opt a lead back in ("START", "unstop"). */
export const START_KEYWORDS: readonly string[] = [
  'start',
  'unstop',
  'comenzar',
  'empezar',
  'resume',
  'subscribe',
];
/** A start taken back right after it: "START. oops i meant to type stop", "Start. Actually never mind, we bought". */
// prettier-ignore
export const START_RETRACTIONS: readonly string[] = [
  'i meant to type stop', 'i meant to say stop', 'i meant stop', 'meant to type stop', 'meant stop', 'never mind',
  'nevermind', 'actually never mind', 'actually nevermind', 'nvm', 'jk', 'just kidding', 'quise decir stop',
  'quise poner stop', 'quise decir alto', 'mentira', 'olvidalo', 'olvidenlo',
];
/** Words right after a start that still leave it a sentence of its own: "START porfa, ...", "start sorry my kid ...". */
export const AFTER_A_START: readonly string[] = [
  'porfa',
  'please',
  'pls',
  'por favor',
  'sorry',
  'oops',
  'perdon',
];

/** "Wait" in Spanish, to one or to several ("espera", "espérate", "espéreme", "aguánteme"). */
// prettier-ignore
const WAIT_ES: readonly string[] = [
  'espera', 'espere', 'esperen', 'esperate', 'esperame', 'espereme', 'esperenme', 'aguanta', 'aguante', 'aguantame',
  'aguanteme', 'aguarda', 'aguarde', 'perame', 'pereme',
];
/**
 * Words that open a clause taking back what the same message said before it ("está lista pa entrar... bueno no, la
 * verdad le falta el techo", "like 700, wait no, make it 750"): read by `read/last-word.ts` at a clause's start. Not
 * a confession, an apology or a pause on its own ("it's in great shape, honestly the kitchen is dated", "4 bedrooms.
 * sorry 1 more thing", "wait 1 sec"), nor "o sea" (it explains: "4 recámaras, o sea 1 para cada niño").
 */
// prettier-ignore
export const SELF_CORRECTING_WORDS: readonly string[] = [
  'wait no', 'no wait', 'nah wait', 'actually no', 'no actually', 'or actually', 'i mean', 'i meant', 'sorry i meant',
  'meant', 'scratch that', 'make it', 'make that', 'nvm', 'never mind', 'bueno no', 'pues no', 'no mejor',
  'o mejor', 'mejor dicho', 'digo', 'perdon', 'quise decir', 'me equivoque', 'corrijo', 'no espera', 'espera no',
  // settling on a figure, or a slip of the thumb: "so let's just say 550", "ponle 530", "sorry fat fingers, 540"
  'lets say', 'lets just say', 'digamos', 'pongamos', 'fat fingers', 'fat fingered', 'typo', 'correction', 'correccion', 'now its only', 'now only',
  'ahora solo', 'nope', 'no perdon', 'perdon no',
  // "oops, 5512", "correction: 11406", "mas bien 4" (not "actually": "600k max, actually we could stretch to 650"
  // widens)
  'oops', 'correction', 'correccion', 'mas bien',
  // "no, espérate", "espéreme no"
  ...WAIT_ES.flatMap((wait) => [`no ${wait}`, `${wait} no`]),
];
/**
 * An apology that opens a clause after a figure, taking it back ("three bedrooms. sorry, four", "4 recámaras,
 * disculpa, 3 nomás"), unless it says what it is sorry for ("sorry for the late reply", "sorry if zillow still shows
 * our old place", "perdón por la demora").
 */
/** An apology said alone after a correction, saying nothing new ("es 5863, sorry my bad", "4, perdón jaja"). */
// prettier-ignore
export const APOLOGY_ALONE: readonly string[] = [
  'sorry', 'my bad', 'mb', 'my mistake', 'my fault', 'sorry about that', 'oops', 'perdon', 'perdona', 'perdone',
  'disculpa', 'disculpe', 'lo siento', 'mi error', 'me equivoque',
];
export const APOLOGIES: readonly string[] = [
  'sorry',
  'disculpa',
  'disculpe',
  'disculpen',
  'perdona',
  'perdone',
];
export const APOLOGY_FOR: readonly string[] = ['for', 'if', 'about', 'that', 'to', 'but', 'por', 'si', 'que'];
/**
 * A pause that hands the figure to the household: "500... actually my husband just said 525 is fine", "como 500, ah
 * espéreme, mi hijo dice que hasta 540". Read with a household member and what they say right after it
 * (`read/last-word.ts`): alone, "actually it needs work" adds to what was said.
 */
// prettier-ignore
export const HANDING_OVER_WORDS: readonly string[] = [
  'actually', 'wait', 'hold on', 'hang on', 'hold up', 'one sec', 'oops', 'oh', 'ah', 'bueno', 'update', 'un momento',
  'un segundo', ...WAIT_ES,
];
/**
 * A take-back inside a clause, after what it takes back: "le dije 500, pero hablé con mi esposo y mejor hasta 450",
 * "so better make it 4".
 */
export const MID_CLAUSE_TAKE_BACKS: readonly string[] = [
  'y mejor',
  'pero mejor',
  'asi que mejor',
  'entonces mejor',
  'better make it',
  'so make it',
];
/** Words that may open the clause before its take-back: "so let's just say 550", "sorry, typo". */
export const TAKE_BACK_LEAD_INS: readonly string[] = [
  'so',
  'and',
  'ok',
  'okay',
  'sorry',
  'pues',
  'y',
  'entonces',
];
/** A figure put down for the lead: "ponle 530", "pónganle 600", "put us down for 550". */
export const FIGURE_PUT_DOWN: readonly string[] = [
  'ponle',
  'ponganle',
  'pongale',
  'put us down for',
  'put me down for',
  // a figure the household settled on: "my ex wants 650 and i wanted 620, so we agreed on 635"
  'agreed on',
  'settled on',
  'decided on',
  'quedamos en',
  'acordamos',
  'nos pusimos de acuerdo en',
];

/**
 * A lower amount reconsidered after a first one: "we were hoping for 475, pero con lo que necesita maybe 450", "700
 * but realistically 650". A contrast, then one of these right before the amount (extract/amount.ts), and a date reconsidered the same way (extract/timeline.ts: "asap would be a dream but realistically
 * next year").
 */
// prettier-ignore
export const RECONSIDERING_WORDS: readonly string[] = [
  'maybe', 'probably', 'prob', 'realistically', 'honestly', 'i guess', 'more like', 'tal vez', 'quizas', 'quiza',
  'a lo mejor', 'mas bien', 'supongo', 'siendo realistas', 'creo que', 'i think', 'like', 'como',
];
/** A reconsidered amount ("but realistically 650"): RECONSIDERING_WORDS but "like" and "como", which only say about how much. */
export const RETHINKING_WORDS: readonly string[] = RECONSIDERING_WORDS.filter(
  (word) => word !== 'like' && word !== 'como',
);
export const CONTRAST_WORDS: readonly string[] = ['but', 'pero', 'though', 'tho', 'aunque', 'although'];

/**
 * A figure said in place of another (extract/index.ts): "make it 700", "actually 650", "siempre no, que sean 3"
 * (`before` it, with `fillers` between; not a clock: `notAfter`), or "3 beds, not 4", "500 en vez de 450" (`instead`).
 */
// prettier-ignore
export const FIGURE_CORRECTIONS = {
  before: ['make it', 'actually', 'en realidad', 'mejor', 'better make it', 'siempre no', 'siempre no,'],
  fillers: ['que sean', 'hasta', 'como', 'unos', 'more like', 'like'],
  notAfter: ['am', 'pm', ':', "o'clock", 'oclock', 'ish', 'de la', 'in the'],
  instead: ['not', 'no', 'instead of', 'en vez de', 'en lugar de'],
} as const;

/** Spanish auxiliaries of an ongoing action ("no me anden mandando", "no me estén llamando"; "sigan" has rules of its own). */
// prettier-ignore
export const PROGRESSIVE_AUXILIARIES: readonly string[] = [
  'anden', 'andes', 'ande', 'andan', 'esten', 'estes', 'este', 'estan',
];

/** Contact verbs said ongoing, with the request each stands for ("anden mandando" is "manden"). */
export const PROGRESSIVE_CONTACT: Readonly<Record<string, string>> = {
  mandando: 'manden',
  buscando: 'busquen',
  enviando: 'envien',
  escribiendo: 'escriban',
  llamando: 'llamen',
  marcando: 'marquen',
  molestando: 'molesten',
  textiando: 'texteen',
  texteando: 'texteen',
  contactando: 'contacten',
  mensajeando: 'mensajeen',
};

/** Words after a "no" that make it deny nothing: "no worries", "no problem", "no cap". */
export const NOT_DENYING_AFTER_NO: readonly string[] = [
  'worries',
  'worry',
  'problem',
  'problemo',
  'prob',
  'cap',
  'doubt',
  'joke',
  'lie',
];

/**
 * Words naming a trouble: a negation that reaches one within three words denies the trouble, not what comes after it
 * ("no hay problema con 45 días", "45 days isn't an issue for us", "i don't have a problem w that"). Not "rush" or
 * "apuro": "no rush, 6 months" says the time.
 */
// prettier-ignore
export const TROUBLE_WORDS: readonly string[] = [
  'problem', 'problems', 'problemo', 'prob', 'probs', 'issue', 'issues', 'worries', 'worry', 'hassle', 'biggie',
  'problema', 'problemas', 'bronca', 'broncas', 'inconveniente', 'inconvenientes', 'pedo', 'drama',
  // a refusal or an objection denied is a yes too ("wouldn't mind", "not opposed to it", "no me opongo", "can't argue
  // with that", "no estaría mal", "it wouldn't hurt")
  'mind', 'opposed', 'oppose', 'object', 'objection', 'objections', 'opongo', 'oponemos', 'objecion', 'objeciones',
  'argue', 'complain', 'complaint', 'complaints', 'queja', 'quejas', 'quejo', 'bad', 'mal', 'mala', 'hurt',
];
/** "wouldn't say no", "no diría que no": a no denied is a yes, after a verb of saying. */
export const SAYING_VERBS: readonly string[] = ['say', 'saying', 'diria', 'diriamos', 'decir', 'digo'];

/** Verbs of opinion a negation raises over its clause: "i don't think it'd be a problem", "no creo que sea problema". */
export const OPINION_VERBS: readonly string[] = [
  'think',
  'believe',
  'see',
  'expect',
  'creo',
  'pienso',
  'veo',
  'creemos',
];

/** Words that negate what follows them in their clause (`negatedBefore` and `negatedAfter` in text.ts). */
// prettier-ignore
export const NEGATION_WORDS: readonly string[] = [
  'not', 'no', 'never', "don't", 'dont', "doesn't", 'doesnt', "won't", 'wont', "can't", 'cant', 'cannot', "isn't",
  'isnt', "wouldn't", 'wouldnt', "couldn't", 'couldnt', "haven't", 'havent', "hasn't", 'hasnt', "didn't", 'didnt',
  "aren't", 'arent', "weren't", 'werent', "wasn't", 'wasnt', "ain't", 'aint', 'nunca', 'tampoco', 'sin',
];

/**
 * The parts of a stop read by its parts (optout/by-parts.ts): who speaks, the wish not to be contacted, the filler
 * words between it and the contact, a removal of the lead's details and whose records they leave, no further
 * contact, a number that takes no messages, off what we send, and a stop asked as a kindness.
 */
// prettier-ignore
export const BY_PARTS = {
  /** Words before a wish that keep the lead the speaker ("i", "we", "but", "pero"). */
  leadSpeakers: [
    'i', 'we', 'id', 'wed', 'yo', 'nosotros', 'and', 'but', 'so', 'pero', 'y', 'also', 'tambien', 'ok', 'okay',
    'please', 'pls', 'thanks', 'lol', 'sorry', 'hey', 'hi', 'look', 'listen', 'mira', 'oiga', 'oye', 'mire', 'now',
    'ahora', 'bueno', 'pues', 'entonces', 'que', 'nah', 'no', 'yes', 'yeah', 'si', 'gracias', 'anyway', 'anyways',
    // the clitic of a framed wish ("te agradecería que...", "les pido que...")
    'te', 'le', 'les',
  ],
  /** Words that may stand between the speaker and the wish ("i really dont want", "ya no quiero"). */
  adverbs: [
    'really', 'honestly', 'just', 'seriously', 'truly', 'simply', 'actually', 'ya', 'realmente', 'sinceramente',
    'kinda', 'still', 'definitely', 'absolutely', 'rly', 'rlly', 'realy', 'reallly', 'def', 'would', 'much', 'la',
    'verdad', 'de',
  ],
  /** The lead's wish not to have something. */
  notWanting: [
    'preferiria que no', 'prefiero que no', 'preferimos que no', 'quisiera que no', 'me gustaria que no',
    'les pido que no', 'le pido que no', 'te pido que no', 'les agradeceria que no', 'le agradeceria que no',
    'no deseo la verdad', 'no quiero la verdad',
    'dont want', 'do not want', 'dont wanna', 'dont wish', 'do not wish', 'prefer not', 'rather not',
    'no longer want', 'no quiero', 'no queremos', 'no deseo', 'no deseamos', 'prefiero no', 'preferimos no', 'preferiria no', 'prefeririamos no',
    // a need no longer had ("ya no ocupamos que nos manden mensajes", "we no longer need the texts")
    'ya no ocupamos', 'ya no ocupo', 'ya no necesitamos', 'ya no necesito', 'no longer need',
    'no quisiera', 'no quisieramos', 'ya no quisiera', 'ya no quisieramos',
    // "Les ruego no volver a comunicarse conmigo"
    'ruego no', 'les ruego no', 'le ruego no', 'les pido no', 'le pido no',
    // a consent refused: "no autorizo que me sigan enviando publicidad"
    'no autorizo', 'no autorizamos', 'no doy permiso', 'no damos permiso',
  ],
  /** A condition before the wish makes it none ("if i dont want texts later"). */
  conditions: ['if', 'unless', 'when', 'whenever', 'si', 'cuando', 'once', 'case'],
  /** Words between a wish and the contact it refuses ("prefer not to get any more texts", "anyone from your office"). */
  fillers: [
    'to', 'get', 'getting', 'receive', 'receiving', 'any', 'more', 'anymore', 'further', 'of', 'your', 'these', 'the',
    'those', 'all', 'you', 'u', 'guys', 'yall', 'anyone', 'anybody', 'someone', 'somebody', 'from', 'ur', 'office',
    'team', 'company', 'que', 'me', 'nos', 'recibir', 'sus', 'tus', 'los', 'las', 'estos', 'esos', 'mas',
    'ningun', 'ninguna', 'ni', 'unos', 'otro', 'otra', 'otros', 'this', 'that', 'again', 'ever', 'be',
    'being', 'keep', 'continue', 'sigan', 'sigas', 'siga', 'vuelvan', 'vuelvas', 'vuelva', 'esten', 'anden', 'le',
    'people', 'ppl', 'folks', 'texts', 'text', 'messages', 'nadie', 'de', 'su', 'oficina', 'equipo', 'ser',
    'sean', 'seguir', 'volver', 'a', 'sigais', 'continuen', 'recibiendo',     'llegaran', 'lleguen', 'llegue', 'llegara', 'llegando', 'seguirme', 'seguirnos',   ],
  /**
   * What we send, pointed at and received no more, the clause ending there ("i'd rather not get any more of these",
   * "no quiero recibir más de estos"; not "any more of these condos").
   */
  receiving: ['get', 'getting', 'receive', 'receiving', 'recibir', 'recibiendo'],
  more: ['more', 'anymore', 'again', 'further', 'mas'],
  pointedAt: ['these', 'those', 'them', 'em', 'estos', 'esos', 'estas', 'esas'],
  /** Contact said as a noun with no channel ("no further contact", "no quiero comunicación"). */
  contactNouns: [
    'contact', 'communication', 'communications', 'correspondence', 'outreach', 'solicitation', 'solicitations',
    'contacto', 'comunicacion', 'marketing',
    // what we send, said by what it is ("no autorizo que me sigan enviando publicidad", "que nos manden información")
    'publicidad', 'propaganda', 'anuncios', 'promociones', 'promos', 'ads', 'advertising', 'junk', 'informacion', 'info',
    'information',
  ],
  /** What joins a second request on, ending the first contact whole ("dejéis de escribirme y que borréis mis datos"). */
  nextRequest: ['que', 'please', 'pls', 'and', 'also', 'tambien', 'porfa'],
  /** A wish framed as a request, before its "no" ("te agradecería que a partir de ahora no me llegaran más mensajes"). */
  wishFrames: [
    'favor de', 'agradeceria que', 'agradeceriamos que', 'pido que', 'pedimos que', 'gustaria que', 'preferiria que',
    'prefiero que', 'preferimos que', 'quisiera que', 'quisieramos que', 'ruego que', 'solicito que',
  ],
  /** Words of time between such a frame and its "no" ("a partir de ahora", "de hoy en adelante"). */
  frameFillers: ['a', 'partir', 'de', 'ahora', 'hoy', 'en', 'adelante', 'ya', 'por', 'favor', 'mejor', 'aqui', 'pa', 'lante', 'palante', 'mas'],
  /** "Let's stop" in Spanish, over our messages ("ahí le paramos con los mensajes", "cortemos con los textos"). */
  stopTogether: ['paramos', 'paremos', 'dejamos', 'dejemos', 'cortamos', 'cortemos', 'terminamos', 'terminemos'],
  /** Contacts of several words, beside the lexicon's ("hitting up my phone", "mensajes de texto"). */
  contactPhrases: [
    'hitting up', 'hit up', 'blowing up', 'mensajes de texto', 'text messages', 'reach out', 'envio de mensajes',
    'envios de mensajes', 'envio de textos',
    'ringing', 'tipo de contacto', 'blowing me up',
  ],
  /** Contact said in the passive ("i don't want to be contacted"). */
  contactPassives: [
    'contacted', 'texted', 'called', 'messaged', 'emailed', 'bothered', 'contactado', 'contactada', 'contactados',
  ],
  /** English verbs that remove the lead from what we keep ("wipe my details", "lose my number"). */
  removalVerbs: [
    'remove', 'delete', 'erase', 'wipe', 'scrub', 'purge', 'lose', 'forget', 'drop', 'close', 'cross', 'strike', 'unplug',
    'unhook',
  ],
  /**
   * ...of which these remove only the lead's details, never "me" or "it" ("drop me a line", "forget it", "close on
   * the house"; "you can close out our file").
   */
  dataOnlyVerbs: ['forget', 'drop', 'close'],
  /** Spanish stems of the same, with the endings of a request and the clitics that may follow. */
  removalStemsEs: ['borr', 'elimin', 'quit', 'saqu', 'sac', 'remuev', 'remov', 'suprim', 'tach', 'descart', 'retir'],
  removalEndingsEs: ['en', 'e', 'a', 'ar', 'an', 'ir', 'ad', 'as', 'es', 'eis', 'ais'],
  /** A clitic before one of these is for whom something else is removed ("quíteme lo de la alberca"). */
  objectOpeners: ['lo', 'la', 'los', 'las', 'el', 'eso', 'esto', 'esa', 'ese', 'esas', 'esos', 'un', 'una', 'the'],
  clitics: ['me', 'nos', 'lo', 'la', 'los'],
  /** The lead's details ("my details", "mis datos"; the phone's words are added). */
  leadData: [
    'details', 'info', 'information', 'data', 'contact', 'name', 'email', 'datos', 'informacion', 'contacto',
    'nombre', 'correo', 'record', 'records', 'profile', 'perfil', 'registro', 'digits', 'file', 'account', 'expediente',
  ],
  /** Whose details: "my", "this", "mis". */
  dataOwners: ['my', 'our', 'mi', 'mis', 'nuestro', 'nuestros', 'nuestra', 'this', 'este', 'ese', 'the', 'el', 'la'],
  /** Our records, or everyone's, after "from", "de", "off" ("from your system", "de su lista"). */
  ourSources: [
    'your', 'ur', 'you', 'u', 'yall', 'this', 'these', 'the', 'su', 'sus', 'tu', 'tus', 'ustedes', 'usted', 'ti',
    'esta', 'este', 'la', 'el', 'ese', 'esa', 'nadie', 'anyone', 'anybody', 'any', 'that', 'whatever', 'all', 'every',
  ],
  /** Senders that are not us, beside the other services. */
  otherSenders: ['lender', 'lenders', 'bank', 'banco', 'realtors', 'agents', 'them', 'him', 'her', 'other', 'otros'],
  /** Someone who removes or would not: the removal is no request to us ("i deleted", "dont lose my number"). */
  removers: [
    'i', 'we', 'he', 'she', 'they', 'ive', 'weve', 'ill', 'im', 'id', 'wed', 'hes', 'shes', 'theyre', 'someone',
    'somebody', 'dont', 'never', 'not', 'no', 'didnt', 'wont', 'my', 'his', 'her', 'their', 'mi', 'su', 'nunca',
  ],
  /** A request asked as a question ("can you wipe my details?"). */
  askingYou: [
    'can you', 'could you', 'can u', 'could u', 'would you', 'will you', 'would u', 'pls', 'please', 'can yall',
    'could yall', 'puede', 'pueden', 'podrian', 'podria', 'me puede', 'me pueden', 'me podrian', 'me podria',
  ],
  /** "no further", "no more", "no más", "ningún tipo de". */
  further: ['further', 'more', 'additional', 'mas', 'any', 'tipo', 'de', 'kind', 'of', 'type', 'todo', 'toda', 'all', 'cualquier'],
  /** A refusal opening its clause ("no more outreach", "cero contacto", "ningún tipo de contacto", "ni llamadas"). */
  refusals: ['no', 'cero', 'zero', 'ningun', 'ninguna', 'ni', 'nada', 'cese', 'cesen', 'cesar', 'cease'],
  /** What joins contacts refused together ("no calls and no texts", "ni llamadas ni mensajes"). */
  joins: ['and', 'or', 'nor', 'ni', 'y', 'o', 'n'],
  /** Words of time that may open a clause before a refusal ("going forward", "from now on", "de aquí pa'lante"). */
  openingWords: [
    'going', 'forward', 'from', 'now', 'on', 'de', 'aqui', 'pa', 'lante', 'palante', 'adelante', 'en', 'ahora',
    'desde', 'hoy', 'here', 'out', 'send', 'que', 'y', 'and',
    // a request said so: "Request no further contact on this line", "kindly, no more texts", "les solicito que cesen"
    'request', 'requesting', 'kindly', 'ask', 'asking', 'solicito', 'solicitamos', 'pido', 'pedimos', 'les', 'le',
  ],
  /** Consent taken back ("i am revoking any consent to be contacted", "retiro mi consentimiento"). */
  revoking: ['revok', 'revoc', 'withdraw', 'retiro', 'retiramos', 'rescind'],
  consent: ['consent', 'consentimiento', 'permission', 'permiso', 'authorization', 'autorizacion'],
  /** A stop of ours as a verb of ceasing, then "de" and a contact ("dejen de escribir aquí", "os pido que dejéis de escribirme"). */
  ceasingEs: ['dejen', 'dejeis', 'deje', 'deja', 'dejad', 'paren', 'pareis', 'pare', 'para', 'parad', 'dejar', 'parar'],
  /** Pestering, between a verb of ceasing and "con" and our messages ("dejen de fregar con sus mensajitos"). */
  pesteringEs: ['fregar', 'molestar', 'joder', 'chingar', 'friegar', 'insistir', 'atormentar', 'chingar', 'fastidiar'],
  /** A number that takes no messages: the negator, then the verb. */
  notAcceptingNegators: [
    'is not', 'isnt', 'does not', 'doesnt', 'dont', 'do not', 'am not', 'are not', 'no longer', 'no',
  ],
  accepting: [
    'accept', 'accepting', 'accepts', 'receive', 'receiving', 'receives', 'allow', 'allowing', 'acepto', 'aceptamos',
    'acepta', 'recibo', 'recibimos', 'recibe', 'accpet', 'acept', 'admite', 'admitimos', 'takes', 'permite',
  ],
  /** Wanting off what we send ("i want off your texts", "get me off this thing"). */
  wantingOff: ['want', 'wanna', 'need', 'get', 'like', 'be', 'count', 'me', 'us', 'opt'],
  /** Words between leaving and what is left ("this texting thing", "lo que sea esta lista"). */
  offBetween: ['texting', 'text', 'messaging', 'lo', 'que', 'sea', 'whatever', 'de', 'mensajes', 'sms', 'email', 'mailing'],
  /** Leaving, in Spanish ("salirme de", "salir de"). */
  leavingEs: ['salir', 'salgo', 'salga'],
  /** A request asked as "how do i" ("how do i get out of this texting thing?"). */
  howDoI: ['how do i', 'how can i', 'how do we', 'how can we', 'como me', 'como nos', 'como hago'],
  offOfWhat: [
    'list', 'lists', 'thing', 'system', 'database', 'contacts', 'mailing', 'distribution', 'blast', 'blasts', 'lista',
    'sistema', 'txts', 'program', 'programa', 'alerts',
  ],
  /** What a contact may be about and stay whole ("texts about homes", "sobre esto"). */
  kindFrames: ['about', 'sobre', 'regarding', 're', 'acerca', 'de'],
  thisWords: ['this', 'that', 'it', 'any', 'anything', 'esto', 'eso', 'nada', 'todo', 'everything'],
  /** Where a contact comes from ("from your office", "de ustedes"). */
  sourceWords: ['from', 'de', 'del', 'by'],
  /** A channel welcome by its parts: the channel, a few of these, a preference ("texting here is better for us"). */
  welcomeBetween: [
    'here', 'is', 'are', 'would', 'be', 'much', 'way', 'so', 'def', 'definitely', 'actually', 'really', 'just', 'still',
    'by', 'far', 'aqui', 'esta', 'es', 'seria', 'mucho', 'me', 'us', 'o', 'or', 'por',
    // degree words ("texting here is totally fine", "por mensaje está perfectamente bien")
    'totally', 'perfectly', 'completely', 'absolutely', 'pretty', 'super', 'muy', 'totalmente', 'perfectamente',
  ],
  preferences: [
    'better', 'best', 'fine', 'easier', 'ok', 'okay', 'good', 'great', 'works', 'work', 'preferred', 'mejor', 'bien',
    'si', 'yes', 'cool', 'perfect', 'perfecto', 'alright', 'chido', 'vale',
  ],
  /** Words after a contact that narrow nothing ("no more texts anymore please", "que me escriban más"). */
  /** The search homes come from: a removal from it narrows what is sent ("quítenme lo de Victorville de la búsqueda"). */
  searches: ['search', 'searches', 'busqueda', 'busquedas', 'filtro', 'filtros', 'filter', 'filters', 'results', 'resultados'],
  narrowingNothing: [
    'anymore', 'again', 'ever', 'more', 'mas', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'u', 'thx',
    'gracias', 'por', 'favor', 'porfa', 'period', 'ok', 'okay', 'lol', 'seriously', 'otra', 'vez', 'nunca', 'jamas',
    'ya', 'whatsoever', 'either', 'office', 'team', 'company', 'guys', 'yall', 'people', 'ppl', 'of', 'any', 'this',
    'nada', 'ustedes', 'appreciate', 'it', 'going', 'forward', 'moving', 'to', 'on', 'number', 'phone', 'cell',
    'line', 'my', 'here', 'aqui', 'conmigo', 'compania', 'empresa', 'agencia', 'agency', 'la', 'verdad', 'esta',
    'vuestros', 'vuestras', 'suyos', 'tuyos', 'via', 'medio', 'ningun', 'ninguna', 'cualquier', 'way', 'other',
  ],
  /** A frame of kindness before "if you" ("i'd appreciate it if you stopped texting me"). */
  kindnesses: [
    'appreciate', 'appreciated', 'grateful', 'great', 'nice', 'best', 'better', 'prefer', 'helpful', 'glad', 'happy',
    'love', 'ideal', 'kind', 'cool', 'good', 'favor',
  ],
  modals: ['would', 'could', 'can', 'will', 'just', 'please', 'kindly'],
  ceasing: ['stop', 'stopped', 'quit', 'quitted', 'cease', 'ceased', 'discontinue', 'discontinued', 'didnt', 'wouldnt', 'dont'],
  /** Words of ceasing said to us, before our messages a few words on ("cancel all future texts", "cesen todo envío"). */
  ceasingCues: [
    'stop', 'quit', 'cease', 'end', 'halt', 'terminate', 'cancel', 'discontinue', 'unsubscribe', 'disable', 'deactivate',
    'cesen', 'cese', 'paren', 'parenle', 'parale', 'terminen', 'cancelen', 'cancela', 'cancele', 'suspendan',
    'desactiven', 'apaguen',
  ],
  /** Words that, between a ceasing word and our messages, narrow them or place them elsewhere ("stop the condo texts"). */
  notBetween: [
    'than', 'from', 'del', 'for', 'para', 'last', 'that', 'my', 'mi', 'ese', 'ultimo', 'except', 'excepto', 'menos', 'only', 'solo', 'nomas', 'sending', 'showing',
    'mandando', 'enviando', 'after', 'before', 'despues', 'antes', 'at', 'during', 'on', 'weekends', 'night', 'noche',
    'pdf', 'pdfs', 'about', 'sobre', 'sin', 'with', 'con', 'in', 'en', 'spanish', 'english', 'ingles', 'espanol',
  ],
} satisfies Record<string, readonly string[]>;

/** Where a figure is printed, not a phone texted from ("el número equivocado en el anuncio", "on the flyer"). */
// prettier-ignore
export const PRINTED_PLACES: readonly string[] = [
  'ad', 'ads', 'anuncio', 'listing', 'listings', 'publicacion', 'post', 'letrero', 'sign', 'flyer', 'pagina',
  'website', 'site', 'foto', 'fotos', 'photos', 'pics', 'description', 'descripcion', 'mls', 'brochure', 'folleto',
  // the house's own number, written down wrong: "you got the wrong number on the house", "el número equivocado a la casa"
  'house', 'home', 'address', 'property', 'casa', 'direccion', 'propiedad',
];

/** What the lead was told to stop doing, after "told me to" ("told me to stop texting him", "me dijo que dejara"). */
// prettier-ignore
export const STOPS_TOLD: readonly string[] = [
  'stop', 'quit', 'dejar', 'parar', 'deje', 'pare', 'dejara', 'parara', 'dejemos', 'paremos', 'ya+no',
];

/** A laugh, saying nothing after a take-back ("es 4760 no 4706, fat fingers jaja"). */
export const LAUGH_WORDS: readonly string[] = [
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'jaja',
  'jajaja',
  'jeje',
  'xd',
];

/** What may stand between "the" and our messages in a stop ("stop the home search texts", "quit the daily alerts"). */
// prettier-ignore
export const STOP_MODIFIERS: readonly string[] = [
  'home search', 'house hunting', 'real estate', 'marketing', 'promotional', 'automated', 'auto', 'daily', 'weekly',
  'constant', 'annoying', 'stupid', 'damn', 'property', 'listing', 'text', 'email',
];

/** What we send said by pointing at it ("those", "las"): no whole of it without the thing pointed at. */
export const POINTING_AT: readonly string[] = ['esas', 'esos', 'those', 'these', 'ones', 'las', 'los'];

/** What the lead is called, after "calling me": a name, not a call ("stop calling me sir", "deje de decirme señora"). */
// prettier-ignore
export const NAMED_AS_WORDS: readonly string[] = [
  'sir', 'maam', "ma'am", 'mister', 'mr', 'mrs', 'ms', 'miss', 'senor', 'senora', 'senorita', 'boss', 'buddy', 'dude',
  'bro', 'hon', 'honey', 'sweetie', 'that', 'by',
];

/** Homes said as a whole: all we send, not one kind of it ("no more houses", not "no more condos"). */
export const HOMES_AS_A_WHOLE: readonly string[] = [
  'houses',
  'homes',
  'casas',
  'listings',
  'properties',
  'propiedades',
];

/** Words that join a clause to the one before, opening it ("and no follow-ups", "y ya no me escriban"). */
// prettier-ignore
export const OPENING_JOINS: readonly string[] = [
  'and also ', 'oh and ', 'and ', 'also ', 'plus ', 'y ', 'tambien ', 'ademas ',
];

/**
 * The homes other than one the lead names, not to be sent ("no me manden las otras, solo quiero info de esta", "don't
 * send me the other ones, just this one"): which homes, not whether.
 */
export const OTHER_HOMES_NOT_SENT: readonly string[] = [
  'no|ya+no me|nos manden|mandes|mande|envien|envies|pasen las|los otras|otros|demas',
  'dont|do+not send|show me|us the others|other+ones|rest',
  'stop|quit sending|showing me|us|_ the others|other+ones|rest',
];
