import { createEventAppender } from '../../src/analytics/appender.js';
import { Registry } from 'prom-client';
import { jorgeBot } from '../../src/bots/index.js';
import { createModelProvider } from '../../src/llm/index.js';
import { createLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { coachingExtension, phrasingExtension } from '../../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import type { HubExtras } from '../sdk/helpers.js';

export interface ModelRig {
  fake: FakeAnthropic;
  /** The hub as `npm start` wires it: the Jorge bots, coaching and guarded phrasing on the model. */
  setup: (store: Store) => HubExtras;
  close(): Promise<void>;
}

/**
 * The production wiring (src/wiring.ts) on the real Anthropic SDK, talking to the local fake Anthropic server in
 * its demo mode with slow tokens, so bot replies and coaching sections arrive one after the other.
 */
export async function modelRig(tokenDelayMs = 20): Promise<ModelRig> {
  const fake = await startFakeAnthropic({ mode: 'demo', tokenDelayMs });
  const logger = createLogger(process.env.HUB_TEST_LOG ?? 'silent');
  const tenants = loadTenants('config/tenants.json');
  const model = createModelProvider(
    {
      apiKey: 'fake-key',
      baseURL: fake.url,
      models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
      firstTokenTimeoutMs: 5_000,
      totalTimeoutMs: 30_000,
      maxRetries: 0,
      tokensPerHour: 10_000_000,
    },
    { registry: new Registry(), logger },
  );
  return {
    fake,
    setup(store) {
      // A registry per hub start: the coaching engine registers its counters once per registry.
      // Coaching shown and used go to the lead event log as in server.ts.
      const events = createEventAppender({ store, now: () => new Date(), logger });
      const deps = { store, tenants, model, logger, registry: new Registry(), events };
      // The word pace production uses by default (HUB_BOT_WORD_PACE_MS), so template fallbacks stream too.
      return {
        bot: jorgeBot,
        extensions: [coachingExtension(deps), phrasingExtension(deps, { wordDelayMs: 45 })],
      };
    },
    close: () => fake.close(),
  };
}
