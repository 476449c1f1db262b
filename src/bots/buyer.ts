import { offerCall } from './call.js';
import { approvalPending, extractFinancing } from './extract/financing.js';
import { extractBuyerSlots } from './extract/index.js';
import { detectIntent, strongSellerCue } from './intent.js';
import { homesAnswerLine, homesOfferLine, homesToOffer, leadWants, readHomesAnswer } from './homes.js';
import { buyerWarmCloseLine, coldCloseLine } from './lines.js';
import { afterAnswer, nudge, politeClose, withEarlierAnswer } from './qualify.js';
import type { QuestionSlot } from './questions.js';
import { type JorgeState, type SlotName } from './state.js';
import { buyerQuestionsOf } from './variant.js';
import { canSwitch } from './switching.js';
import { buyerTemperature, isAnswered } from './temperature.js';
import { ask, say, switchKind, type Turn, extractContext } from './turn.js';

/** First missing buyer slot, in order; slots skipped by the loop guard stay unknown and are not asked again. */
export function nextBuyerQuestion(state: JorgeState): QuestionSlot | undefined {
  return buyerQuestionsOf(state.variant).find(
    (slot) => !isAnswered(state, slot) && !state.skipped.includes(slot),
  );
}

/** Loop guard: three unanswered asks in total move to scheduling. */
const MAX_TOTAL_MISSES = 3;

/** The buyer bot's step (DOMAIN.md section 4). `sellerStep` is passed in to switch without an import cycle. */
export function buyerStep(turn: Turn, sellerStep: (turn: Turn) => void): void {
  const { state } = turn;
  // A sale that pays for this purchase ("all cash, selling my other property") keeps the buyer a buyer.
  if (
    state.phase === 'qualify' &&
    detectIntent(turn.read(turn.text)).intent === 'seller' &&
    strongSellerCue(turn.read(turn.text)) &&
    extractFinancing(turn.text, { asked: false }) !== 'cash'
  ) {
    if (canSwitch(state.switches, 'buyer', 'seller', turn.input.nowMs)) {
      // What the message says of the purchase is kept for it ("after we sell ours, prob in 5 months").
      extractBuyerSlots(state, extractContext(turn));
      switchKind(turn, 'seller');
      sellerStep(turn);
      return;
    }
  }
  const context = extractContext(turn);
  const filled = withEarlierAnswer(state, extractBuyerSlots(state, context), () =>
    extractBuyerSlots(state, context),
  );
  // "the pre-approval is still pending": the lender question is answered for now, not asked again at once.
  const pending = state.asking === 'financing' && !filled.includes('financing') && approvalPending(turn.text);
  if (pending && !state.skipped.includes('financing')) state.skipped.push('financing');
  const ladder = afterAnswer(turn, pending ? [...filled, 'financing'] : filled, (slot) => {
    if ((buyerQuestionsOf(state.variant) as readonly string[]).includes(slot))
      state.skipped.push(slot as SlotName);
  });
  if (ladder === 'close') {
    politeClose(turn);
    return;
  }
  const next = nextBuyerQuestion(state);
  if (next && state.totalMisses >= MAX_TOTAL_MISSES) {
    offerCall(turn);
    return;
  }
  if (next && ladder === 'nudge') {
    nudge(turn);
    return;
  }
  // A hot buyer who must move within the month is offered the call before the questions left; one with months
  // ahead is asked them first (DOMAIN.md 4.1's order).
  if (next && buyerTemperature(state) === 'hot' && state.slots.urgency === 'immediate') {
    finishBuyer(turn);
    return;
  }
  if (next) {
    ask(turn, next);
    return;
  }
  finishBuyer(turn);
}

/** The close's opening thanks (said already with the homes offer). */
const THANKS_OPENER = /^(Thanks, that gives me a clear picture\.|Gracias, eso me da una idea clara\.) /;

/**
 * Every buyer question is answered (or skipped): the homes that match are offered once when the catalogue has any
 * (src/bots/homes.ts), and the lead's answer to that offer is read first; then a hot buyer is offered a call, a warm
 * or cold one gets the close.
 */
function finishBuyer(turn: Turn): void {
  const { state } = turn;
  const offer = homesToOffer(state, turn.input.context);
  if (offer.length > 0) {
    state.homes = { matches: offer, status: 'offered' };
    delete state.asking;
    const thanks =
      state.lang === 'es' ? 'Gracias, eso me da una idea clara.' : 'Thanks, that gives me a clear picture.';
    say(turn, `${thanks} ${homesOfferLine(state.lang, offer.length)}`, true);
    return;
  }
  let lead: string | undefined;
  if (state.homes?.status === 'offered') {
    const answer = readHomesAnswer(turn.text);
    const wants = leadWants(state);
    if (answer === 'yes' && wants) {
      state.homes.status = 'sent';
      turn.effects.push({ type: 'send_homes', matches: state.homes.matches, wants, lang: state.lang });
      lead = homesAnswerLine(state.lang, true, state.homes.matches.length);
    } else if (answer === 'no') {
      state.homes.status = 'declined';
      lead = homesAnswerLine(state.lang, false, 0);
    } else state.homes.status = 'lapsed';
  }
  const temperature = buyerTemperature(state);
  if (temperature === 'hot') {
    offerCall(
      turn,
      lead ??
        (state.lang === 'es'
          ? 'Gracias, eso me da una idea clara.'
          : 'Thanks, that gives me a clear picture.'),
    );
    return;
  }
  state.phase = 'done';
  delete state.asking;
  const close =
    temperature === 'warm'
      ? buyerWarmCloseLine(state.lang, turn.tenant.agentName, state.homes?.status === 'sent')
      : coldCloseLine(state.lang);
  // After the offer the thanks was said already: the close goes on from its second sentence.
  say(turn, lead ? `${lead} ${close.replace(THANKS_OPENER, '')}` : close, true);
}
