import { detectEscalation, setsUpACall } from './escalation.js';
import { schedulingStep, startScheduling } from './scheduling.js';
import { requestHandoff, say, type Turn } from './turn.js';

/** Offers a call (DOMAIN.md section 4.4); `lead` is an optional sentence said before the offer. */
export function offerCall(turn: Turn, lead?: string): void {
  const { state } = turn;
  const start = startScheduling(turn.tenant, state.lang, turn.text);
  state.phase = 'scheduling';
  state.scheduling = start.scheduling;
  delete state.asking;
  state.questionTurns = 0;
  say(turn, lead ? `${lead} ${start.text}` : start.text, start.fixed);
}

/**
 * A lead answer while a call is being set up: a confirmed call or two failed picks hand off to a human; a call turned
 * down keeps the conversation on text.
 */
export function continueCall(turn: Turn, { aside = false }: { aside?: boolean } = {}): void {
  const { state } = turn;
  if (!state.scheduling) {
    offerCall(turn);
    return;
  }
  // "can Jorge give us a ring tomorrow morning?": a call asked for with its time (the hand-off check let it through as
  // an answer) is confirmed once its day and time of day are known.
  // ("can we set up a call?" goes on with the call being set up: no call asked for at once)
  const requested =
    detectEscalation(turn.read(turn.input.text), { agentName: turn.tenant.agentName, scheduling: false })
      ?.kind === 'person' && !setsUpACall(turn.read(turn.input.text));
  const result = schedulingStep(
    state.scheduling,
    // (a call asked as a question is read whole: "¿me puede llamar el agente el sábado en la mañana?")
    requested ? turn.input.text : turn.text,
    turn.tenant,
    state.lang,
    { nowMs: turn.input.nowMs, timeZone: turn.tenant.timeZone },
    { aside, requested },
  );
  state.scheduling = result.scheduling;
  // the call asked as a question is no open question left for the agent
  if (requested) delete turn.answer;
  say(turn, result.text, result.fixed);
  if (result.outcome?.type === 'confirmed') {
    turn.effects.push({ type: 'call_booked', when: result.outcome.when });
    requestHandoff(turn, `call confirmed for ${result.outcome.when}`);
  } else if (result.outcome?.type === 'fallback') {
    requestHandoff(turn, 'call not scheduled: team to reach out for a time');
  } else if (result.outcome?.type === 'declined') {
    // Every question is answered: the conversation is done (nurture runs), and no call is offered again.
    state.phase = 'done';
    state.callDeclined = true;
    delete state.scheduling;
  }
}
