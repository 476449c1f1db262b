import { performance } from 'node:perf_hooks';
import type { Anthropic } from '@anthropic-ai/sdk';
import type { Logger } from 'pino';
import type { TokenBudget } from './budget.js';
import { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { classifySdkError } from './classify.js';
import type { Clock } from './clock.js';
import { ModelError } from './errors.js';
import type {
  ModelProvider,
  ModelPurpose,
  ModelRequest,
  ModelStream,
  ModelUsage,
  ToolRequest,
} from './port.js';
import { deliveredStream } from './queue.js';
import { createRequestControl, type RequestControl } from './request-control.js';
import type { RequestLabels, UsageRecorder } from './usage.js';

export interface AnthropicProviderOptions {
  /** The fast model serves coaching and phrasing; the strong one serves analysis (HUB_MODEL_FAST/STRONG). */
  models: { fast: string; strong: string };
  /** No text within this many ms of the start (retries included) fails with first_token_timeout (default 2_000). */
  firstTokenTimeoutMs?: number;
  /** The whole request, retries and every token included, in ms (default 30_000). */
  totalTimeoutMs?: number;
  /** Retries after 429, 529, 5xx, connection errors and early stream errors, before the first token (default 2). */
  maxRetries?: number;
  /** First backoff step when the server sends no retry hint, in ms; doubles per retry, with jitter (default 250). */
  retryBaseDelayMs?: number;
  /**
   * The longest wait before a retry, in ms (default 2_000). A server hint (`retry-after-ms`, `retry-after`) longer
   * than this, or longer than what is left before a deadline, is honoured by not retrying at all.
   */
  maxRetryDelayMs?: number;
  breaker?: CircuitBreakerOptions;
}

export interface AnthropicProviderDeps {
  /** A ready SDK client; its own retries are bypassed (every call passes maxRetries: 0). */
  client: Anthropic;
  budget: TokenBudget;
  usage: UsageRecorder;
  logger: Pick<Logger, 'debug' | 'info' | 'warn'>;
  clock: Clock;
  /** Jitter source (default Math.random). */
  random?: () => number;
}

export interface AnthropicModelProvider extends ModelProvider {
  readonly name: 'anthropic';
  modelFor(purpose: ModelPurpose): string;
  breaker(model: string): CircuitBreaker;
}

/**
 * The Anthropic adapter: `client.messages.stream` with the long system prompt cached (`cache_control:
 * ephemeral`), one AbortController per request (linked to the caller's signal and to the first-token and total
 * deadlines), bounded retries before the first token, a circuit breaker per model, the tenant budget and usage
 * accounting.
 */
export function createAnthropicProvider(
  options: AnthropicProviderOptions,
  deps: AnthropicProviderDeps,
): AnthropicModelProvider {
  const firstTokenTimeoutMs = options.firstTokenTimeoutMs ?? 2_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 30_000;
  const maxRetries = options.maxRetries ?? 2;
  const retryBaseDelayMs = options.retryBaseDelayMs ?? 250;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 2_000;
  const random = deps.random ?? Math.random;
  const { client, budget, usage, logger, clock } = deps;
  const breakers = new Map<string, CircuitBreaker>();

  const modelFor = (purpose: ModelPurpose) =>
    purpose === 'analysis' ? options.models.strong : options.models.fast;

  function breaker(model: string): CircuitBreaker {
    let existing = breakers.get(model);
    if (!existing) {
      existing = createCircuitBreaker(clock, {
        ...options.breaker,
        onStateChange: (state) => {
          usage.setCircuitState(model, state);
          logger.warn({ model, state }, 'model circuit breaker state changed');
          options.breaker?.onStateChange?.(state);
        },
      });
      breakers.set(model, existing);
      usage.setCircuitState(model, 'closed');
    }
    return existing;
  }

  /** Delay before the next attempt, or undefined when the request should fail now. */
  function retryDelay(error: ModelError, retry: number, control: RequestControl): number | undefined {
    const backoff = Math.min(retryBaseDelayMs * 2 ** retry, maxRetryDelayMs) * (0.75 + random() * 0.25);
    const wait = error.retryAfterMs ?? backoff;
    if (wait > maxRetryDelayMs) return undefined;
    // Leave the next attempt some time before the deadline.
    if (wait >= control.remainingMs() - 50) return undefined;
    return wait;
  }

  /** What a request used: against the tenant's hourly budget, and in the usage metrics and events. */
  function bill(request: ModelRequest | ToolRequest, model: string, tokens: ModelUsage): void {
    budget.record(request.tenantId, tokens);
    usage.recordTokens(
      {
        tenantId: request.tenantId,
        conversationId: request.conversationId,
        purpose: request.purpose,
        model,
        ...('promptVersion' in request && request.promptVersion !== undefined
          ? { promptVersion: request.promptVersion }
          : {}),
      },
      tokens,
    );
  }

  /** One HTTP attempt: hands each text delta to `onText`, records its usage, rejects with what the SDK throws. */
  async function attempt(
    request: ModelRequest,
    model: string,
    control: RequestControl,
    onText: (text: string) => void,
  ): Promise<void> {
    const tokens: ModelUsage = {
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheCreationTokens: 0,
    };
    let started = false;
    let stopped = false;
    let outputSeen = false;
    let chars = 0;

    const stream = client.messages.stream(
      {
        model,
        max_tokens: request.maxTokens,
        system: [{ type: 'text', text: request.system, cache_control: { type: 'ephemeral' } }],
        messages: request.messages,
      },
      // Our own deadlines are authoritative; the SDK's timeout is only a backstop.
      { signal: control.signal, maxRetries: 0, timeout: totalTimeoutMs + 1_000 },
    );
    stream.on('streamEvent', (event) => {
      if (event.type === 'message_start') {
        started = true;
        const u = event.message.usage;
        tokens.inputTokens = u.input_tokens;
        tokens.cacheCreationTokens = u.cache_creation_input_tokens ?? 0;
        tokens.cacheReadTokens = u.cache_read_input_tokens ?? 0;
        tokens.outputTokens = u.output_tokens;
      } else if (event.type === 'message_delta') {
        outputSeen = true;
        tokens.outputTokens = event.usage.output_tokens;
        if (event.usage.input_tokens != null) tokens.inputTokens = event.usage.input_tokens;
      }
    });
    stream.on('text', (text) => {
      chars += text.length;
      onText(text);
    });
    stream.on('message', () => {
      stopped = true;
    });
    stream.done().catch(() => undefined);

    try {
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('abort', reject);
        stream.on('end', () =>
          stopped
            ? resolve()
            : reject(new ModelError('stream_error', 'Model stream ended before message_stop')),
        );
      });
    } finally {
      if (!stopped) stream.abort();
      if (started) {
        // Aborted or broken streams bill what was generated; estimate output when message_delta never came.
        if (!outputSeen) tokens.outputTokens = Math.max(tokens.outputTokens, Math.ceil(chars / 4));
        bill(request, model, tokens);
      }
    }
  }

  /** A request may start: the tenant is within its budget and the model's circuit lets it through. */
  function admit(request: { purpose: ModelPurpose; tenantId: string }) {
    const model = modelFor(request.purpose);
    const labels: RequestLabels = { purpose: request.purpose, model };
    if (!budget.available(request.tenantId)) {
      usage.recordRequest(labels, 'budget');
      throw new ModelError('budget', `Tenant ${request.tenantId} is over its hourly token budget`);
    }
    const circuit = breaker(model);
    if (!circuit.tryAcquire()) {
      usage.recordRequest(labels, 'circuit_open');
      throw new ModelError('circuit_open', `Circuit open for ${model}`);
    }
    return { model, labels, circuit };
  }

  /**
   * One model request: budget and circuit checks, deadlines, retries before the first delta, then every delta
   * handed to `onText` as the SDK emits it. `stop` (the async iterator's early exit) aborts it like the caller's
   * signal.
   */
  async function run(
    request: ModelRequest,
    onText: (text: string) => void,
    stop?: AbortSignal,
  ): Promise<void> {
    const { model, labels, circuit } = admit(request);
    // Deadlines run on real timers, so they are measured on the monotonic clock, not the injected one.
    const startedAt = performance.now();
    const control = createRequestControl({
      callerSignals: [request.signal, stop],
      firstTokenTimeoutMs: request.firstTokenTimeoutMs ?? firstTokenTimeoutMs,
      totalTimeoutMs,
      now: () => performance.now(),
    });
    let delivered = false;
    /** What `onText` threw: the request is aborted and the caller gets this error back. */
    let consumerFailure: { error: unknown } | undefined;
    const deliver = (text: string) => {
      if (consumerFailure) return;
      if (!delivered) {
        delivered = true;
        control.firstTokenArrived();
        usage.observeFirstTokenMs(labels, performance.now() - startedAt);
      }
      try {
        onText(text);
      } catch (error) {
        consumerFailure = { error };
        control.abort('caller');
      }
    };
    const settle = (outcome: ModelError | 'ok') => {
      if (outcome === 'ok') circuit.success();
      else if (outcome.countsAsFailure) circuit.failure();
      else circuit.release();
      usage.recordRequest(labels, outcome === 'ok' ? 'ok' : outcome.kind);
    };

    try {
      for (let retry = 0; ; retry++) {
        try {
          await attempt(request, model, control, deliver);
          settle('ok');
          return;
        } catch (raw) {
          const error = control.cause
            ? control.abortError(control.cause, raw)
            : classifySdkError(raw, clock.now());
          const wait =
            !delivered && error.retryable && retry < maxRetries
              ? retryDelay(error, retry, control)
              : undefined;
          if (wait === undefined) throw error;
          usage.recordRetry(labels, error.kind);
          logger.debug(
            { model, kind: error.kind, waitMs: Math.round(wait), retry: retry + 1 },
            'retrying model request',
          );
          try {
            await control.sleep(wait);
          } catch {
            throw control.abortError(control.cause ?? 'caller', error);
          }
        }
      }
    } catch (error) {
      const modelError = error instanceof ModelError ? error : classifySdkError(error, clock.now());
      settle(modelError);
      if (modelError.kind !== 'aborted') {
        logger.warn(
          { model, purpose: request.purpose, kind: modelError.kind, status: modelError.status, delivered },
          'model request failed',
        );
      }
      throw consumerFailure ? consumerFailure.error : modelError;
    } finally {
      control.dispose();
    }
  }

  /**
   * One forced tool call, not streamed and never retried (its caller has a deadline of its own and a rule-based
   * fallback): budget and circuit checks, one abortable request with its own deadline, usage recorded.
   */
  async function callTool(request: ToolRequest): Promise<unknown> {
    const { model, labels, circuit } = admit(request);
    const control = createRequestControl({
      callerSignals: [request.signal],
      firstTokenTimeoutMs: request.timeoutMs,
      totalTimeoutMs: request.timeoutMs,
      now: () => performance.now(),
    });
    const startedAt = performance.now();
    try {
      const response = await client.messages.create(
        {
          model,
          max_tokens: request.maxTokens,
          system: [{ type: 'text', text: request.system, cache_control: { type: 'ephemeral' } }],
          tools: [
            {
              name: request.tool.name,
              description: request.tool.description,
              input_schema: request.tool.inputSchema as Anthropic.Tool.InputSchema,
            },
          ],
          tool_choice: { type: 'tool', name: request.tool.name },
          messages: [{ role: 'user', content: request.content }],
        },
        { signal: control.signal, maxRetries: 0, timeout: request.timeoutMs + 1_000 },
      );
      const tokens: ModelUsage = {
        inputTokens: response.usage.input_tokens,
        outputTokens: response.usage.output_tokens,
        cacheReadTokens: response.usage.cache_read_input_tokens ?? 0,
        cacheCreationTokens: response.usage.cache_creation_input_tokens ?? 0,
      };
      bill(request, model, tokens);
      usage.observeFirstTokenMs(labels, performance.now() - startedAt);
      const call = response.content.find(
        (block): block is Anthropic.ToolUseBlock =>
          block.type === 'tool_use' && block.name === request.tool.name,
      );
      circuit.success();
      usage.recordRequest(labels, 'ok');
      if (!call) throw new ModelError('bad_request', 'The model did not call the tool');
      return call.input;
    } catch (raw) {
      if (raw instanceof ModelError && raw.kind === 'bad_request') throw raw;
      const error = control.cause
        ? control.abortError(control.cause, raw)
        : classifySdkError(raw, clock.now());
      if (error.countsAsFailure) circuit.failure();
      else circuit.release();
      usage.recordRequest(labels, error.kind);
      if (error.kind !== 'aborted')
        logger.warn({ model, purpose: request.purpose, kind: error.kind }, 'model tool call failed');
      throw error;
    } finally {
      control.dispose();
    }
  }

  return {
    name: 'anthropic',
    modelFor,
    breaker,
    callTool,
    available: (tenantId, purpose) => budget.available(tenantId) && breaker(modelFor(purpose)).canRequest(),
    stream: (request): ModelStream => deliveredStream((onText, stop) => run(request, onText, stop)),
  };
}
