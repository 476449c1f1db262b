import { offerCall } from './call.js';
import { extractSellerSlots, fill } from './extract/index.js';
import { tokensOf } from './extract/motivation.js';
import { detectIntent, walksBackSelling } from './intent.js';
import {
  AFTER_A_NO,
  DURATION_UNITS,
  LIKELY_NO,
  LIMIT_AFTER,
  LIMIT_BEFORE,
  QUESTION_WORDS,
} from './lexicon/seller.js';
import { coldCloseLine, warmCloseLine } from './lines.js';
import { afterAnswer, nudge, politeClose } from './qualify.js';
import type { QuestionSlot } from './questions.js';
import { numberWordsToDigits } from './read/numbers.js';
import { SELLER_QUESTIONS, type JorgeState, type SlotName } from './state.js';
import { canSwitch } from './switching.js';
import { sellerTemperature } from './temperature.js';
import { fold } from './text.js';
import { ask, say, switchKind, type Turn, extractContext } from './turn.js';

/** Question 0 (address) only when unknown and nothing else answered; then the first missing of questions 1 to 4. */
export function nextSellerQuestion(state: JorgeState): QuestionSlot | undefined {
  const { slots } = state;
  const anyAnswered = SELLER_QUESTIONS.some((slot) => slots[slot] !== undefined);
  if (slots.address === undefined && !anyAnswered && !state.skipped.includes('address')) return 'address';
  return SELLER_QUESTIONS.find((slot) => slots[slot] === undefined);
}

/** Stall default: asked twice without an answer, record a default and move on. */
function stallDefault(state: JorgeState, slot: QuestionSlot): void {
  const defaults: Partial<Record<QuestionSlot, () => void>> = {
    address: () => state.skipped.push('address'),
    motivation: () => {
      state.slots.motivation = 'unknown';
      state.defaulted.push('motivation');
    },
    timelineAccepted: () => {
      state.slots.timelineAccepted = false;
      state.slots.timelineUrgency ??= 'unknown';
      state.defaulted.push('timelineAccepted');
    },
    condition: () => {
      state.slots.condition = 'unknown';
      state.defaulted.push('condition');
    },
    priceExpectation: () => {
      state.slots.priceExpectation = 'unknown';
      state.defaulted.push('priceExpectation');
    },
  };
  defaults[slot]?.();
}

const UNIT_DAYS = new Map(DURATION_UNITS);
const AFTER_NO = new Set(AFTER_A_NO);
const ASKS = new Set(QUESTION_WORDS);
const split = (phrases: readonly string[]): string[][] => phrases.map((phrase) => phrase.split(' '));
const BEFORE_LIMIT = split(LIMIT_BEFORE);
const AFTER_LIMIT = split(LIMIT_AFTER);
const NO_ANSWER = split(LIKELY_NO);
const MARK = /^[.,;:!?¿¡]$/;

type TimelineAnswer = { accepted: boolean; urgency: string } | 'asked back';

/** The phrase (as words) that starts at `index`, if one of `phrases` does. */
function phraseAt(words: string[], index: number, phrases: string[][]): string[] | undefined {
  return phrases.find((phrase) => phrase.every((word, offset) => words[index + offset] === word));
}

/** Each word's sentence is a question: it ends in "?" (or opens with "¿") and starts with a question word. */
function questionSentences(words: string[]): boolean[] {
  const out: boolean[] = [];
  let start = 0;
  for (let index = 0; index <= words.length; index += 1) {
    if (index < words.length && !/^[.!?]$/.test(words[index]!)) continue;
    const sentence = words.slice(start, index + 1).filter((word) => word !== '¿' && word !== '¡');
    const asks = (words[index] === '?' || words[start] === '¿') && ASKS.has(sentence[0] ?? '');
    for (let at = start; at <= index && at < words.length; at += 1) out.push(asks);
    start = index + 1;
  }
  return out;
}

/**
 * The answer to the 30-45 day question, read by clause over the seller lexicon where it is plain: a yes with an
 * upper bound ("sí, pero no más de 45 días", "60 days tops") is a yes; a likely no that ends its clause ("so
 * probably not", "no creo, primero...", "i doubt it"; not "probably not a problem") is a no; the question asked
 * back ("¿por qué no más de 45 días?") answers nothing. Anything else is left to the timeline reader.
 */
export function readTimelineAnswer(text: string): TimelineAnswer | undefined {
  const words = tokensOf(numberWordsToDigits(fold(text), { spanish: true })).map((token) => token.word);
  const asking = questionSentences(words);
  if (words.length > 0 && asking.every(Boolean)) return 'asked back';
  for (let index = 0; index < words.length; index += 1) {
    if (asking[index]) continue;
    const before = phraseAt(words, index, BEFORE_LIMIT);
    const at = before ? index + before.length : index;
    const count = Number(words[at]);
    const unit = UNIT_DAYS.get(words[at + 1] ?? '');
    if (unit !== undefined && count > 0 && (before || phraseAt(words, at + 2, AFTER_LIMIT))) {
      const days = count * unit;
      if (days > 125) continue;
      return {
        accepted: true,
        urgency: days >= 28 && days <= 46 ? '30-45 days' : `${count} ${words[at + 1]}`,
      };
    }
    const no = phraseAt(words, index, NO_ANSWER);
    const next = no ? words[index + no.length] : undefined;
    if (no && (next === undefined || MARK.test(next) || AFTER_NO.has(next))) {
      return { accepted: false, urgency: no.join(' ') };
    }
  }
  return undefined;
}

/**
 * The seller's own question read first: what `readTimelineAnswer` decides fills the slot before the other readers
 * (which never overwrite it); a question asked back takes back a timeline they read from it.
 */
function readAnswerFirst(state: JorgeState, text: string): { filled: SlotName[]; askedBack: boolean } {
  const filled: SlotName[] = [];
  if (state.slots.motivation === undefined || state.asking !== 'timelineAccepted')
    return { filled, askedBack: false };
  const answer = readTimelineAnswer(text);
  if (answer === undefined || answer === 'asked back') return { filled, askedBack: answer !== undefined };
  fill(state, 'timelineAccepted', answer.accepted, filled);
  fill(state, 'timelineUrgency', answer.urgency, filled);
  return { filled, askedBack: false };
}

/** The timeline slots that held a value before the step. */
function pick(slots: JorgeState['slots']): Partial<JorgeState['slots']> {
  const out: Partial<JorgeState['slots']> = {};
  if (slots.timelineAccepted !== undefined) out.timelineAccepted = slots.timelineAccepted;
  if (slots.timelineUrgency !== undefined) out.timelineUrgency = slots.timelineUrgency;
  return out;
}

/** The seller bot's step (DOMAIN.md section 3). `buyerStep` is passed in to switch without an import cycle. */
export function sellerStep(turn: Turn, buyerStep: (turn: Turn) => void): void {
  const { state } = turn;
  if (
    state.phase === 'qualify' &&
    walksBackSelling(turn.text) &&
    detectIntent(turn.text).intent === 'buyer'
  ) {
    if (canSwitch(state.switches, 'seller', 'buyer', turn.input.nowMs)) {
      switchKind(turn, 'buyer');
      buyerStep(turn);
      return;
    }
  }
  const first = readAnswerFirst(state, turn.text);
  const kept = pick(state.slots);
  const defaulted = [...state.defaulted];
  let filled = [...first.filled, ...extractSellerSlots(state, extractContext(turn))];
  if (first.askedBack && filled.includes('timelineAccepted')) {
    // "¿por qué no más de 45 días?": the question asked back is no answer; what was there before stays.
    delete state.slots.timelineAccepted;
    delete state.slots.timelineUrgency;
    Object.assign(state.slots, kept);
    state.defaulted = defaulted;
    filled = filled.filter((slot) => slot !== 'timelineAccepted' && slot !== 'timelineUrgency');
  }
  const ladder = afterAnswer(turn, filled, (slot) => stallDefault(state, slot));
  if (ladder === 'close') {
    politeClose(turn);
    return;
  }
  const next = nextSellerQuestion(state);
  if (next && ladder === 'nudge') {
    nudge(turn);
    return;
  }
  if (next) {
    ask(turn, next);
    return;
  }
  finishSeller(turn);
}

/** All four questions answered (or defaulted): hot offers a call, warm and cold get their closing lines. */
function finishSeller(turn: Turn): void {
  const { state } = turn;
  const temperature = sellerTemperature(state);
  if (temperature === 'hot') {
    offerCall(turn, state.lang === 'es' ? 'Gracias, eso ayuda mucho.' : 'Thanks, that really helps.');
    return;
  }
  state.phase = 'done';
  delete state.asking;
  say(turn, temperature === 'warm' ? warmCloseLine(state.lang) : coldCloseLine(state.lang), true);
}
