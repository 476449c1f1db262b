import { stepJorge } from './engine.js';
import { initialJorgeState } from './initial.js';
import type { TenantBotContext } from './port.js';
import { warmUpNumberModels } from './read/numbers.js';

/** Lead messages that take a step through most readers, in both languages. */
const SAMPLES = [
  'hi, we want to buy a 3 bedroom house in the area for around 650k, pre-approved, moving by june',
  'hola, queremos vender la casa, necesita trabajo, nos vamos a texas en dos meses, queremos 500 mil',
  'can we see it tomorrow at 4? my number is 909-555-0142',
];

/**
 * Compiles the readers' expressions (the number model, the date parser, the detectors) before the process
 * listens: their first use costs a fraction of a second on the event loop, which no lead message should pay.
 * Runs a few bot steps for each tenant's context; returns the time it took.
 */
export function warmUpReaders(tenants: readonly TenantBotContext[], nowMs: number): number {
  const started = performance.now();
  warmUpNumberModels();
  for (const tenant of tenants) {
    for (const text of SAMPLES) {
      stepJorge(initialJorgeState({}, tenant), {
        type: 'lead_message',
        text,
        seq: 1,
        nowMs,
        tenant,
        context: {},
        recent: [],
      });
    }
  }
  return performance.now() - started;
}
