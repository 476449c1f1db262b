import { offerCall } from './call.js';
import { extractSellerSlots } from './extract/index.js';
import { detectIntent, saysBuying, walksBackSelling } from './intent.js';
import { coldCloseLine, warmCloseLine } from './lines.js';
import { afterAnswer, nudge, politeClose, withEarlierAnswer } from './qualify.js';
import type { QuestionSlot } from './questions.js';
import { SELLER_QUESTIONS, type JorgeState } from './state.js';
import { sellerQuestionsOf } from './variant.js';
import { canSwitch } from './switching.js';
import { sellerTemperature } from './temperature.js';
import { ask, say, switchKind, type Turn, extractContext } from './turn.js';

/** Question 0 (address) only when unknown and nothing else answered; then the first missing of questions 1 to 4. */
export function nextSellerQuestion(state: JorgeState): QuestionSlot | undefined {
  const { slots } = state;
  const anyAnswered = SELLER_QUESTIONS.some((slot) => slots[slot] !== undefined);
  if (slots.address === undefined && !anyAnswered && !state.skipped.includes('address')) return 'address';
  return sellerQuestionsOf(state.variant).find((slot) => slots[slot] === undefined);
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

/** What the seller bot asks about a sale. */
const SALE_SLOTS = ['address', 'motivation', 'timelineAccepted', 'condition', 'priceExpectation'] as const;

/**
 * Selling walked back ("we're not selling, we want to buy"), or buying said before anything of a sale is known ("wait
 * no, autocorrect lol. we want to BUY", "oh I don't own, queremos comprar"): the buyer bot's lead.
 */
function buysInstead(turn: Turn): boolean {
  const read = turn.read(turn.text);
  const intent = detectIntent(read);
  if (intent.intent !== 'buyer') return false;
  if (walksBackSelling(read)) return true;
  const nothingOfASale = SALE_SLOTS.every((slot) => turn.state.slots[slot] === undefined);
  return nothingOfASale && intent.seller === 0 && saysBuying(read);
}

/** The seller bot's step (DOMAIN.md section 3). `buyerStep` is passed in to switch without an import cycle. */
export function sellerStep(turn: Turn, buyerStep: (turn: Turn) => void): void {
  const { state } = turn;
  if (state.phase === 'qualify' && buysInstead(turn)) {
    if (canSwitch(state.switches, 'seller', 'buyer', turn.input.nowMs)) {
      switchKind(turn, 'buyer');
      buyerStep(turn);
      return;
    }
  }
  const context = extractContext(turn);
  const filled = withEarlierAnswer(state, extractSellerSlots(state, context), () =>
    extractSellerSlots(state, context),
  );
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
