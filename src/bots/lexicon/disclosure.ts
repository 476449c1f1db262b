import type { Phrase } from '../read/phrases.js';

/**
 * A sincere question whether the lead talks to a bot or a person (`disclosure.ts`, DOMAIN.md section 1.6), in the
 * grammar of `read/phrases.ts`, English, Spanish and Spanglish. Heard whatever precedes them, within one clause.
 */
const ARTICLE = 'a|an|un|una|_';
/** What may be answering, in one word or in two. */
const WHAT_WORD =
  'bot|robot|ai|machine|computer|program|software|automated|human|person|assistant|gpt|siri|alexa|asistente|ia|persona|humano|humana|maquina|programa|chatbot|autoreply|chatgpt';
// prettier-ignore
const WHAT_PAIR = [
  'a i', 'chat bot', 'auto reply', 'real person|human|agent|realtor', 'actual agent|person|human|realtor', 'live agent|person',
  'someone real', 'virtual|ai assistant', 'chat gpt', 'asistente virtual', 'inteligencia artificial', 'persona real',
];
const what = (asked: string) => [WHAT_WORD, ...WHAT_PAIR].map((it) => `${asked} ${ARTICLE} ${it}`);
/**
 * A person and a machine set against each other in one question, read by its parts (`disclosure.ts` personOrMachine):
 * "is a real agent typing this or an ai?", "¿me está contestando alguien de la oficina o es algo automático?", "is a
 * living breathing person answering or some AI thing?".
 */
// prettier-ignore
export const ANSWERING_PERSON: readonly string[] = [
  'person', 'human', 'agent', 'realtor', 'someone', 'somebody', 'people', 'guy', 'lady', 'man', 'woman', 'alguien',
  'persona', 'humano', 'humana', 'agente', 'gente', 'señor', 'senor', 'señora', 'senora',
];
// prettier-ignore
export const ANSWERING_MACHINE: readonly string[] = [
  'ai', 'bot', 'robot', 'automated', 'automatic', 'automatico', 'automatica', 'automatizado', 'automatizada', 'machine',
  'maquina', 'program', 'programa', 'computer', 'computadora', 'chatbot', 'gpt', 'chatgpt', 'ia', 'software', 'script',
  'autoreply', 'recording', 'grabacion', 'automatically', 'automaticamente', 'itself',
  // said of all of them: "these texts are all chatbots now"
  'bots', 'robots', 'chatbots', 'machines', 'programs', 'computers', 'maquinas', 'programas',
];
export const PERSON_OR_MACHINE_JOINS: readonly string[] = ['or', 'o', 'u', 'vs', 'versus'];
/** ...about what answers here: one of these words in the question. */
// prettier-ignore
export const ANSWERING_HERE: readonly string[] = [
  'typing', 'texting', 'answering', 'replying', 'responding', 'writing', 'talking', 'chatting', 'messaging', 'this',
  'these', 'you', 'youre', 'contestando', 'contesta', 'escribiendo', 'escribe', 'respondiendo', 'responde', 'platicando',
  'hablando', 'esto', 'eres', 'usted', 'chat', 'sos', 'vos',
];
/**
 * A claim about what answers, then asked to be confirmed in a short question of its own: "my neighbor said these texts
 * are AI. are they?", "mi vecina dice que esto es un robot. ¿es cierto?".
 */
// prettier-ignore
export const CONFIRMING_QUESTIONS: readonly string[] = [
  'are they', 'is it', 'is that true', 'is that right', 'is this true', 'true', 'right', 'are you', 'r u', 'is he',
  'es cierto', 'es verdad', 'cierto', 'verdad', 'eres', 'lo eres', 'es asi', 'si o no', 'yes or no',
  'is that what this is', 'is this one', 'is that you', 'es eso', 'es uno', 'eres uno',
];
/** What opens a question said without its mark ("is a real person answering or a bot"). */
export const QUESTION_OPENERS: readonly string[] = [
  'is',
  'are',
  'am',
  'r',
  'who',
  'es',
  'eres',
  'esta',
  'estoy',
  'hablo',
  'me',
  'quien',
  'son',
];
/** Asked to be told: "just tell me", "let me know", "dime", "be honest". */
const TELL_ME = 'tell|let+me+know|say+so|admit+it|dime|digame|dimelo|avisame|be+honest|se+honesto|se+honesta';
const TALKING =
  'talking|chatting|speaking|texting|messaging|typing|writing|talkin|chattin|typin to|with|w|wit|con|_';
const ES_SUBJECT = ['una persona', 'un humano', 'alguien'];
const ES_DOING = 'leyendo|lee|contestando|contesta|escribiendo|respondiendo|responde';
const MACHINE_ES = 'maquina|bot|robot|programa|computadora|ia|ai|chatbot|inteligencia+artificial';
// ("or like a bot", "o tipo un robot", "or just some ai": a hedge between the "or" and the machine)
const OR_MACHINE =
  'o|or es|is|its|eres|sos|son|_ like|just|kinda|maybe|tipo|como|more+like|kind+of|sort+of|_ un|una|a|an|some+kind+of|some+sort+of|_ robot|bot|maquina|machine|programa|program|ia|ai|computadora|computer|automatico|automatica|automated|automatizado|automatizada|sistema|system|asistente|assistant|auto+reply|autoreply|chatbot';

// prettier-ignore
const SINCERE: readonly string[] = [
  ...what('are|r you|u'),
  ...what('estoy hablando|chateando|texteando|escribiendo|mensajeando con|w|wit|with'),
  ...what('eres|sos|es usted|_'),
  ...['am i', 'are|r we', 'im'].flatMap((who) => what(`${who} ${TALKING}`)),
  'is this a|an|un|una|_ bot|robot|ai|automated|human|person|chatbot|computer|persona|humano|maquina|system',
  // (hedged: "is this like a bot o una persona real?", "is this kinda automated")
  'is this like|kinda|sorta a|an|un|una|_ bot|robot|ai|automated|chatbot|computer|maquina',
  'eres|sos|tu+eres|vos+sos|es+usted el|la|un|una sistema|programa|bot|robot|maquina|computadora',
  'is this a|an|un|una|_ real person', 'is this a|an|un|una|_ chat bot', 'is this a|an|un|una|_ persona real',
  'are|r you|u real', 'is this|that a|_ real person|human',
  'is there a real|_ person|human there', 'is there a real|_ person|human on the other end',
  'is|are there|_ a|an|any|some|_ real|actual|live|_ human|person|someone|somebody|anyone on the other end|side',
  ...ES_SUBJECT.flatMap((subject) => [`${subject} real|_ ${ES_DOING}`, `${subject} de verdad ${ES_DOING}`]),
  'who are|r you|u|yall', 'who are|r you guys', 'who am|are i|we actually|really|even|_ talking|chatting|speaking|texting',
  // "whos typing?", "who's on the other side of this chat", "who is answering these"
  'whos|who+is|who typing|answering|replying|responding|on+the+other+end|on+the+other+side',
  'whos|who+is|who texting me|us|here',
  // "¿con quién estoy platicando?", "¿quién me contesta?"
  'con quien estoy|estamos|hablo|_ hablando|platicando|chateando|escribiendo|textando', 'quien me|nos contesta|responde|escribe|atiende',
  'is|are|r this|these|that|the text|texts|message|messages|replies|answers|responses *|_ automated|automatic|ai|bot|generated|computer|real|canned|scripted|prewritten|programmed',
  'is|its this|that|_ a|an|some|_ bot|robot|ai|computer|machine|program texting|writing|answering|replying|messaging|talking|generating|typing|sending|composing|producing|creating',
  'is this a|an|_ real|actual|live agent|realtor|person|human', 'is this a|an|_ person|human', 'is this a|an|_ someone real',
  'is this the|your agent|realtor', 'es usted|eres el|la agente|asistente|corredor|corredora',
  'is this|that *|_ *|_ himself|herself|personally', 'is this|that *|_ *|_ in person', 'is this|that *|_ *|_ for real',
  'is this a|an|_ automated|auto|ai|bot|computer|chatgpt|gpt',
  // the whole clause: "is this automatic?" (not "is this automatic payment?")
  'is this automatic|automatico $', 'is this a|an|_ chat gpt',
  // "¿es un sistema automático?", "¿esto es automático?" (not "el sistema de riego es automático?")
  'es|esto+es|son un|una|_ sistema|programa|servicio automatico|automatica|automatizado|automatizada',
  // "¿es una respuesta automática?", "¿son mensajes automáticos?" (what we send, said to be automatic)
  'es|esto+es|son|eres un|una|unos|unas|_ respuesta|respuestas|mensaje|mensajes|contestacion|texto|textos automatico|automatica|automaticos|automaticas|automatizado|automatizada|automatizados|automatizadas|grabado|grabada|de+robot',
  'esto es|son automatico|automatica|automatizado|automatizada $',
  // "is this answered by AI?", "are these texts written by a person?"
  'is|are this|these|you|it|the|_ text|texts|message|messages|replies|answers|chat|_ being|_ answered|run|written|handled|done|powered|sent|typed|generated by|with a|an|_ ai|a+i|bot|robot|person|human|computer|machine|program|chatgpt|gpt',
  'are|r you|u a|_ real|human|person|bot|ai',
  'con quien hablo', 'con quien estoy hablando', 'con quien tengo el gusto', 'quien eres|habla', 'quien es usted',
  // "are these answers coming from a bot?", "¿hay alguien de verdad del otro lado?"
  'is|are this|these|the|_ text|texts|message|messages|replies|answers|responses coming|sent|written from|by a|an|_ bot|ai|robot|computer|machine|person|human',
  'hay|esta alguien|una+persona de+verdad|real|_ del|al otro lado',
  'usted|tu quien es|eres', 'y usted|tu quien es|eres',
  'quien me escribe', 'quien me esta escribiendo',
  'hablo con un|una|_ persona|humano|robot|bot|maquina|programa|ia|ai|chatbot|computadora|inteligencia+artificial|asistente+virtual', 'hablo con alguien real', 'hablo con alguien de verdad',
  'eres|son real|reales', 'es usted real|reales', 'usted|tu es|eres real|reales|humano|humana $',
  'usted|tu es|eres real|reales|humano|humana or|o', 'eres|son de verdad', 'es usted de verdad', 'eres|son una persona de verdad',
  'es usted una persona de verdad',
  `me|_ esta|estas|estan contestando|respondiendo|escribiendo un|una ${MACHINE_ES}|persona`,
  `contesta|responde|escribe un|una ${MACHINE_ES}`,
  ...['esto', 'este chat|numero', 'esta conversacion', 'estos mensajes'].flatMap((subject) => [
    `${subject} es|son automatico|automatica|automaticos|automaticas`, `${subject} es|son un bot|robot`,
    `${subject} es|son una maquina`,
  ]),
  'es|eres alguien real', 'es|eres alguien de verdad',
  // "¿detrás de estos mensajes hay alguien o lo lleva un ordenador?", "¿hay una persona detrás de esto?"
  'detras de esto|estos+mensajes|los+mensajes|estos+textos|este+chat hay|esta alguien|una+persona|un+humano',
  'hay|esta alguien|una+persona|un+humano ~1 detras de esto|estos+mensajes|los+mensajes|estos+textos|este+chat',
  'esto lo|_ lleva|maneja|contesta un|una maquina|bot|robot|programa|computadora',
  `eres ~3 ${OR_MACHINE}`, `are|r you|u ~3 ${OR_MACHINE}`, `es usted ~3 ${OR_MACHINE}`,
  // "with whom am I corresponding?"
  'with whom am+i|i+am|do+i corresponding|speaking|talking|chatting|texting|corresponding',
  // "is this jorge or a bot?", not "is this gate manual or automated?"
  `is this jorge|you|u|him|her|someone|somebody|really|actually|the+agent|the+realtor|a+person|a+human|a+real ~3 ${OR_MACHINE}`,
  // Jorge himself or someone else answering: "is this actually Jorge or someone on his team?"
  'is+this|are+you|r+u|eres|es+usted|me+esta+contestando|me+contesta|me+esta+escribiendo|me+escribe|me+responde ~2 jorge|him|el ~1 or|o someone|somebody|alguien on|from|in|de his|her|the|su|la|el team|equipo|office|oficina',
  // "¿tú eres Jorge o una de esas grabaciones?"
  'eres|es+usted|is+this|are+you ~3 o|or una|uno|one de|of esas|esos|those|these grabaciones|maquinas|bots|robots|recordings|programas|contestadoras|machines',
  `me|_ contesta|responde|escribe * *|_ ${OR_MACHINE}`,
  // "is a human reading these or is it automatic?": a person at work, or else
  'is|are there|_ a|an|any|some|_ real|actual|live|_ human|person|someone|somebody reading|answering|writing|typing|replying|responding|texting this|these|that|me|my+messages|_ or',
  // "do you even read these or just send canned replies", "does anyone actually read this"
  'do|does you|u|anyone|anybody|someone|somebody|a+person|a+human|an+actual+person|a+real+person even|actually|really|_ read|see these|this|them|my+messages|my+texts|what+i+write|what+i+type',
  // "am i texting jorge himself or his assistant?", "is this un mensaje automático?"
  ...['am i', 'are|r we', 'im'].map((who) => `${who} ${TALKING} * himself|herself|personally|directly|mismo|misma`),
  `${TALKING} * ~1 or|o his|her|su|an|a|un|una assistant|asistente|secretary|secretaria|helper|ayudante|bot|robot`,
  'is|es this|esto a|an|un|una|_ mensaje|message|text|texto|respuesta|reply|response automatico|automatica|automated|automatic|generado|generated',
  // "¿hay una persona ahí o es puro bot?", "is there a human there or just a bot?"
  'hay|is+there alguien|una+persona|un+humano|un+human|someone|somebody|a+person|a+human|a+real+person|an+actual+person ahi|alli|aqui|there|_ o|or es|is|its|_ puro|pura|solo|nomas|just|only|_ bot|robot|maquina|machine|ia|ai|programa|program|computadora|computer|chatbot|automatico|automated',
  // "¿usted es el mismo Jorge?": the agent himself
  'usted|tu es|eres el|la mismo|misma', 'es|eres usted|tu el|la mismo|misma',
];

/**
 * What is asked with a check on the text beside it (`disclosure.ts` reads the check): the question ends there
 * (`ends`: "is a human reading this?", the text's end or a "?"), a "?" comes before any stop (`asked`: "esto es un
 * bot?", not "esto es un bot. jaja"), or a "?" comes later (`asked_later`: "an automated service, right?").
 */
export type CheckedCue = 'ends' | 'asked' | 'asked_later';
/** Phrases heard whatever precedes them. */
const heardAlways = <C extends string>(
  phrases: readonly Phrase<C>[],
  how: Partial<Phrase<C>> = {},
): Phrase<C>[] => phrases.map((phrase) => ({ ...phrase, always: true, ...how }));
/** The whole question, after its lead-in words (`disclosure.ts`): "human or bot?", "¿quién es?", "real person?". */
export type WholeCue = 'either_or' | 'who_writes' | 'what_answers';
/** Laughter and comparisons: "you type like a robot lol" is a joke. */
export type JokeCue = 'like_a' | 'joke' | 'someone_else' | 'taken_back';

const READER = 'human|person|people|someone|somebody|anyone|anybody';
const READING = 'reading|answering|writing|typing|replying|responding|texting';
const WHAT_ES =
  'bot|robot|ia|chatbot|chat+bot|chatgpt|chat+gpt|gpt|computadora|maquina|automatico|automatica|automatizado|automatizada|persona|humano|asistente+virtual|asistente+de+ia|inteligencia+artificial';
const PERSONALLY =
  'personally|in+person|an+automated|a+bot|a+robot|a+machine|a+computer|a+program|an+ai|a+real+person';
/**
 * Who may be answering and what may, set against each other with an "or" in a question about the chat itself (asked of
 * "you", "this", "me"), not about something else ("is the estimate from a real person or automated?").
 */
const ASKED_ABOUT =
  'you|u|yuh|ya|yall|this|im|am+i|i+am|me|eres|es+usted|esto|hablo|contesta|responde|escribe|texting|talking|typing|chatting|contestando|respondiendo|escribiendo|platicando';
const SOMEONE =
  'person|human|persona|humano|humana|someone|somebody|anybody|anyone|alguien|agent|agente|realtor|jorge|people|gente';
const SOMETHING =
  'bot|robot|ai|ia|machine|maquina|computer|computadora|program|programa|automated|automatic|automatico|automatica|chatbot|autoreply|recording|grabacion|responder|autoresponder|contestadora|call+center|call+centre|callcenter|centro+de+llamadas|canned|scripted';
// prettier-ignore
const CHECKED = heardAlways<CheckedCue>([
  {
    cue: 'ends',
    words: `is|are there|_ a|an|any|some|_ real|actual|live|_ ${READER} real|actual|actually|really|even|_ ${READING} this|these|that|them|it|esto|estos|here|aqui|my+messages|my+texts|the+chat|the+messages|the+texts|me|_`,
  },
  { cue: 'asked', words: `esto es un|una|_ ${WHAT_ES}`, notPrecededBy: 'eso|todo' },
  { cue: 'asked_later', words: 'a|an|un|una automated|automatic|automatico|automatica service|system|reply|message|servicio|sistema|mensaje|respuesta' },
  // A person and a machine set against each other in a question: "yuh a real person or one a dem computer ting?", "is
  // anybody there or am i typing to a computer?", "¿me contesta alguien o es automático?"
  ...[
    `${ASKED_ABOUT} ~3 ${SOMEONE} ~2 or|o ~5 ${SOMETHING}`,
    `${ASKED_ABOUT} ~3 ${SOMETHING} ~2 or|o ~5 ${SOMEONE}`,
    `anybody|anyone|somebody|someone|alguien ~2 there|real|reading|answering|typing|ahi ~2 or|o ~5 ${SOMETHING}`,
  ].map((words) => ({ cue: 'asked_later' as const, words, clause: true })),
  // "is this one of those AI chat things?"
  { cue: 'asked', words: `is+this|is+it|es+esto ~4 ${SOMETHING} ~1 thing|things|deal|system|service|cosa|cosas|sistema` },
]);

/** "a real person", "un bot": what may be answering, with its article. */
const A = 'a|an|un|una|_';
const HUMAN = `${A} real|actual|live|_ person|human|agent|realtor|persona|humano|humana|agente|jorge real|de+verdad|_`;
const MACHINE = `${A} bot|robot|ai|ia|machine|maquina|computer|computadora|program|programa|chatbot|chat+bot|automated|automatico|automatica`;
/** Who is asked about before the choice: "are you", "is this", "are these texts from", "estoy hablando con". */
const ASKED_OF =
  'are+you|r+u|is+this|is+it|am+i+talking+to|am+i+talking+with|am+i+talking+con|am+i+chatting+to|am+i+chatting+with|am+i+chatting+con|am+i+texting+to|am+i+texting+with|am+i+texting+con|eres|es+usted|es|hablo+con|estoy+hablando+con|_';
const MESSAGES =
  'are|is|_ these|this|the|your texts|text|messages|message|replies|answers|chat from|written+by|sent+by|coming+from';
const AFTERWORD = 'be+honest|honestly|tho|lol|seriously|for+real|en+serio|la+verdad|de+verdad|_';
/** "real person", "un bot": what answers, said alone. */
const ANSWERS =
  'a|an|un|una|_ real|live|actual|_ person|human|bot|robot|ai|machine|persona|humano|humana|maquina real|de+verdad|_';
// prettier-ignore
const WHOLE = heardAlways<WholeCue>([
  ...[ASKED_OF, MESSAGES].flatMap((asked) => [
    { cue: 'either_or' as const, words: `${asked} ${HUMAN} or|o ${MACHINE} ${AFTERWORD}` },
    { cue: 'either_or' as const, words: `${asked} ${MACHINE} or|o ${HUMAN} ${AFTERWORD}` },
  ]),
  { cue: 'who_writes', words: 'y|and|_ quien|who es|is+it|is+this|habla|eres' },
  // "u a bot?", "you a real person?", "yall real?": the question with its verb left out
  ...[`${A} real|actual|live|_ person|human|persona|humano`, MACHINE].map((what) => ({
    cue: 'what_answers' as const,
    words: `you|u|yall|ya|yuh ${what}`,
  })),
  ...[ANSWERS, `${ANSWERS} or a|_ bot|robot|ai|machine|person|human`, `${ANSWERS} o bot|robot|persona|maquina`].map(
    (words) => ({ cue: 'what_answers' as const, words }),
  ),
], { whole: true });

// prettier-ignore
const JOKES = heardAlways<JokeCue>([
  // (not an alternative asked: "is this jorge himself or like a bot")
  // (nor a hedge of the question itself: "is this like a bot o una persona real?")
  {
    cue: 'like_a',
    words: 'like+a|like+an|como+un|como+una bot|robot|machine|computer|maquina',
    notPrecededBy: 'or|o|is+this|is+it|are+you|r+u|am+i+talking+to|es+esto',
  },
  { cue: 'joke', words: 'such a bot|robot|machine|computer|maquina' },
  // the question taken back as a joke: "¿eres real? jaja es broma", "are you a bot? jk"
  {
    cue: 'taken_back',
    words: 'es+broma|era+broma|just+kidding|jk|jking|kidding|bromeo|estoy+bromeando|no+te+creas',
    notPrecededBy: 'not|no|im+not|no+es|no+estoy|not+even',
  },
  // Someone else called a bot: "the seller es robot o que? nunca contesta", "is the lender an AI or what".
  {
    cue: 'someone_else',
    words: 'seller|sellers|vendedor|vendedora|vendedores|owner|owners|dueno|duena|duenos|landlord|lender|lenders|banco|bank|company|compania|app|website|zillow|redfin ~3 bot|robot|robots|ai|machine|maquina|automated',
    clause: true,
  },
  // The question told as someone else's: "my daughter just asked if im texting a robot", "mi esposo me preguntó si
  // eras una máquina" (the lead asking it sincerely says it in its own words).
  {
    cue: 'someone_else',
    words: 'daughter|son|kid|kids|wife|husband|mom|dad|friend|coworker|hija|hijo|esposa|esposo|mama|papa|amiga|amigo|she|he|ella|el ~2 asked|asks|wondered|wonders|pregunto|pregunta if|whether|si',
  },
  { cue: 'joke', words: 'lol|lmao|rofl|haha|hahaa|hahaaa|hahaaaa|jaja|jajaa|jajaaa|jajaaaa' },
  // Not caring which it is: "me da igual si eres persona o máquina", "i don't care if you're a bot"
  {
    cue: 'someone_else',
    words: 'me|nos|_ da igual|lo+mismo si|whether|if',
  },
  { cue: 'someone_else', words: 'no|i+dont|we+dont|i+do+not|doesnt|does+not|idc me|nos|_ importa|care|matter si|if|whether' },
]);

/** Words a lead opens a question with that are no part of it ("wait, is this jorge or an automated thing?"). */
// prettier-ignore
const LEAD_INS: readonly string[] = [
  'wait|ok|okay|so|hey|hi|hello|um|umm|ummm|uh|uhh|uhhh|hmm|hmmm|hmmmm|honestly|seriously|oye|oiga|espera|hola|pregunta',
  // an apology or a "but" before the question ("sorry pero quién es?", "perdone, ¿usted quién es?")
  'sorry|perdon|perdone|perdona|disculpe|disculpa|disculpen|but|pero|buenas|buenos+dias|buenas+tardes|buenas+noches',
  'quick question', 'real quick', 'be honest', 'be real with+me|_', 'keep it real', 'real talk', 'for real',
  'just curious|wondering', 'genuine question', 'se honesto|honesta', 'la neta', 'en serio', 'una pregunta',
];

/**
 * The agent asked about by name ("is this jorge?", "is jorge the one texting me?", "¿hablo con jorge?"): `*` is where
 * the name goes (`disclosure.ts` compares it with the agent's first name). A question's opening, each way of asking
 * its own phrase, so that the word after it is the name ("es usted jorge" is not "es" then "usted").
 */
export type AgentCue = 'name_last' | 'name_opening' | 'name_second';
/** Answering the lead, or being there to: what the one asked about by name is said to do. */
const WRITING_TO_ME =
  'texting|text|writing|answering|messaging|replying|typing|talking|chatting|reading|responding|real|there|human|a+person|a+real|escribiendo|escribe|contesta|contestando|responde|respondiendo|mandando|manda|habla|hablando|real|de+verdad|una+persona|behind|detras';
const ASKED_BY_NAME =
  'is this|are you|r u|eres|eres tu|es|es usted|usted es|tu eres|hablas tu|habla usted'.split('|');
export const AGENT_PHRASES: readonly Phrase<AgentCue>[] = heardAlways<AgentCue>([
  ...ASKED_BY_NAME.map((asked) => ({
    cue: 'name_opening' as const,
    // "is this actually jorge, or an automated assistant?"
    words: `hi|hey|hello|hola|wait|hold+on|hang+on|espera|oye|sorry|ok|so|hmm|_ ${asked.split(' ').join('+')} actually|really|realmente|de+verdad|_ *`,
    opening: true,
    // "es jorge el que nos va a enseñar la casa?" asks who shows it ("es jorge el que me escribe?" is name_second)
    notFollowedBy: [
      '~1 el+que|la+que|quien|the+one|who|going+to|gonna|va+a|will|can|could|would|puede',
      // "is this actually jorge's listing?" asks whose home it is
      's|_ listing|listings|house|home|property|place|casa|propiedad',
    ],
  })),
  // "is jorge the one texting me?", "is jorge really the one?", not "is jorge going to be the one showing us the house?"
  {
    cue: 'name_second',
    words: 'is|es * ~3 the+one|el+que|quien|whos|who+is|actually|really|realmente|de+verdad',
    clause: true,
    followedBy: [`~2 ${WRITING_TO_ME}`, '$'],
  },
  { cue: 'name_last', words: 'am+i|are+we talking|chatting|speaking|texting|messaging to|with|con *' },
  { cue: 'name_last', words: 'hablo|estoy+hablando con *' },
]);

export type DisclosureCue = 'sincere' | 'lead_in' | CheckedCue | WholeCue | JokeCue;
export const DISCLOSURE_PHRASES: readonly Phrase<DisclosureCue>[] = [
  // (said of the world, not of this chat: "ya todo es inteligencia artificial", "everything is AI now")
  ...[...new Set(SINCERE)].map((words) => ({
    cue: 'sincere' as const,
    words,
    always: true,
    clause: true,
    notAfter: 'todo|todos|everything|everythings|mundo|world',
  })),
  // "who's texting", "who is this" (not "who is this house's agent")
  ...['who is', 'whos|whose'].map((who) => ({
    cue: 'sincere' as const,
    words: `${who} this|texting|messaging|writing|answering`,
    always: true,
    clause: true,
    notBefore: 'house|home|listing|property|agent',
  })),
  // "am i, like, talking with a real person": what is talked with is named in the clause of "with".
  {
    cue: 'sincere',
    words:
      'am+i|are+we|whether+i+am|whether+we+are|if+i+am|if+im ~ corresponding|communicating|dealing|in+contact|talking|chatting with',
    always: true,
    followedBy: `~3 ${PERSONALLY}`,
  },
  { cue: 'sincere', words: `es esto un|una|_ ${WHAT_ES}`, always: true, clause: true },
  // "if this is a bot just tell me", "si eres un robot dime": the lead asks to be told, whatever the answer.
  {
    cue: 'sincere',
    words: `if|si this|it|you|u|ur|youre|esto|eres|im|i+am|estoy is|are|r|es|talking+to|hablando+con|_ a|an|un|una|_ ${WHAT_WORD} ~4 ${TELL_ME}`,
    always: true,
  },
  ...CHECKED.map((phrase) => ({ ...phrase, clause: true })),
  ...WHOLE,
  ...JOKES,
  ...LEAD_INS.map((words) => ({ cue: 'lead_in' as const, words, always: true, opening: true })),
];
