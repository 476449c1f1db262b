import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { ReplyStreamer } from '../../../src/conversations/ports.js';
import { createOfflineProvider } from '../../../src/llm/offline.js';
import { createPhrasingReplyStreamer } from '../../../src/llm/reply-streamer.js';
import { createModelProvider, isModelError, modelOptionsFromConfig } from '../../../src/llm/index.js';
import { silentLogger } from '../../integration/llm/helpers.js';

describe('createModelProvider', () => {
  it('is offline without an API key: never available, stream fails with unavailable', async () => {
    const config = loadConfig({});
    const provider = createModelProvider(modelOptionsFromConfig(config), {
      registry: new Registry(),
      logger: silentLogger,
    });
    expect(provider.name).toBe('offline');
    expect(provider.available('demo', 'coaching')).toBe(false);
    const stream = provider.stream({
      purpose: 'coaching',
      tenantId: 'demo',
      conversationId: 'c',
      system: 's',
      messages: [{ role: 'user', content: 'x' }],
      maxTokens: 10,
    });
    const iterator = stream[Symbol.asyncIterator]();
    const failure = await iterator.next().catch((error: unknown) => error);
    expect(isModelError(failure, 'unavailable')).toBe(true);
  });

  it('uses Anthropic with a key, with the models and budget from config', () => {
    const config = loadConfig({
      ANTHROPIC_API_KEY: 'k',
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
      HUB_MODEL_FAST: 'fast-x',
    });
    const options = modelOptionsFromConfig(config, () => 42);
    expect(options.models.fast).toBe('fast-x');
    expect(options.tokensPerHourFor?.('any')).toBe(42);
    const registry = new Registry();
    const provider = createModelProvider(options, { registry, logger: silentLogger });
    expect(provider.name).toBe('anthropic');
    expect(provider.available('demo', 'coaching')).toBe(true);
    // A second provider on the same registry reuses the metrics instead of throwing.
    expect(() => createModelProvider(options, { registry, logger: silentLogger })).not.toThrow();
  });
});

describe('createPhrasingReplyStreamer', () => {
  it("fits the bot runner's ReplyStreamer", () => {
    const streamer: ReplyStreamer = createPhrasingReplyStreamer({
      streams: {
        open: () => ({
          streamId: 's',
          text: '',
          push: () => undefined,
          end: () => undefined,
          fail: () => undefined,
        }),
      },
      model: createOfflineProvider(),
      guardFor: () => ({ push: (delta) => ({ release: delta }), finish: () => ({ release: '' }) }),
      tenantOf: () => undefined,
      logger: silentLogger,
    });
    expect(typeof streamer).toBe('function');
  });
});
