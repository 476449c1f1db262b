import { planFollowUps } from './nurture.js';
import { budgetTop } from './extract/price.js';
import { formatMoney } from './text.js';
import { checkOutbound, safeLine } from './guard.js';
import { contactAskEffects } from './contact-ask.js';
import { buildPacket, profileUpdate, settleTemperature } from './handoff.js';
import type { BotEffect, BotStepResult } from './port.js';
import { currentQuestionText } from './prompt.js';
import { priceSaidBudgetQuestion } from './questions.js';
import type { JorgeState, Phase } from './state.js';
import { applyTone } from './tone.js';
import { questionFor, type Turn } from './turn.js';

const NURTURE_PHASES: Phase[] = ['qualify', 'lead_timeline', 'scheduling', 'done'];

/** The highest property price or budget seen (the high-value review gate compares it with the threshold). */
function valueAtStake(state: JorgeState): number {
  const price = typeof state.slots.priceExpectation === 'number' ? state.slots.priceExpectation : 0;
  return Math.max(price, budgetTop(state.slots.budget), state.listingPrice ?? 0);
}

/**
 * The bot's reply after the answer to the lead's question: the listing's budget question does not say the price
 * again when the answer just said it ("It's listed at $650,000. Is that in your range?").
 */
function replyAfterAnswer(turn: Turn): string | undefined {
  const { state, tenant, answer, reply } = turn;
  if (!reply || !answer || state.asking !== 'budget' || state.listingPrice === undefined) return reply?.text;
  const withPrice = questionFor(state, tenant, 'budget', 0);
  if (!reply.text.endsWith(withPrice) || !answer.includes(formatMoney(state.listingPrice))) return reply.text;
  return `${reply.text.slice(0, -withPrice.length)}${priceSaidBudgetQuestion(state.lang)}`;
}

/** The turn asks the question the lead already has (or that waits for approval), with nothing new learned. */
function asksTheSameAgain(prev: JorgeState, state: JorgeState): boolean {
  return (
    state.asking === prev.asking &&
    state.phase === prev.phase &&
    state.scheduling?.stage === prev.scheduling?.stage &&
    JSON.stringify(state.slots) === JSON.stringify(prev.slots)
  );
}

/**
 * Ends a turn: temperature and offer type, the review gate, the outbound guard on the reply (a blocked reply is
 * replaced by a safe line that re-asks the current question, plus compliance alerts), the hand-off packet, the
 * profile update and the nurture sequence.
 */
export function finalizeTurn(prev: JorgeState, turn: Turn): BotStepResult<JorgeState> {
  const { state, tenant } = turn;
  const effects: BotEffect[] = [...turn.effects];
  if (!state.review && valueAtStake(state) > tenant.highValueThreshold) state.review = true;
  settleTemperature(state);

  applyTone(prev, turn);
  const parts = [greetingOf(turn), turn.prefix, turn.answer, replyAfterAnswer(turn)].filter(
    (part): part is string => Boolean(part),
  );
  state.askHeld = false;
  if (parts.length > 0) {
    let text = parts.join(' ');
    let rephrase = turn.reply && !turn.answer ? !turn.reply.fixed : false;
    let guarded = false;
    const verdict = checkOutbound(text, { lang: state.lang });
    if (!verdict.ok) {
      for (const violation of verdict.violations) {
        effects.push({ type: 'compliance_alert', rule: violation.rule, detail: violation.detail });
      }
      const question = currentQuestionText(state, tenant);
      const reask = safeLine({
        lang: state.lang,
        agentName: tenant.agentName,
        ...(question ? { question } : {}),
      });
      text = checkOutbound(reask, { lang: state.lang }).ok
        ? reask
        : safeLine({ lang: state.lang, agentName: tenant.agentName });
      rephrase = false;
      guarded = true;
    }
    const reply = (replyText: string, canRephrase: boolean): BotEffect => ({
      type: 'reply',
      text: replyText,
      rephrase: canRephrase,
      lang: state.lang,
      ...(state.asking ? { slot: state.asking } : {}),
    });
    if (!state.review) {
      effects.push(reply(text, rephrase));
    } else if (turn.handoff && !guarded) {
      // The hand-off notice is never held: a high-value lead is never left in silence (DOMAIN.md section 5).
      effects.push(reply(text, false));
    } else if (turn.prefix && turn.prefixKind === 'disclosure' && !guarded) {
      // The disclosure goes out at once; the qualifying part waits for approval, unless it only asks the current
      // question again (that question is already with the lead, or already waiting for approval).
      effects.push(reply(turn.prefix, false));
      // ...or that asks it again after a remark that answered nothing ("soon come... are you a real person?").
      const same = turn.reasked || asksTheSameAgain(prev, state);
      const next = same ? undefined : turn.reply?.text;
      const rest = [turn.answer, next].filter((part): part is string => Boolean(part)).join(' ');
      if (rest) {
        effects.push({ type: 'hold_for_review', text: rest, lang: state.lang, reason: 'high_value' });
        state.askHeld = Boolean(state.asking);
      } else if (same) state.askHeld = prev.askHeld ?? false;
    } else {
      effects.push({ type: 'hold_for_review', text, lang: state.lang, reason: 'high_value' });
      state.askHeld = Boolean(state.asking);
    }
  }
  effects.push(...contactAskEffects(turn));
  if (turn.handoff) {
    const packet = buildPacket(state, {
      reason: turn.handoff.reason,
      market: tenant.market,
      recent: turn.input.recent,
      current: turn.input.text,
    });
    effects.push({ type: 'handoff', packet });
  }
  if (turn.botOff) effects.push({ type: 'bot_off', reason: turn.botOff });
  const profile = profileUpdate(prev, state);
  if (profile) effects.push(profile);
  if (
    state.active &&
    !state.optedOut &&
    NURTURE_PHASES.includes(state.phase) &&
    state.temperature !== 'hot'
  ) {
    const followUps = planFollowUps({
      lastLeadMessageMs: turn.input.nowMs,
      temperature: state.temperature,
      timeZone: tenant.timeZone,
      lang: state.lang,
      agentName: tenant.agentName,
      market: tenant.market,
      ...(tenant.quietHours ? { quietHours: tenant.quietHours } : {}),
    });
    effects.push({
      type: 'schedule_followups',
      steps: followUps,
      temperature: state.temperature,
      lang: state.lang,
    });
    state.nurtureArmed = true;
  }
  return { state, effects };
}

/**
 * The experiment arm's greeting (src/bots/variant.ts), once, before the bot's first reply that asks or says
 * something of its own; never on a hand-off. It goes through the same outbound guard as the rest of the reply.
 */
function greetingOf(turn: Turn): string | undefined {
  const { state } = turn;
  const greeting = state.variant?.greeting;
  if (!greeting || state.greeted || turn.handoff || !turn.reply) return undefined;
  state.greeted = true;
  return greeting[state.lang];
}
