import type { CoachingContext } from '../../src/coaching/types.js';

/** A buyer conversation in Rancho Cucamonga; override what a test needs. */
export function coachingContext(overrides: Partial<CoachingContext> = {}): CoachingContext {
  return {
    tenant: {
      id: 'demo',
      market: 'Rancho Cucamonga, CA',
      agentName: 'Jorge Salas',
      knownAreas: ['Etiwanda', 'Alta Loma'],
    },
    channel: 'widget',
    botKind: 'buyer',
    temperature: 'warm',
    slotsFilled: { budget: { min: 560_000, max: 700_000 }, financing: 'pre_approved' },
    slotsMissing: ['size', 'timeline', 'areas'],
    recent: [
      { author: 'bot', text: "What's your price range?" },
      { author: 'lead', text: 'Up to 700k, we are pre-approved' },
      { author: 'agent', text: 'Great, thanks! I can help with that.' },
      { author: 'lead', text: 'honestly these prices are insane' },
    ],
    ...overrides,
  };
}
