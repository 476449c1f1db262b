import {
  AGENT_PHRASES,
  ANSWERING_HERE,
  ANSWERING_MACHINE,
  ANSWERING_PERSON,
  DISCLOSURE_PHRASES,
  PERSON_OR_MACHINE_JOINS,
  QUESTION_OPENERS,
  CONFIRMING_QUESTIONS,
  type DisclosureCue,
} from './lexicon/disclosure.js';
import { ABBREVIATED_TITLES } from './lexicon/people.js';
import { locateTokens } from './read/phrase-offsets.js';
import { phraseBook, tokenise, type PhraseHit, type Token } from './read/phrases.js';
import { asRead, type Readable } from './read/read-text.js';
import { isDigit, isFoldedLetter } from './read/words.js';
import { fold, sentences, type Lang } from './text.js';

const BOOK = phraseBook(DISCLOSURE_PHRASES);
const SINCERE = BOOK.only('sincere');
const CHECKED = BOOK.only('ends', 'asked', 'asked_later');
const WHOLE = BOOK.only('either_or', 'who_writes', 'what_answers');
const LEAD_IN = BOOK.only('lead_in');
const AGENT = phraseBook(AGENT_PHRASES);
const JOKE = BOOK.only('joke');
const LIKE_A = BOOK.only('like_a', 'someone_else', 'taken_back');

/** A check on the text after a hit (lexicon/disclosure.ts, `CheckedCue` and `WholeCue`). */
type After = (after: string) => boolean;
const CHECKS: Partial<Record<DisclosureCue, After>> = {
  // "is a human reading this?": the question ends there.
  ends: (after) => {
    const rest = after.trimStart();
    return rest === '' || rest.startsWith('?');
  },
  // "esto es un bot?": a question mark before any stop.
  asked: (after) => firstMark(after) === '?',
  // "an automated service, right?": a question mark further on.
  asked_later: (after) => after.includes('?'),
  // "human or bot?!", not "human or bot :)".
  either_or: (tail) => [...tail].every((char) => char === '?' || char === '!' || char === '.'),
  // "real person??", "bot?": asked with a question mark right after.
  what_answers: (tail) => tail.trimStart().startsWith('?'),
};

/** The first of . ! ? in the text, if any. */
function firstMark(text: string): string | undefined {
  for (const char of text) if (char === '.' || char === '!' || char === '?') return char;
  return undefined;
}

const isWordChar = (char: string) => isFoldedLetter(char) || isDigit(char) || char === '_';
/** What follows a text's last word or number. */
function tailOf(text: string): string {
  let at = text.length;
  while (at > 0 && !isWordChar(text[at - 1]!)) at -= 1;
  return text.slice(at);
}
/** The text without the spaces and opening marks before its first word ("¿eres un bot?"). */
function unopened(text: string): string {
  let at = 0;
  while (at < text.length && (text[at]! <= ' ' || text[at] === '¿' || text[at] === '¡')) at += 1;
  return text.slice(at);
}

/** Some hit whose check on the text after it holds. */
function checked(
  folded: string,
  tokens: readonly Token[],
  hits: readonly PhraseHit<DisclosureCue>[],
): boolean {
  if (hits.length === 0) return false;
  const { end } = locateTokens(folded, tokens);
  return hits.some((hit) => CHECKS[hit.cue]?.(folded.slice(end[hit.end - 1])) ?? true);
}

/**
 * A sentence read as a whole question after the words that open it ("wait, is this jorge or an automated thing?",
 * "be honest, bot or human?", "oye, la neta, ¿eres un robot?"); the question must open with a word.
 */
function asksWhole(sentence: string, agent: string, names: readonly string[]): boolean {
  const tokens = tokenise(sentence);
  const { at } = locateTokens(sentence, tokens);
  let from = 0;
  for (let hit = LEAD_IN.find(tokens.slice(from)); hit && from + hit.end < tokens.length;) {
    from += hit.end;
    hit = LEAD_IN.find(tokens.slice(from));
  }
  const question = tokens.slice(from);
  const start = at[from] ?? 0;
  const opensWithWord = start === 0 || sentence[start - 1]! <= ' ';
  if (agent && namesAgent(question, agent, names, opensWithWord)) return true;
  if (!opensWithWord) return false;
  const tail = tailOf(sentence);
  return WHOLE.hear(question).some((hit) => CHECKS[hit.cue]?.(tail) ?? true);
}

/**
 * "is this jorge?" (the question's opening), "is jorge the one texting me?", "¿hablo con jorge?": whether the agent is
 * the one answering. The name said as the question's last word may be a possessive ("is this jorge's number?").
 */
function namesAgent(
  question: Token[],
  agent: string,
  names: readonly string[],
  opensWithWord: boolean,
): boolean {
  return AGENT.every(question).some((hit) => {
    if (hit.cue === 'name_second') return question[hit.start + 1]?.word === agent;
    if (hit.cue === 'name_opening' && !opensWithWord) return false;
    const named = question[hit.end - 1]!.word;
    // ("am i chatting with mr. salas directly?", "¿hablo con el señor salas?": a title, then any of the agent's names)
    let at = hit.end - 1;
    while (at < question.length && TITLED.has(question[at]!.word)) at += 1;
    if (at > hit.end - 1) return names.includes(question[at]?.word ?? '');
    return named === agent || named === `${agent}s`;
  });
}
/** What may stand before a name said with respect: a title, and the Spanish article before one ("el señor"). */
const TITLED: ReadonlySet<string> = new Set([
  ...ABBREVIATED_TITLES,
  'senor',
  'senora',
  'don',
  'el',
  'mister',
]);

const PERSON: ReadonlySet<string> = new Set(ANSWERING_PERSON);
const MACHINE: ReadonlySet<string> = new Set(ANSWERING_MACHINE);
const OR: ReadonlySet<string> = new Set(PERSON_OR_MACHINE_JOINS);
const OPENERS: ReadonlySet<string> = new Set(QUESTION_OPENERS);
const HERE: ReadonlySet<string> = new Set(ANSWERING_HERE);
/**
 * A person and a machine set against each other in one question, read by its parts: a word for a person, "or", a word
 * for a machine (or the other way round), in a sentence that asks (a question mark after it, or a question's opening
 * word) about what answers here: "is a real agent typing this or an ai?", "¿me está contestando alguien de la oficina
 * o es algo automático?".
 */
function personOrMachine(folded: string, names: readonly string[]): boolean {
  // (the agent, by his name, is a person: "are these replies from jorge or from a program?")
  const person = (word: string) => PERSON.has(word) || names.includes(word);
  const asked = folded.split('?');
  return asked.some((part, index) => {
    const sentence = (sentences(part).at(-1) ?? '').replaceAll('¿', ' ');
    const words = sentence.split(' ').filter((word) => word.length > 0);
    const question = index < asked.length - 1 || words.slice(0, 3).some((word) => OPENERS.has(word));
    if (!question || !words.some((word) => HERE.has(word))) return false;
    const join = words.findIndex((word) => OR.has(word));
    if (join < 0) return false;
    const before = words.slice(0, join);
    const after = words.slice(join + 1);
    return (
      (before.some(person) && after.some((word) => MACHINE.has(word))) ||
      (before.some((word) => MACHINE.has(word)) && after.some(person))
    );
  });
}

/** The agent's name, word by word, folded, letters only ("Jorge Salas": "jorge", "salas"). */
const nameWords = (agentName: string): string[] =>
  fold(agentName)
    .split(' ')
    .map((name) => [...name].filter(isFoldedLetter).join(''));

/** DOMAIN.md section 1.6: true only for a sincere question about talking to a bot/AI/real person. */
export function isSincereBotQuestion(text: Readable, agentName?: string): boolean {
  const read = asRead(text);
  const names = agentName ? nameWords(agentName) : [];
  const first = names[0] ?? '';
  const asked =
    SINCERE.find(read) !== undefined ||
    checked(read.folded, read.tokens, CHECKED.every(read)) ||
    sentences(unopened(read.folded)).some((sentence) => asksWhole(sentence, first, names)) ||
    personOrMachine(read.folded, names) ||
    claimThenConfirmed(read.folded);
  return asked && !jokeOrSomeoneElse(read);
}

const CONFIRMING: ReadonlySet<string> = new Set(CONFIRMING_QUESTIONS);
/**
 * A sentence that says a machine answers here ("my neighbor said these texts are AI"), then a question of its own that
 * only asks to confirm it ("are they?", "¿es cierto?").
 */
function claimThenConfirmed(folded: string): boolean {
  const said = sentences(folded);
  return said.some((sentence, index) => claimConfirmed(sentence, said[index + 1]));
}

/** `claim` says a machine answers here and `question`, a question of its own, only asks to confirm it. */
export function claimConfirmed(claim: string, question: string | undefined): boolean {
  if (question === undefined || !question.trim().endsWith('?')) return false;
  const asked = tokenise(fold(question))
    .map((token) => token.word)
    .join(' ');
  const words = tokenise(fold(claim)).map((token) => token.word);
  return (
    CONFIRMING.has(asked) && words.some((word) => MACHINE.has(word)) && words.some((word) => HERE.has(word))
  );
}

/**
 * Comparisons and laughter: "you type like a robot lol" is a joke, not a sincere ask; "the seller es robot o que?"
 * asks about someone else. Whoever read a question about bots in the text (the rules or the topic model).
 */
export function jokeOrSomeoneElse(text: Readable): boolean {
  const read = asRead(text);
  // (laughter beside a question asked without its mark is no joke: "lol these replies are fast, is this chatgpt")
  const laughed =
    JOKE.find(read) !== undefined && !read.folded.includes('?') && !clauseOpensAQuestion(read.tokens);
  return laughed || LIKE_A.find(read) !== undefined;
}

const TAKEN_BACK = BOOK.only('taken_back');
/** The text takes a question back as a joke ("jk", "es broma"): said after a bot question, it was not sincere. */
export const takenBackAsAJoke = (text: Readable): boolean => TAKEN_BACK.find(asRead(text)) !== undefined;

/** A clause of the message opens with a question's word ("..., is this chatgpt"). */
const clauseOpensAQuestion = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (token, at) => (at === 0 || tokens[at - 1]!.clause !== token.clause) && OPENERS.has(token.word),
  );

/** What makes a machine word a kind of something else: "un programa de asistencia", "a program for buyers". */
const KIND_OF: ReadonlySet<string> = new Set(['de', 'del', 'para', 'for', 'of']);

/**
 * The text names what answers here ("these", "you", "typing", "esto", "usted", the agent's names), and no machine word
 * in it is a kind of something else: a question about the sprinkler system being automatic, a home value estimate
 * made by a person or "un programa de asistencia para compradores" asks nothing about who answers.
 */
export function aboutWhatAnswers(text: Readable, agentName: string): boolean {
  const { words, tokens } = asRead(text);
  const names = nameWords(agentName).filter((name) => name.length > 2);
  const here = [...ANSWERING_HERE, ...names].some((word) => words.has(word));
  const kindOf = tokens.some(
    (token, at) => MACHINE.has(token.word) && KIND_OF.has(tokens[at + 1]?.word ?? ''),
  );
  return here && !kindOf;
}

/** The honest answer: an AI assistant for the agent's team, who can connect them with the agent any time. */
export function disclosureLine(lang: Lang, agentName: string): string {
  return lang === 'es'
    ? `Soy un asistente de IA del equipo de ${agentName}, y puedo conectarte con ${agentName} en cualquier momento.`
    : `I'm an AI assistant for ${agentName}'s team, and I can connect you with ${agentName} any time.`;
}
