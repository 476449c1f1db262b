import type { CoachingContext } from './types.js';

interface SlotInfo {
  label: string;
  /** The question the agent can ask (same meaning as the bot's question for that slot). */
  question: string;
}

/** The bots' slots (DOMAIN.md sections 2 to 4) with the question that fills each. */
export const slotCatalogue: Record<string, SlotInfo> = {
  intent: { label: 'buying or selling', question: 'Are you looking to buy or sell in {market}?' },
  budget: { label: 'price range', question: "What's your price range?" },
  financing: { label: 'financing', question: 'Have you spoken with a lender yet?' },
  size: { label: 'bedrooms', question: 'How many bedrooms are you looking for?' },
  timeline: { label: 'move-in timeline', question: 'When are you hoping to be in your new home?' },
  urgency: { label: 'move-in timeline', question: 'When are you hoping to be in your new home?' },
  areas: { label: 'neighborhoods', question: 'Any specific neighborhoods you have in mind?' },
  address: { label: 'property address', question: "What's the property address?" },
  motivation: {
    label: 'reason for selling',
    question: "What's making you think about selling, and where would you move to?",
  },
  timelineAccepted: {
    label: 'selling timeline',
    question: 'If we sold your home within the next 30 to 45 days, would that work for you?',
  },
  condition: {
    label: 'home condition',
    question: 'How would you describe your home: move in ready, or would it need some work?',
  },
  priceExpectation: {
    label: 'price expectation',
    question: 'What price would make you feel good about selling?',
  },
};

export function slotLabel(slot: string): string {
  return (
    slotCatalogue[slot]?.label ??
    slot
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
  );
}

export function slotQuestion(slot: string, market: string): string {
  const known = slotCatalogue[slot]?.question;
  return (known ?? `Could you tell me a bit more about your ${slotLabel(slot)}?`).replace('{market}', market);
}

/** Filled slots over all slots, 0 to 100 (0 when nothing is known about the slots). */
export function completeness(context: Pick<CoachingContext, 'slotsFilled' | 'slotsMissing'>): number {
  const filled = Object.keys(context.slotsFilled).filter(
    (slot) => !context.slotsMissing.includes(slot),
  ).length;
  const total = filled + context.slotsMissing.length;
  return total === 0 ? 0 : Math.round((filled / total) * 100);
}
