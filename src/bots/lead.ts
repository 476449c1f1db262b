import { offerCall } from './call.js';
import {
  extractBuyerSlots,
  extractNeutralSlots,
  routingSellerFacts,
  statedSellerFacts,
} from './extract/index.js';
import { copyData, type JorgeState } from './state.js';
import { detectIntent, wantsToRent } from './intent.js';
import { afterAnswer, nudge, politeClose } from './qualify.js';
import { ask, say, switchKind, type Turn, extractContext } from './turn.js';
import { BOTH_WAYS, CANNOT_BUY_YET, SIGN_OFF_PHRASES } from './lexicon/intent.js';
import { coldCloseLine } from './lines.js';
import { phraseBook } from './read/phrases.js';
import { wordsOf } from './read/words.js';
import { fold } from './text.js';
import { ownPart } from './read/others.js';

const BOTH = new RegExp(`^\\s*(?:${wordsOf(BOTH_WAYS)})`);
const CANNOT_BUY = new RegExp(wordsOf(CANNOT_BUY_YET));

export interface KindSteps {
  buyer: (turn: Turn) => void;
  seller: (turn: Turn) => void;
}

/** Unclear after this many lead-bot turns: ask the timeline, then offer a call. */
const ROUTING_TURNS = 3;

/**
 * The lead bot (DOMAIN.md section 2): detects intent on every turn; a clear seller or buyer switches to that bot,
 * which then handles the same message (so nothing in it is lost and no filled slot is asked again).
 */
export function leadStep(turn: Turn, steps: KindSteps): void {
  const { state } = turn;
  state.leadTurns += 1;
  const asked = turn.openQuestion && !turn.text.includes(turn.openQuestion) ? `${turn.openQuestion} ` : '';
  const detected = detectIntent(turn.read(`${asked}${turn.text}`)).intent;
  // A lead who said it wants to rent is no buyer by its facts alone ("2 bedrooms in upland under 2500 a month"
  // after "we just need a rental"): only words of buying or selling route it.
  const byFacts = detected === 'unclear' ? intentFromFacts(turn) : detected;
  // ...nor by a room count wanted beside a question about rentals ("do you guys have any rentals? need a 2 bedroom").
  const rentingAsked = (): boolean => {
    const whole = turn.read(turn.input.text);
    return wantsToRent(whole) && detectIntent(whole).intent === 'unclear';
  };
  const renter =
    (byFacts === 'buyer' && (detected === 'unclear' || rentingAsked()) && saidToRent(turn)) ||
    (CANNOT_BUY.test(fold(turn.text)) && saidToRent(turn));
  // "both" to the buy-or-sell question: a sale, then a purchase.
  const both = detected === 'unclear' && state.asking === 'intent' && BOTH.test(fold(turn.text));
  const intent = both ? 'seller' : renter ? 'unclear' : byFacts;
  if (intent === 'seller' || intent === 'buyer') {
    if (intent === 'seller') sellerFactsSaidBefore(turn);
    switchKind(turn, intent);
    steps[intent](turn);
    return;
  }
  const filled = extractNeutralSlots(state, extractContext(turn));
  const ladder = afterAnswer(turn, filled, () => undefined);
  if (ladder === 'close') {
    politeClose(turn);
    return;
  }
  // The timeline asked after three unclear turns, or said unasked from then on ("probably within the next 6 months";
  // "just checking things out" is no time): never asked for again, the call is offered.
  const dated = filled.includes('urgency') && state.slots.urgency !== 'browsing';
  const timelineKnown = dated && state.leadTurns >= ROUTING_TURNS;
  // "alright thanks anyway" to the timeline question: a goodbye, no warm lead; the cold close keeps the info on file.
  if (state.phase === 'lead_timeline' && !dated && SIGN_OFF.find(turn.read(turn.text).tokens)) {
    state.phase = 'done';
    delete state.asking;
    say(turn, coldCloseLine(state.lang), true);
    return;
  }
  if (state.phase === 'lead_timeline' || timelineKnown) {
    state.phase = 'lead_timeline';
    state.leadWarm = true;
    offerCall(turn, state.lang === 'es' ? 'Gracias.' : 'Thanks, good to know.');
    return;
  }
  if (ladder === 'nudge') {
    nudge(turn);
    return;
  }
  if (state.leadTurns >= ROUTING_TURNS) {
    state.phase = 'lead_timeline';
    ask(turn, 'leadTimeline');
    return;
  }
  ask(turn, 'intent');
  state.misses.intent = state.leadTurns;
}

const SIGN_OFF = phraseBook(
  SIGN_OFF_PHRASES.map((words) => ({ cue: 'sign_off' as const, words, always: true, whole: true })),
);

const RENT_WORD = /rent|leas|alquil|arrend|apartment/i;

/** This message or one of the lead's earlier ones asks to rent a home (`wantsToRent`). */
function saidToRent(turn: Turn): boolean {
  if (turn.input.type !== 'lead_message') return false;
  const leadTexts = turn.input.recent.filter((message) => message.author === 'lead').map((m) => m.text);
  // Only a text with a word of every renter phrase (lexicon/intent.ts RENTER) is read: rent, lease, alquilar, apartment.
  return [turn.text, turn.input.text, ...leadTexts].some(
    (text) => RENT_WORD.test(text) && wantsToRent(turn.read(text)),
  );
}

/**
 * The seller's reason and address said while the intent was still unclear ("mi ex y yo nos divorciamos and the house
 * is in both names. what are my options?", then "sell I guess"): the seller bot keeps them instead of asking again.
 * Only a classified reason (no "other", with its destination) and an address: what the lead bot does not read for
 * itself.
 */
function sellerFactsSaidBefore(turn: Turn): void {
  if (turn.input.type !== 'lead_message') return;
  const earlier = turn.input.recent
    .filter((message) => message.author === 'lead')
    .map((message) => message.text);
  // (the transcript the hub passes ends before this message; a replay's may end with it)
  if (earlier.at(-1) === turn.input.text) earlier.pop();
  const { modelSlots: _model, ...context } = extractContext(turn);
  // (the lead's own part of each: "my sister just got divorced" is no reason of the lead's)
  for (const text of earlier.map((said) => ownPart(said))) {
    const { motivation, address, relocationDestination } = statedSellerFacts({
      ...context,
      text,
      read: turn.read(text),
    });
    if (motivation && motivation !== 'other' && !turn.state.slots.motivation) {
      turn.state.slots.motivation = motivation;
      if (relocationDestination) turn.state.slots.relocationDestination = relocationDestination;
      turn.state.reasonInPassing = true;
    }
    if (address && !turn.state.slots.address) turn.state.slots.address = address;
  }
}

const BUYER_FACTS = ['budget', 'financing', 'size', 'urgency', 'areas'] as const;

/**
 * DOMAIN.md section 1.7: clear buyer or seller facts are themselves evidence of intent. The message is read on a
 * scratch copy as a buyer and as a seller: two or more buyer facts and no seller fact (address, condition, a
 * classified motivation) make a buyer; two or more seller facts and no buyer fact other than a price or a date make
 * a seller. Anything else stays unclear.
 */
export function intentFromFacts(turn: Turn): 'buyer' | 'seller' | 'unclear' {
  // Routing never depends on the model: the scratch readings use the rules only.
  const { modelSlots: _model, ...context } = extractContext(turn);
  const scratch = (): JorgeState => ({
    ...copyData(turn.state),
    slots: {},
    defaulted: [],
    skipped: [],
  });
  const asBuyer = scratch();
  delete asBuyer.asking;
  const buyerFilled = extractBuyerSlots(asBuyer, context).filter((slot) =>
    (BUYER_FACTS as readonly string[]).includes(slot),
  );
  const strictBuyer = buyerFilled.filter((slot) => slot !== 'budget' && slot !== 'urgency');
  // One buyer fact that is neither a budget nor a time makes neither a buyer nor a seller, whatever the seller facts.
  if (strictBuyer.length >= 1 && buyerFilled.length < 2) return 'unclear';
  // The seller facts as a scratch seller reading fills them (no slot known, no question asked): the address, a
  // classified reason and the condition, read without the price and the timeline that routing does not look at.
  const sellerFilled = routingSellerFacts(context);
  if (buyerFilled.length >= 2 && strictBuyer.length >= 1 && sellerFilled.length === 0) return 'buyer';
  if (sellerFilled.length >= 2 && strictBuyer.length === 0) return 'seller';
  return 'unclear';
}
