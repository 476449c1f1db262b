import { Anthropic } from '@anthropic-ai/sdk';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import {
  createAnthropicProvider,
  type AnthropicModelProvider,
  type AnthropicProviderOptions,
} from '../../../src/llm/anthropic.js';
import { createTokenBudget, type TokenBudget, type TokenBudgetOptions } from '../../../src/llm/budget.js';
import { manualClock, type ManualClock } from '../../fakes/manual-clock.js';
import { isModelError, type ModelError } from '../../../src/llm/errors.js';
import type { ModelRequest, ModelStream } from '../../../src/llm/port.js';
import {
  createUsageRecorder,
  type UsageRecorder,
  type UsageRecorderOptions,
} from '../../../src/llm/usage.js';

export const silentLogger = pino({ level: 'silent' });

export interface TestProvider {
  provider: AnthropicModelProvider;
  registry: Registry;
  budget: TokenBudget;
  usage: UsageRecorder;
  clock: ManualClock;
}

/** The real adapter on the real SDK, pointed at the fake server. */
export function makeProvider(
  url: string,
  options: Partial<AnthropicProviderOptions> & {
    budget?: TokenBudgetOptions;
    onTokens?: UsageRecorderOptions['onTokens'];
  } = {},
): TestProvider {
  const registry = new Registry();
  const clock = manualClock();
  const budget = createTokenBudget(clock, options.budget);
  const usage = createUsageRecorder(registry, options.onTokens ? { onTokens: options.onTokens } : {});
  const client = new Anthropic({ apiKey: 'test-key', baseURL: url, logger: silentLogger });
  const provider = createAnthropicProvider(
    {
      models: { fast: 'claude-fast-test', strong: 'claude-strong-test' },
      retryBaseDelayMs: 10,
      ...options,
    },
    { client, budget, usage, clock, logger: silentLogger },
  );
  return { provider, registry, budget, usage, clock };
}

export function request(overrides: Partial<ModelRequest> = {}): ModelRequest {
  return {
    purpose: 'coaching',
    tenantId: 'tenant-a',
    conversationId: 'conv-1',
    // Over the fake API's 1,024-token minimum cacheable prefix for the test model names, so it is cached.
    system: 'You are a helpful real-estate coach. '.repeat(120),
    messages: [{ role: 'user', content: 'hello from the lead' }],
    maxTokens: 200,
    ...overrides,
  };
}

export interface Collected {
  tokens: string[];
  text: string;
  error: ModelError | undefined;
  elapsedMs: number;
}

/** Reads a model stream to its end; a ModelError is returned, anything else rethrown. */
export async function collect(stream: ModelStream): Promise<Collected> {
  const started = performance.now();
  const tokens: string[] = [];
  let error: ModelError | undefined;
  try {
    for await (const token of stream) tokens.push(token);
  } catch (caught) {
    if (!isModelError(caught)) throw caught;
    error = caught;
  }
  return { tokens, text: tokens.join(''), error, elapsedMs: performance.now() - started };
}
