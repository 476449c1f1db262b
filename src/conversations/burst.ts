import { READ_LIMIT } from '../bots/text.js';
import type { Bot, BotEffect, BotInput, BotStepResult } from '../bots/port.js';
import type { MessageRecord } from '../store/types.js';

type LeadInput = Extract<BotInput, { type: 'lead_message' }>;

/** Effects a burst keeps only once: the last step's wins. */
const LAST_ONLY = new Set<BotEffect['type']>(['schedule_followups', 'update_profile']);
const SPOKEN = new Set<BotEffect['type']>(['reply', 'hold_for_review']);

/**
 * The bot reads a burst (DOMAIN.md "Bursts"): every lead message not processed yet, in seq order, then replies
 * once against the resulting state. The bot port takes one text per step, so the burst is joined into one text
 * (one line per message: extraction and intent read all of it, in the light of the question the bot last
 * asked). A message the bot reads alone (`Bot.readsAlone`: an opt-out or opt-in) is its own step, so "STOP"
 * inside a burst is honoured in its place, and only the last step that spoke is said. A step reads at most READ_LIMIT
 * characters, so a burst longer than that is read in several steps. Each step first waits for `stepTurn` (a turn
 * of the event loop of its own, loop-turns.ts), so many conversations' turns due at once, or one long burst, leave
 * the loop free for acks and tokens between steps instead of running back to back.
 */
export async function stepBurst(
  bot: Bot,
  state: unknown,
  messages: readonly MessageRecord[],
  input: Omit<LeadInput, 'text' | 'seq'>,
  stepTurn: () => Promise<void>,
): Promise<BotStepResult> {
  const segments: { signal: boolean; messages: MessageRecord[]; length: number }[] = [];
  for (const message of messages) {
    const signal = bot.readsAlone(message.text);
    const last = segments.at(-1);
    const joined = last ? last.length + 1 + message.text.length : Infinity;
    if (signal || !last || last.signal || joined > READ_LIMIT)
      segments.push({ signal, messages: [message], length: message.text.length });
    else {
      last.messages.push(message);
      last.length = joined;
    }
  }
  let current = state;
  const steps: BotEffect[][] = [];
  for (const segment of segments) {
    await stepTurn();
    const result = bot.step(current, {
      ...input,
      text: segment.messages.map((message) => message.text).join('\n'),
      seq: segment.messages.at(-1)!.seq,
    });
    current = result.state;
    steps.push(result.effects);
  }
  const speaking = steps.findLastIndex((effects) => effects.some((effect) => SPOKEN.has(effect.type)));
  const effects: BotEffect[] = [];
  steps.forEach((stepEffects, index) => {
    for (const effect of stepEffects) {
      if (SPOKEN.has(effect.type) && index !== speaking) continue;
      if (LAST_ONLY.has(effect.type)) {
        const later = steps.slice(index + 1).some((next) => next.some((e) => e.type === effect.type));
        if (later) continue;
      }
      effects.push(effect);
    }
  });
  return { state: current, effects };
}
