import type { AuthorType } from '../protocol/common.js';
import type { BotEffect, HandoffPacket } from './port.js';
import { BUYER_QUESTIONS, SELLER_QUESTIONS, copyData, type JorgeState, type SlotName } from './state.js';
import { isAnswered, offerTypeOf, temperatureOf } from './temperature.js';
import type { Financing } from './extract/financing.js';
import type { Urgency } from './extract/timeline.js';
import { formatMoney } from './text.js';

const FINANCING_WORDS: Record<Exclude<Financing, 'unknown'>, string> = {
  pre_approved: 'pre-approved',
  cash: 'paying cash',
  needs_lender: 'needs a lender',
};
const URGENCY_WORDS: Record<Urgency, string> = {
  immediate: 'within a month',
  three_months: 'within 3 months',
  six_months: 'within 6 months',
  browsing: 'just browsing',
};

const LAST_MESSAGES = 10;

/** The slots the current bot qualifies on: answered ones are filled, the rest (defaults, skips) missing. */
export function slotLists(state: JorgeState): { filled: SlotName[]; missing: string[] } {
  const all = Object.keys(state.slots) as SlotName[];
  const answered = all.filter((slot) => isAnswered(state, slot));
  if (state.kind === 'lead') return { filled: answered, missing: ['intent'] };
  const questions: readonly SlotName[] =
    state.kind === 'seller' ? ['address', ...SELLER_QUESTIONS] : BUYER_QUESTIONS;
  return { filled: answered, missing: questions.filter((slot) => !isAnswered(state, slot)) };
}

/** The lead profile as stored and shown to staff: language, bot kind, every slot (flat), offer type, review flag. */
export function profileOf(state: JorgeState): Record<string, unknown> {
  return copyData(profileFields(state));
}

/**
 * `profileOf` without its copy: the state's own values, only to be compared (JSON), never kept or changed (a step
 * compares the profile before and after, and copied both for it).
 */
function profileFields(state: JorgeState): Record<string, unknown> {
  const offerType = state.kind === 'seller' ? offerTypeOf(state.slots) : undefined;
  return {
    lang: state.lang,
    botKind: state.kind,
    ...state.slots,
    ...(offerType ? { offerType } : {}),
    ...(state.review ? { reviewRequired: true } : {}),
    ...(state.optedOut ? { optedOut: true } : {}),
    ...(state.openQuestions?.length ? { openQuestions: state.openQuestions } : {}),
    ...(state.sources && Object.keys(state.sources).length > 0 ? { sources: state.sources } : {}),
  };
}

/** Sets the state's temperature and the seller's offer type from its slots. */
export function settleTemperature(state: JorgeState): void {
  state.temperature = temperatureOf(state);
  const offerType = state.kind === 'seller' ? offerTypeOf(state.slots) : undefined;
  if (offerType) state.offerType = offerType;
  else delete state.offerType;
}

/**
 * The temperature and the offer type settled, and the profile update when the profile, the temperature or the offer
 * type changed since `prev` (a bot turn's end and a turn staff own share it).
 */
export function profileUpdate(prev: JorgeState, state: JorgeState): BotEffect | undefined {
  settleTemperature(state);
  if (
    prev.temperature === state.temperature &&
    prev.offerType === state.offerType &&
    JSON.stringify(profileFields(state)) === JSON.stringify(profileFields(prev))
  )
    return undefined;
  return {
    type: 'update_profile',
    profile: profileOf(state),
    temperature: state.temperature,
    ...(state.offerType ? { offerType: state.offerType } : {}),
  };
}

function describe(state: JorgeState): string {
  const { slots } = state;
  const facts: string[] = [];
  if (slots.address) facts.push(`property at ${slots.address}`);
  if (slots.motivation && slots.motivation !== 'unknown') {
    facts.push(
      `motivation ${slots.motivation}${slots.relocationDestination ? ` (to ${slots.relocationDestination})` : ''}`,
    );
  }
  if (slots.timelineAccepted !== undefined && !state.defaulted.includes('timelineAccepted')) {
    const said =
      slots.timelineUrgency && slots.timelineUrgency !== 'unknown' ? slots.timelineUrgency : undefined;
    facts.push(
      slots.timelineAccepted
        ? said === undefined || said === '30-45 days'
          ? '30-45 day sale works'
          : `a sale on their timeline works (${said})`
        : `30-45 day sale does not work (${said ?? 'no detail'})`,
    );
  }
  if (slots.condition && slots.condition !== 'unknown')
    facts.push(`condition ${slots.condition.replace(/_/g, ' ')}`);
  if (typeof slots.priceExpectation === 'number')
    facts.push(`hoping for ${formatMoney(slots.priceExpectation)}`);
  if (slots.budget) {
    const { min, max } = slots.budget;
    facts.push(`budget ${min ? formatMoney(min) : 'open'} to ${max ? formatMoney(max) : 'open'}`);
  }
  if (slots.financing && slots.financing !== 'unknown') facts.push(FINANCING_WORDS[slots.financing]);
  if (slots.size?.bedrooms) facts.push(`${slots.size.bedrooms} bedrooms`);
  // The lead's own words ("within 2 months") when there are any; the bucket is only a fallback.
  if (slots.timeline) facts.push(`timeline "${slots.timeline}"`);
  else if (slots.urgency) facts.push(`timeline ${URGENCY_WORDS[slots.urgency]}`);
  if (slots.areas?.length) facts.push(`areas ${slots.areas.join(', ')}`);
  else if (slots.areasOpen) facts.push('any area');
  if (slots.mustHaves?.length) facts.push(`must have ${slots.mustHaves.join(', ').replace(/_/g, ' ')}`);
  return facts.length > 0 ? `Known: ${facts.join('; ')}.` : 'Nothing qualified yet.';
}

/** A 2 to 3 sentence summary for the agent picking the lead up. */
export function summaryOf(state: JorgeState, market: string, reason: string): string {
  const kind =
    state.kind === 'lead' ? 'Unqualified lead' : state.kind === 'seller' ? 'Seller lead' : 'Buyer lead';
  const offer = state.kind === 'seller' ? offerTypeOf(state.slots) : undefined;
  const language = state.lang === 'es' ? ', writing in Spanish' : '';
  const first = `${kind} in ${market}${language}, ${temperatureOf(state)}${offer ? `, ${offer} path` : ''}.`;
  const open = state.openQuestions?.length
    ? ` Open question${state.openQuestions.length > 1 ? 's' : ''} for the agent: ${state.openQuestions.map((q) => `"${q}"`).join(' ')}`
    : '';
  return `${first} ${describe(state)} Handed off: ${reason}.${open}`;
}

export function buildPacket(
  state: JorgeState,
  options: {
    reason: string;
    market: string;
    recent: { author: AuthorType; text: string }[];
    current: string;
  },
): HandoffPacket {
  const { filled, missing } = slotLists(state);
  const lastMessages = [...options.recent];
  const last = lastMessages.at(-1);
  if (!last || last.author !== 'lead' || last.text !== options.current) {
    lastMessages.push({ author: 'lead', text: options.current });
  }
  const offerType = state.kind === 'seller' ? offerTypeOf(state.slots) : undefined;
  return {
    reason: options.reason,
    botKind: state.kind,
    temperature: temperatureOf(state),
    ...(offerType ? { offerType } : {}),
    slotsFilled: Object.fromEntries(filled.map((slot) => [slot, copyData(state.slots[slot])])),
    slotsMissing: missing,
    summary: summaryOf(state, options.market, options.reason),
    lastMessages: lastMessages.slice(-LAST_MESSAGES),
    profile: profileOf(state),
    // The homes offered to the lead are the packet's matches (one source for the lead and the console).
    ...(state.homes ? { matches: copyData(state.homes.matches) } : {}),
  };
}
