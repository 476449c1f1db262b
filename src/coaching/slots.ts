import { questionText, QuestionSlot } from '../bots/questions.js';
import type { Lang } from '../bots/text.js';
import type { CoachingContext } from './types.js';

/** How each of the bots' slots (DOMAIN.md sections 2 to 4) is named to an agent. */
const SLOT_LABELS: Record<string, string> = {
  intent: 'buying or selling',
  budget: 'price range',
  financing: 'financing',
  size: 'bedrooms',
  timeline: 'move-in timeline',
  urgency: 'move-in timeline',
  areas: 'neighborhoods',
  address: 'property address',
  motivation: 'reason for selling',
  timelineAccepted: 'selling timeline',
  condition: 'home condition',
  priceExpectation: 'price expectation',
};

/** The bot question that fills a slot, for the slots whose view name differs from the question's. */
const QUESTION_OF_SLOT: Record<string, QuestionSlot> = { timeline: 'urgency' };

export function slotLabel(slot: string): string {
  return (
    SLOT_LABELS[slot] ??
    slot
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
  );
}

/** The question the agent can ask to fill a slot: the bot's own first wording in the lead's language. */
export function slotQuestion(slot: string, market: string, lang: Lang = 'en'): string {
  const questionSlot = QUESTION_OF_SLOT[slot] ?? slot;
  if (questionSlot in QuestionSlot) {
    return questionText(questionSlot as QuestionSlot, 0, { lang, market, knownAreas: [] });
  }
  return lang === 'es'
    ? '¿Me cuentas un poco más de lo que buscas?'
    : `Could you tell me a bit more about your ${slotLabel(slot)}?`;
}

/** Filled slots over all slots, 0 to 100 (0 when nothing is known about the slots). */
export function completeness(context: Pick<CoachingContext, 'slotsFilled' | 'slotsMissing'>): number {
  const filled = Object.keys(context.slotsFilled).filter(
    (slot) => !context.slotsMissing.includes(slot),
  ).length;
  const total = filled + context.slotsMissing.length;
  return total === 0 ? 0 : Math.round((filled / total) * 100);
}
