import { buyerStep, nextBuyerQuestion } from './buyer.js';
import { continueCall, offerCall } from './call.js';
import { disclosureLine } from './disclosure.js';
import { detectEscalation } from './escalation.js';
import { extractBuyerSlots, extractSellerSlots } from './extract/index.js';
import { finalizeTurn } from './finalize.js';
import { detectLanguage, nextLanguage } from './lang.js';
import { leadStep } from './lead.js';
import { handoffLine, reengageLine, welcomeBackLine } from './lines.js';
import { classifyOptOut, optOutReply } from './optout.js';
import type { BotEffect, BotInput, BotStepResult } from './port.js';
import { reaskCurrent } from './prompt.js';
import { profileOf } from './handoff.js';
import { nextSellerQuestion, sellerStep } from './seller.js';
import type { JorgeState } from './state.js';
import { sideTopicLine, splitSideTopics, type SideTopic } from './topics.js';
import { countWords, stripJsonBlobs } from './text.js';
import { requestHandoff, say, type LeadMessageInput, type Turn } from './turn.js';

const steps = {
  buyer: (turn: Turn): void => buyerStep(turn, steps.seller),
  seller: (turn: Turn): void => sellerStep(turn, steps.buyer),
};

const TOPIC_ALERTS: Partial<Record<SideTopic, string>> = {
  fair_housing: 'fair_housing_question',
  commission: 'commission_question',
  kickback: 'referral_kickback_question',
};

/** One step of the Jorge bot: pure, the state in is never mutated. */
export function stepJorge(prev: JorgeState, input: BotInput): BotStepResult<JorgeState> {
  if (input.type === 'resume') return resume(prev, input);
  return onLeadMessage(prev, input);
}

function onLeadMessage(prev: JorgeState, input: LeadMessageInput): BotStepResult<JorgeState> {
  const state = structuredClone(prev);
  state.lang = nextLanguage(state.lang, input.text, state.turns === 0);
  const signal = classifyOptOut(input.text);
  if (state.optedOut && signal !== 'opt_in') return { state: prev, effects: [] };
  if (signal === 'opt_out' && !state.optedOut) {
    state.lang = detectLanguage(input.text) ?? state.lang;
    return optOut(state);
  }
  const turn: Turn = { state, input, tenant: input.tenant, text: '', effects: [] };
  if (signal === 'opt_in' && state.optedOut) {
    state.optedOut = false;
    state.active = state.phase !== 'handoff' && state.phase !== 'closed';
    turn.effects.push({ type: 'opt_in' });
    turn.prefix = welcomeBackLine(state.lang);
    if (state.active) reaskCurrent(turn);
    return finalizeTurn(prev, turn);
  }
  if (!state.active) return { state: prev, effects: [] };
  state.turns += 1;
  if (state.nurtureArmed) {
    turn.effects.push({ type: 'cancel_followups' });
    state.nurtureArmed = false;
  }
  const escalation = detectEscalation(stripJsonBlobs(input.text), {
    agentName: input.tenant.agentName,
    scheduling: state.phase === 'scheduling',
  });
  if (escalation) {
    const legal = escalation.kind === 'legal';
    requestHandoff(
      turn,
      legal ? `legal or distress matter: ${escalation.detail}` : 'lead asked for a person',
      legal,
    );
    say(turn, handoffLine(state.lang, input.tenant.agentName, legal), true);
    return finalizeTurn(prev, turn);
  }
  handleMessage(turn);
  return finalizeTurn(prev, turn);
}

/** Side topics first (each answered with a fixed line), then the bot step on what is left of the message. */
function handleMessage(turn: Turn): void {
  const split = splitSideTopics(turn.input.text);
  for (const { topic, sentence } of split.flagged) {
    const rule = TOPIC_ALERTS[topic];
    if (rule) turn.effects.push({ type: 'compliance_alert', rule, detail: sentence.slice(0, 200) });
  }
  turn.text = split.text;
  const topic = split.topic;
  if (topic) {
    const agent = turn.tenant.agentName;
    turn.prefix =
      topic === 'disclosure'
        ? disclosureLine(turn.state.lang, agent)
        : sideTopicLine(topic, turn.state.lang, agent);
    if (countWords(turn.text) === 0) {
      reaskCurrent(turn);
      return;
    }
  }
  runBotStep(turn);
}

function runBotStep(turn: Turn): void {
  const { state } = turn;
  if (state.phase === 'scheduling') {
    continueCall(turn);
    return;
  }
  if (state.phase === 'done') {
    const context = { text: turn.text, nowMs: turn.input.nowMs, knownAreas: turn.tenant.knownAreas };
    if (state.kind === 'seller') extractSellerSlots(state, context);
    if (state.kind === 'buyer') extractBuyerSlots(state, context);
    offerCall(turn, reengageLine(state.lang));
    return;
  }
  if (state.kind === 'lead') leadStep(turn, steps);
  else steps[state.kind](turn);
}

/** DOMAIN.md section 1.3: the fixed reply (never rephrased, never held for review), opt out, cancel, bot off. */
function optOut(state: JorgeState): BotStepResult<JorgeState> {
  state.optedOut = true;
  state.active = false;
  state.nurtureArmed = false;
  const effects: BotEffect[] = [
    { type: 'reply', text: optOutReply(state.lang), rephrase: false, lang: state.lang },
    { type: 'opt_out' },
    { type: 'cancel_followups' },
    { type: 'bot_off', reason: 'opted_out' },
    { type: 'update_profile', profile: profileOf(state), temperature: state.temperature },
  ];
  return { state, effects };
}

/** Released back to the bot (or re-enabled by an agent): the bot resumes at its current state, silently. */
function resume(prev: JorgeState, input: Extract<BotInput, { type: 'resume' }>): BotStepResult<JorgeState> {
  const state = structuredClone(prev);
  const effects: BotEffect[] = [];
  if (state.optedOut) {
    state.optedOut = false;
    effects.push({ type: 'opt_in' });
  }
  state.active = true;
  state.lowStreak = 0;
  if (state.phase === 'handoff' || state.phase === 'closed' || state.phase === 'scheduling') {
    delete state.handoffReason;
    delete state.scheduling;
    const pending =
      state.kind === 'seller'
        ? nextSellerQuestion(state)
        : state.kind === 'buyer'
          ? nextBuyerQuestion(state)
          : 'intent';
    state.phase = pending ? 'qualify' : 'done';
  }
  const turn: Turn = {
    state,
    input: {
      type: 'lead_message',
      text: '',
      seq: 0,
      nowMs: input.nowMs,
      tenant: input.tenant,
      context: input.context,
      recent: [],
    },
    tenant: input.tenant,
    text: '',
    effects,
  };
  return finalizeTurn(prev, turn);
}
