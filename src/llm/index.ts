import { Anthropic } from '@anthropic-ai/sdk';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Config } from '../config.js';
import { createAnthropicProvider, type AnthropicProviderOptions } from './anthropic.js';
import { createTokenBudget } from './budget.js';
import { systemClock, type Clock } from './clock.js';
import { createOfflineProvider } from './offline.js';
import type { ModelProvider } from './port.js';
import { createUsageRecorder, type ConversationUsage, type UsageRecorderOptions } from './usage.js';

export type { ModelProvider, ModelPurpose, ModelRequest, ModelStream, ModelUsage } from './port.js';
export { ModelError, ModelErrorKind, isModelError } from './errors.js';
export { usageMetricNames, type ConversationUsage, type UsageScope } from './usage.js';
export { costUsd, priceOf } from './pricing.js';
export type { Clock } from './clock.js';
export { systemClock } from './clock.js';

export interface ModelProviderOptions extends Omit<AnthropicProviderOptions, 'breaker'> {
  /** Anthropic is used when set; otherwise the offline provider (callers fall back to rules). */
  apiKey?: string;
  /** ANTHROPIC_BASE_URL, e.g. the fake server for demos. */
  baseURL?: string;
  /** Default hourly budget per tenant, in budget tokens (see budget.ts). */
  tokensPerHour: number;
  /** A tenant's own hourly budget (tenants.json `tokensPerHour`). */
  tokensPerHourFor?: (tenantId: string) => number | undefined;
  breaker?: AnthropicProviderOptions['breaker'];
}

export interface ModelProviderDeps {
  registry: Registry;
  logger: Logger;
  clock?: Clock;
  /** A ready SDK client (tests, custom fetch); default: one built from apiKey and baseURL. */
  client?: Anthropic;
  /** Each settled call's tokens (the lead event log's `model_usage`, src/analytics/model-usage.ts). */
  onTokens?: UsageRecorderOptions['onTokens'];
}

export interface HubModelProvider extends ModelProvider {
  /** Token totals of one conversation since this process started (LRU-bounded). */
  conversationUsage(tenantId: string, conversationId: string): ConversationUsage | undefined;
}

/** The model options from the validated config. */
export function modelOptionsFromConfig(
  config: Config,
  tokensPerHourFor?: (tenantId: string) => number | undefined,
): ModelProviderOptions {
  return {
    apiKey: config.ANTHROPIC_API_KEY,
    baseURL: config.ANTHROPIC_BASE_URL,
    models: { fast: config.HUB_MODEL_FAST, strong: config.HUB_MODEL_STRONG },
    firstTokenTimeoutMs: config.HUB_MODEL_FIRST_TOKEN_TIMEOUT_MS,
    totalTimeoutMs: config.HUB_MODEL_TOTAL_TIMEOUT_MS,
    maxRetries: config.HUB_MODEL_MAX_RETRIES,
    tokensPerHour: config.HUB_TENANT_TOKENS_PER_HOUR,
    tokensPerHourFor,
  };
}

/** Anthropic when an API key (or a client) is given, else the offline provider. Logs which one loudly. */
export function createModelProvider(
  options: ModelProviderOptions,
  deps: ModelProviderDeps,
): HubModelProvider {
  const clock = deps.clock ?? systemClock;
  const usage = createUsageRecorder(deps.registry, deps.onTokens ? { onTokens: deps.onTokens } : {});
  const conversationUsage = (tenantId: string, conversationId: string) =>
    usage.conversation(tenantId, conversationId);
  if (!options.apiKey && !deps.client) {
    deps.logger.warn(
      'ANTHROPIC_API_KEY is not set: coaching, analysis and bot phrasing use the offline rule-based fallback',
    );
    return { ...createOfflineProvider(), conversationUsage };
  }
  const client =
    deps.client ??
    new Anthropic({
      apiKey: options.apiKey ?? null,
      baseURL: options.baseURL ?? null,
      maxRetries: 0,
      logger: deps.logger.child({ component: 'anthropic-sdk' }),
    });
  const budget = createTokenBudget(clock, {
    defaultTokensPerHour: options.tokensPerHour,
    tokensPerHourFor: options.tokensPerHourFor,
  });
  const provider = createAnthropicProvider(options, {
    client,
    budget,
    usage,
    clock,
    logger: deps.logger.child({ component: 'llm' }),
  });
  deps.logger.info(
    { models: options.models, baseURL: options.baseURL ?? 'https://api.anthropic.com' },
    'model provider: Anthropic',
  );
  return {
    name: provider.name,
    available: (tenantId, purpose) => provider.available(tenantId, purpose),
    stream: (request) => provider.stream(request),
    callTool: (request) => provider.callTool(request),
    conversationUsage,
  };
}
