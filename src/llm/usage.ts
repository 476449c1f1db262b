import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { CircuitState } from './circuit-breaker.js';
import type { ModelErrorKind } from './errors.js';
import type { ModelPurpose, ModelUsage } from './port.js';

export interface ConversationUsage extends ModelUsage {
  requests: number;
}

export interface RequestLabels {
  purpose: ModelPurpose;
  model: string;
}

/** Whose call it was: the tenant, the conversation, why and on which model. */
export interface UsageScope {
  tenantId: string;
  conversationId: string;
  purpose: ModelPurpose;
  model: string;
  /** The prompt's version, when the caller names one (ModelRequest.promptVersion). */
  promptVersion?: string;
}

export interface UsageRecorder {
  /** Adds one request's tokens to the tenant counters and the conversation's totals. */
  recordTokens(scope: UsageScope, usage: ModelUsage): void;
  recordRequest(labels: RequestLabels, outcome: 'ok' | ModelErrorKind): void;
  recordRetry(labels: RequestLabels, reason: ModelErrorKind): void;
  observeFirstTokenMs(labels: RequestLabels, ms: number): void;
  setCircuitState(model: string, state: CircuitState): void;
  /** Totals of one conversation since this process started (LRU-bounded), or undefined. */
  conversation(tenantId: string, conversationId: string): ConversationUsage | undefined;
}

export interface UsageRecorderOptions {
  /** Conversations whose totals are kept in memory; the least recently used are dropped (default 10_000). */
  maxConversations?: number;
  /**
   * Called with every settled call's tokens, after the counters (the lead event log's `model_usage`): must not
   * throw or wait; it runs after the stream, never inside it.
   */
  onTokens?: (scope: UsageScope, usage: ModelUsage) => void;
}

/** Metric names, for dashboards and tests. */
export const usageMetricNames = {
  inputTokens: 'hub_model_input_tokens_total',
  outputTokens: 'hub_model_output_tokens_total',
  cacheReadTokens: 'hub_model_cache_read_tokens_total',
  cacheCreationTokens: 'hub_model_cache_creation_tokens_total',
  requests: 'hub_model_requests_total',
  retries: 'hub_model_retries_total',
  firstToken: 'hub_model_first_token_seconds',
  circuitState: 'hub_model_circuit_state',
} as const;

const circuitValue: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** The counter of that name on the registry, created on first use (components may share one registry). */
export function counter<T extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: T[],
): Counter<T> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<T>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

/**
 * Token and request accounting, exported as Prometheus metrics on the given registry (labels: tenant and
 * purpose for tokens; purpose, model and outcome for requests), plus per-conversation totals in memory.
 */
export function createUsageRecorder(registry: Registry, options: UsageRecorderOptions = {}): UsageRecorder {
  const maxConversations = options.maxConversations ?? 10_000;
  const tokenLabels: ('tenant' | 'purpose')[] = ['tenant', 'purpose'];
  const input = counter(
    registry,
    usageMetricNames.inputTokens,
    'Uncached input tokens sent to the model',
    tokenLabels,
  );
  const output = counter(
    registry,
    usageMetricNames.outputTokens,
    'Output tokens produced by the model',
    tokenLabels,
  );
  const cacheRead = counter(
    registry,
    usageMetricNames.cacheReadTokens,
    'Input tokens read from the prompt cache',
    tokenLabels,
  );
  const cacheCreation = counter(
    registry,
    usageMetricNames.cacheCreationTokens,
    'Input tokens written to the prompt cache',
    tokenLabels,
  );
  const requests = counter(
    registry,
    usageMetricNames.requests,
    'Model requests by outcome (ok or the ModelError kind)',
    ['purpose', 'model', 'outcome'],
  );
  const retries = counter(registry, usageMetricNames.retries, 'Model request retries by reason', [
    'purpose',
    'model',
    'reason',
  ]);
  const firstToken =
    (registry.getSingleMetric(usageMetricNames.firstToken) as Histogram<'purpose' | 'model'> | undefined) ??
    new Histogram({
      name: usageMetricNames.firstToken,
      help: 'Time from request start to the first text token, retries included',
      labelNames: ['purpose', 'model'],
      buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10],
      registers: [registry],
    });
  const circuit =
    (registry.getSingleMetric(usageMetricNames.circuitState) as Gauge<'model'> | undefined) ??
    new Gauge({
      name: usageMetricNames.circuitState,
      help: 'Circuit breaker state per model: 0 closed, 1 half-open, 2 open',
      labelNames: ['model'],
      registers: [registry],
    });

  const conversations = new Map<string, ConversationUsage>();

  return {
    recordTokens(scope, usage) {
      const { tenantId, conversationId, purpose } = scope;
      const labels = { tenant: tenantId, purpose };
      input.inc(labels, usage.inputTokens);
      output.inc(labels, usage.outputTokens);
      cacheRead.inc(labels, usage.cacheReadTokens);
      cacheCreation.inc(labels, usage.cacheCreationTokens);
      const key = `${tenantId}\u0000${conversationId}`;
      const totals = conversations.get(key) ?? {
        requests: 0,
        inputTokens: 0,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheCreationTokens: 0,
      };
      conversations.delete(key);
      totals.requests += 1;
      totals.inputTokens += usage.inputTokens;
      totals.outputTokens += usage.outputTokens;
      totals.cacheReadTokens += usage.cacheReadTokens;
      totals.cacheCreationTokens += usage.cacheCreationTokens;
      conversations.set(key, totals);
      if (conversations.size > maxConversations) {
        const oldest = conversations.keys().next();
        if (!oldest.done) conversations.delete(oldest.value);
      }
      options.onTokens?.(scope, { ...usage });
    },
    recordRequest: (labels, outcome) => requests.inc({ ...labels, outcome }),
    recordRetry: (labels, reason) => retries.inc({ ...labels, reason }),
    observeFirstTokenMs: (labels, ms) => firstToken.observe(labels, ms / 1_000),
    setCircuitState: (model, state) => circuit.set({ model }, circuitValue[state]),
    conversation(tenantId, conversationId) {
      const totals = conversations.get(`${tenantId}\u0000${conversationId}`);
      return totals ? { ...totals } : undefined;
    },
  };
}
