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
  'a i', 'chat bot', 'auto reply', 'real person|human|agent|realtor', 'actual agent|person|human', 'live agent|person',
  'someone real', 'virtual|ai assistant', 'chat gpt', 'asistente virtual', 'inteligencia artificial', 'persona real',
];
const what = (asked: string) => [WHAT_WORD, ...WHAT_PAIR].map((it) => `${asked} ${ARTICLE} ${it}`);
const TALKING = 'talking|chatting|speaking|texting|messaging to|with|_';
const ES_SUBJECT = ['una persona', 'un humano', 'alguien'];
const ES_DOING = 'leyendo|lee|contestando|contesta|escribiendo|respondiendo|responde';
const MACHINE_ES = 'maquina|bot|robot|programa|computadora|ia';
const OR_MACHINE =
  'o|or es|is|its|_ un|una|a|an|_ robot|bot|maquina|machine|programa|program|ia|ai|computadora|computer';

// prettier-ignore
const SINCERE: readonly string[] = [
  ...what('are|r you|u'),
  ...what('estoy hablando con'),
  ...what('eres|es usted|_'),
  ...['am i', 'are|r we', 'im'].flatMap((who) => what(`${who} ${TALKING}`)),
  'is this a|an|un|una|_ bot|robot|ai|automated|human|person|chatbot|computer|persona|humano|maquina',
  'is this a|an|un|una|_ real person', 'is this a|an|un|una|_ chat bot', 'is this a|an|un|una|_ persona real',
  'are|r you|u real', 'is this|that a|_ real person|human',
  'is there a real|_ person|human there', 'is there a real|_ person|human on the other end',
  'is|are there|_ a|an|any|some|_ real|actual|live|_ human|person|someone|somebody|anyone on the other end|side',
  ...ES_SUBJECT.flatMap((subject) => [`${subject} real|_ ${ES_DOING}`, `${subject} de verdad ${ES_DOING}`]),
  'who are|r you|u|yall', 'who are|r you guys', 'who am i talking|chatting|speaking|texting',
  'is|are this|these|that|the text|texts|message|messages|replies|answers|responses *|_ automated|automatic|ai|bot|generated|computer|real',
  'is|its a|an bot|robot|ai|computer|machine|program texting|writing|answering|replying|messaging|talking',
  'is this a|an|_ real|actual|live agent|realtor|person|human', 'is this a|an|_ person|human', 'is this a|an|_ someone real',
  'is this|that *|_ *|_ himself|herself|personally', 'is this|that *|_ *|_ in person', 'is this|that *|_ *|_ for real',
  'is this a|an|_ automated|auto|ai|bot|computer|chatgpt|gpt', 'is this a|an|_ chat gpt',
  'are|r you|u a|_ real|human|person|bot|ai',
  'con quien hablo', 'con quien estoy hablando', 'con quien tengo el gusto', 'quien eres|habla', 'quien es usted',
  'quien me escribe', 'quien me esta escribiendo',
  'hablo con un|una|_ persona|humano|robot|bot|maquina|programa', 'hablo con alguien real', 'hablo con alguien de verdad',
  'eres|son real|reales', 'es usted real|reales', 'eres|son de verdad', 'es usted de verdad', 'eres|son una persona de verdad',
  'es usted una persona de verdad',
  `me|_ esta|estas|estan contestando|respondiendo|escribiendo un|una ${MACHINE_ES}|persona`,
  `contesta|responde|escribe un|una ${MACHINE_ES}`,
  ...['esto', 'este chat|numero', 'esta conversacion', 'estos mensajes'].flatMap((subject) => [
    `${subject} es|son automatico|automatica|automaticos|automaticas`, `${subject} es|son un bot|robot`,
    `${subject} es|son una maquina`,
  ]),
  'es|eres alguien real', 'es|eres alguien de verdad',
  `eres * *|_ ${OR_MACHINE}`, `are|r you|u * *|_ ${OR_MACHINE}`, `es usted * *|_ ${OR_MACHINE}`,
  `is this * *|_ ${OR_MACHINE}`,
];

export type DisclosureCue = 'sincere';
export const DISCLOSURE_PHRASES: readonly Phrase<DisclosureCue>[] = [
  ...[...new Set(SINCERE)].map((words) => ({ cue: 'sincere' as const, words, always: true, clause: true })),
  // "who's texting", "who is this" (not "who is this house's agent")
  ...['who is', 'whos|whose'].map((who) => ({
    cue: 'sincere' as const,
    words: `${who} this|texting|messaging|writing|answering`,
    always: true,
    clause: true,
    notBefore: 'house|home|listing|property|agent',
  })),
];
