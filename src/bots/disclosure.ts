import { fold, sentences, type Lang } from './text.js';

const WHAT =
  '(a |an |un |una )?(bot|robot|ai|a\\.i\\.|chat ?bot|machine|computer|program|software|automated|auto ?reply|real person|real human|real agent|actual agent|live agent|real realtor|human|person|live person|actual person|actual human|someone real|assistant|virtual assistant|ai assistant|chat ?gpt|gpt|siri|alexa|asistente|asistente virtual|ia|inteligencia artificial|persona real|persona|humano|humana|maquina|programa)';
const SINCERE: RegExp[] = [
  new RegExp(`\\b(are|r) (you|u) ${WHAT}\\b`),
  new RegExp(`\\bam i (talking|chatting|speaking|texting|messaging) ((to|with) )?${WHAT}\\b`),
  // Spanglish articles too: "is this un bot?"
  new RegExp(
    `\\bis this (a |an |un |una )?(bot|robot|ai|automated|real person|human|person|chat ?bot|computer|persona real|persona|humano|maquina)\\b`,
  ),
  /\b(are|r) (you|u) real\b/,
  /\bis (this|that) (a )?real (person|human)\b/,
  /\bis there a (real )?(person|human) (there|on the other end)\b/,
  // "is a human reading this", "¿alguien lee esto?": a person doing the reading or the answering.
  /\b(is|are) (there )?(a |an |any |some )?(real |actual |live )?(human|person|people|someone|somebody|anyone|anybody)( real| actual)? (reading|answering|writing|typing|replying|responding|texting)( (this|these|that|my (messages|texts)|the (chat|messages|texts)|me))?\s*(\?|$)|\b(is|are) (there )?(a |an |any |some )?(real |actual |live )?(human|person|someone|somebody|anyone) on the other (end|side)\b|\b(hay )?(una persona|un humano|alguien) (real |de verdad )?(leyendo|lee|contestando|contesta|escribiendo|respondiendo|responde)\b/,
  new RegExp(`\\b(eres|es usted) ${WHAT}\\b`),
  new RegExp(`\\bestoy hablando con ${WHAT}\\b`),
  // "¿es esto un chatbot o una persona real?", "esto es una persona real?" (as "is this a bot": not "un programa de
  // asistencia")
  /\b(es esto|(?<!\b(eso|todo) )esto es(?=[^.!]*\?)) (un |una )?(bot|robot|ia|chat ?bot|chat ?gpt|gpt|computadora|maquina|automatic[oa]|automatizad[oa]|persona( real| de verdad)?|humano|asistente (virtual|de ia)|inteligencia artificial)\b/,
  /\bwho(?: is|'s|s|se) (this|texting|messaging|writing|answering)\b(?! (house|home|listing|property|agent))/,
  /\bwho (are|r) (you|u|yall|you guys)\b/,
  /\bwho am i (talking|chatting|speaking|texting)( (to|with))?\b/,
  new RegExp(
    `\\b(am i|are we|i'm|im|r we) (talking|chatting|speaking|texting|messaging) ((to|with) )?${WHAT}\\b`,
  ),
  /\b(is|are) (this|these|that|the) (texts?|messages?|replies|answers|responses) (\w+ )?(automated|automatic|ai|bot|generated|computer|real)\b/,
  /\b(is|it'?s|its) (a|an) (bot|robot|ai|computer|machine|program) (texting|writing|answering|replying|messaging|talking)\b/,
  /\bis this (a |an )?((real|actual|live) (agent|realtor|person|human)|person|human|someone real)\b/,
  /\bis (this|that) (\w+ ){0,2}(himself|herself|in person|personally|for real)\b/,
  /\bis this (an? )?(automated|auto|ai|bot|computer|chat ?gpt|gpt)( message| reply| text| response| generated)?\b/,
  /\b(are|r) (you|u) (a )?(real|human|person|bot|ai)\b/,
  /\b(con quien (hablo|estoy hablando|tengo el gusto)|quien (eres|es usted|habla|me escribe|me esta escribiendo))\b/,
  new RegExp(`\\b(eres|es) (usted )?${WHAT}( real)?\\b`),
  /\bhablo con ((un |una )?(persona|humano|robot|bot|maquina|programa)|alguien (real|de verdad))\b/,
  /\b(eres|es usted|son) (real|reales|de verdad|una persona de verdad)\b/,
  /\b(me )?(esta|estas|estan) (contestando|respondiendo|escribiendo) (un|una) (maquina|bot|robot|programa|computadora|ia|persona)\b/,
  /\b(contesta|responde|escribe) (un|una) (maquina|bot|robot|programa|computadora|ia)\b/,
  /\b(esto|este chat|esta conversacion|este numero|estos mensajes) (es|son) (automatic[oa]s?|un bot|un robot|una maquina)\b/,
  /\b(es|eres) alguien (de verdad|real)\b/,
  // "am I corresponding with Mr. Salas personally or with an automated service?", "tú eres Jorge o un robot?"
  /\b(am i|are we|whether i am|whether we are|if i am|if i'?m)\b[^.!?]{0,20}\b(corresponding|communicating|dealing|in contact|talking|chatting) with (\w+ ){0,3}(personally|in person|an automated|a bot|a robot|a machine|a computer|a program|an ai|a real person)\b/,
  /\b(an?|un|una) (automated|automatic|automatico|automatica) (service|system|reply|message|servicio|sistema|mensaje|respuesta)\b.*\?/,
  /\b(eres|es usted|is this|are you|r u) \w+( \w+)? (o|or) (es |is |it'?s )?(un |una |a |an )?(robot|bot|maquina|machine|programa|program|ia|ai|computadora|computer)\b/,
];
const HUMAN =
  '(a |an |un |una )?(real |actual |live )?(person|human|agent|realtor|persona|humano|humana|agente)( real| de verdad)?';
const MACHINE =
  '(a |an |un |una )?(bot|robot|ai|ia|machine|maquina|computer|computadora|program|programa|chat ?bot|automated|automatico|automatica)';
/**
 * "real person or a bot? be honest", "are you human or a bot", "¿persona o robot?", "is it automated or a real
 * person": the question is the whole sentence, about the one answering ("are the listing photos taken by a person or
 * AI?" and "should we go with an agent or a program like opendoor?" are about something else).
 */
const HUMAN_OR_MACHINE = new RegExp(
  `^(are you|r u|is this|is it|am i (talking|chatting|texting) (to|with|con)|(are |is )?(these|this|the|your) (texts?|messages?|replies|answers|chat) (from|written by|sent by|coming from)|eres|es usted|es|hablo con|estoy hablando con)? ?(${HUMAN},? (or|o) ${MACHINE}|${MACHINE},? (or|o) ${HUMAN})\\??( (be honest|honestly|tho|lol|seriously|for real|en serio|la verdad|de verdad))?[?!.]*$`,
);

/** Comparisons and laughter: "you type like a robot lol" is a joke, not a sincere ask. */
const JOKE =
  /\b(like a|like an|such a|como un|como una) (bot|robot|machine|computer|maquina)\b|\b(lol|lmao|haha+|jaja+|rofl)\b/;

/**
 * Words a lead opens a question with that are not part of it ("wait, is this jorge or an automated thing?", "be
 * honest, bot or human?", "oye, la neta, ¿eres un robot?"): the question is read without them.
 */
const LEAD_IN =
  /^((wait|ok|okay|so|hey|hi|hello|um+|uh+|hmm+|quick question|real quick|be honest|be real( with me)?|keep it real|real talk|honestly|seriously|for real|just curious|just wondering|genuine question|oye|oiga|espera|se honest[oa]|la neta|en serio|pregunta|una pregunta|hola)[,:!.…-]*\s+)+/;

/** "¿quién es?", "who is it?", "¿quién habla?": a sentence that asks only who is writing. */
const WHO_IS_WRITING = /^(y |and )?(quien|who) (es|is it|is this|habla|eres)\W*$/;
/** "real person?", "human??", "¿persona real?", "bot?": a sentence that is only what answers, asked. */
const WHAT_ANSWERS =
  /^(a |an |una? )?((real|live|actual) )?(person|human|bot|robot|ai|machine|persona|humano|humana|maquina)( (real|de verdad))?( or (a )?(bot|robot|ai|machine|person|human)| o (bot|robot|persona|maquina))?\s*\?+\W*$/;

/** DOMAIN.md section 1.6: true only for a sincere question about talking to a bot/AI/real person. */
export function isSincereBotQuestion(text: string, agentName?: string): boolean {
  const folded = fold(text).replace(/^[\s¿¡]+/, '');
  const first = agentName
    ? fold(agentName)
        .split(/\s+/)[0]
        ?.replace(/[^a-z]/g, '')
    : undefined;
  // "is this Jorge?": asking whether the agent is the one answering.
  const agent = first
    ? [
        new RegExp(
          `^\\s*(hi |hey |hello |hola )?(is this|are you|r u|eres|eres tu|es|es usted|usted es|tu eres|hablas tu|habla usted) ${first}\\b`,
        ),
        // "is jorge the one texting me?", "am I talking to jorge?", "¿es jorge el que me escribe?"
        new RegExp(
          `\\b(is|es) ${first} (\\w+ ){0,3}(the one|el que|quien|who'?s|who is|actually|really|realmente|de verdad) ?(texting|messaging|writing|answering|replying|typing|me escribe|escribe|contesta|responde)?`,
        ),
        new RegExp(
          `\\b(am i|are we) (talking|chatting|speaking|texting|messaging) (to|with|con) ${first}\\b`,
        ),
        new RegExp(`\\b(hablo|estoy hablando) con ${first}\\b`),
      ]
    : [];
  const questions = sentences(folded).map((sentence) => sentence.trim().replace(LEAD_IN, ''));
  const asked =
    SINCERE.some((pattern) => pattern.test(folded)) ||
    questions.some((question) => agent.some((pattern) => pattern.test(question))) ||
    questions.some(
      (question) =>
        HUMAN_OR_MACHINE.test(question) || WHO_IS_WRITING.test(question) || WHAT_ANSWERS.test(question),
    );
  if (!asked) return false;
  if (JOKE.test(folded) && !/\?/.test(folded)) return false;
  if (/\b(like a|like an|como un|como una) (bot|robot|machine|computer|maquina)\b/.test(folded)) return false;
  return true;
}

/** The honest answer: an AI assistant for the agent's team, who can connect them with the agent any time. */
export function disclosureLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Soy un asistente de IA del equipo de ${agentName}, y puedo conectarte con ${agentName} en cualquier momento.`
    : `I'm an AI assistant for ${agentName}'s team, and I can connect you with ${agentName} any time.`;
}
