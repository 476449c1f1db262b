import { DISCLOSURE_PHRASES } from './lexicon/disclosure.js';
import { phraseBook } from './read/phrases.js';
import { asRead, type Readable } from './read/read-text.js';
import { fold, sentences, type Lang } from './text.js';

/** What stays a pattern: an end of the question, a question mark further on, a gap counted in characters. */
const SINCERE: RegExp[] = [
  // "is a human reading this", told as the whole question
  /\b(is|are) (there )?(a |an |any |some )?(real |actual |live )?(human|person|people|someone|somebody|anyone|anybody)( real| actual)? (reading|answering|writing|typing|replying|responding|texting)( (this|these|that|my (messages|texts)|the (chat|messages|texts)|me))?\s*(\?|$)/,
  // "¿es esto un chatbot o una persona real?", "esto es una persona real?" (not "un programa de asistencia")
  /\b(es esto|(?<!\b(eso|todo) )esto es(?=[^.!]*\?)) (un |una )?(bot|robot|ia|chat ?bot|chat ?gpt|gpt|computadora|maquina|automatic[oa]|automatizad[oa]|persona( real| de verdad)?|humano|asistente (virtual|de ia)|inteligencia artificial)\b/,
  // "am I corresponding with Mr. Salas personally or with an automated service?"
  /\b(am i|are we|whether i am|whether we are|if i am|if i'?m)\b[^.!?]{0,20}\b(corresponding|communicating|dealing|in contact|talking|chatting) with (\w+ ){0,3}(personally|in person|an automated|a bot|a robot|a machine|a computer|a program|an ai|a real person)\b/,
  /\b(an?|un|una) (automated|automatic|automatico|automatica) (service|system|reply|message|servicio|sistema|mensaje|respuesta)\b.*\?/,
];
const BOOK = phraseBook(DISCLOSURE_PHRASES);
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
export function isSincereBotQuestion(text: Readable, agentName?: string): boolean {
  const read = asRead(text);
  // The tokens are the read text's: the spaces and marks taken off its start are no tokens.
  const folded = read.folded.replace(/^[\s¿¡]+/, '');
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
    BOOK.find(read, 'sincere') !== undefined ||
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
