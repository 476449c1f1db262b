import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../fakes/anthropic-server.js';
import { collect, makeProvider, request } from './helpers.js';

let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.setTokenDelayMs(0);
});

describe('anthropic adapter: streaming', () => {
  it('streams the text deltas in order through the real SDK', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: ['FO', 'CUS: ', 'keep ', 'going', '\nASK', ': why?'], tokenDelayMs: 2 });
    const result = await collect(provider.stream(request()));
    expect(result.error).toBeUndefined();
    expect(result.tokens).toEqual(['FO', 'CUS: ', 'keep ', 'going', '\nASK', ': why?']);
    expect(fake.requests).toHaveLength(1);
  });

  it('deliver hands each delta to the callback as the SDK emits it, and resolves once the message is complete', async () => {
    const { provider, registry } = makeProvider(fake.url);
    fake.script({ tokens: ['FO', 'CUS: ', 'keep ', 'going', '\nASK', ': why?'], tokenDelayMs: 2 });
    const tokens: string[] = [];
    await provider.stream(request()).deliver((text) => tokens.push(text));
    expect(tokens).toEqual(['FO', 'CUS: ', 'keep ', 'going', '\nASK', ': why?']);
    expect(await registry.metrics()).toMatch(/hub_model_requests_total\{[^}]*outcome="ok"\} 1/);
  });

  it("what deliver's callback throws aborts the HTTP request and comes back to the caller", async () => {
    const { provider, registry } = makeProvider(fake.url);
    fake.script({ text: 'a long answer that keeps going and going and going', tokenDelayMs: 40 });
    const broken = new Error('the consumer broke');
    let calls = 0;
    const outcome = await provider
      .stream(request())
      .deliver(() => {
        calls += 1;
        throw broken;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(broken);
    expect(calls).toBe(1);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
    expect(fake.requests[0]!.tokensSent).toBeLessThan(10);
    expect(await registry.metrics()).toMatch(/hub_model_requests_total\{[^}]*outcome="aborted"\} 1/);
  });

  it('sends the system prompt as a cached block, the fast model for coaching and the strong one for analysis', async () => {
    const { provider } = makeProvider(fake.url);
    await collect(provider.stream(request({ purpose: 'coaching' })));
    await collect(provider.stream(request({ purpose: 'analysis' })));
    const [coaching, analysis] = fake.requests.map((r) => r.body as Record<string, unknown>);
    expect(coaching?.['model']).toBe('claude-fast-test');
    expect(analysis?.['model']).toBe('claude-strong-test');
    expect(coaching?.['stream']).toBe(true);
    expect(coaching?.['system']).toEqual([
      { type: 'text', text: request().system, cache_control: { type: 'ephemeral' } },
    ]);
    expect(fake.requests[0]?.headers['anthropic-version']).toBeTruthy();
  });

  it('exports token usage, cache creation then cache reads, per tenant and purpose', async () => {
    const { provider, registry, usage } = makeProvider(fake.url);
    await collect(provider.stream(request()));
    await collect(provider.stream(request()));
    const text = await registry.metrics();
    const value = (name: string) =>
      Number(new RegExp(`^${name}\\{tenant="tenant-a",purpose="coaching"\\} (\\d+)`, 'm').exec(text)?.[1]);
    const cached = Math.ceil(request().system.length / 4);
    expect(value('hub_model_cache_creation_tokens_total')).toBe(cached);
    expect(value('hub_model_cache_read_tokens_total')).toBe(cached);
    expect(value('hub_model_input_tokens_total')).toBeGreaterThan(0);
    expect(value('hub_model_output_tokens_total')).toBeGreaterThan(0);
    expect(text).toMatch(
      /hub_model_requests_total\{purpose="coaching",model="claude-fast-test",outcome="ok"\} 2/,
    );
    expect(text).toMatch(
      /hub_model_first_token_seconds_count\{purpose="coaching",model="claude-fast-test"\} 2/,
    );
    expect(usage.conversation('tenant-a', 'conv-1')).toMatchObject({ requests: 2, cacheReadTokens: cached });
  });
});

describe('anthropic adapter: retries before the first token', () => {
  it('honours retry-after-ms on a 429 and then succeeds', async () => {
    const { provider, registry } = makeProvider(fake.url);
    fake.script({ fault: { type: 'rate_limit', retryAfterMs: 120 } }, 'after the wait');
    const result = await collect(provider.stream(request()));
    expect(result.text).toBe('after the wait');
    expect(fake.requests).toHaveLength(2);
    const gap = fake.requests[1]!.receivedAtMs - fake.requests[0]!.receivedAtMs;
    expect(gap).toBeGreaterThanOrEqual(110);
    expect(await registry.metrics()).toMatch(/hub_model_retries_total\{[^}]*reason="rate_limited"\} 1/);
  });

  it('honours retry-after in seconds on a 429', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 5_000 });
    fake.script({ fault: { type: 'rate_limit', retryAfterSeconds: 1 } }, 'one second later');
    const result = await collect(provider.stream(request()));
    expect(result.text).toBe('one second later');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.receivedAtMs - fake.requests[0]!.receivedAtMs).toBeGreaterThanOrEqual(990);
  });

  it('does not retry when retry-after is longer than the cap, and says rate_limited', async () => {
    const { provider } = makeProvider(fake.url, { maxRetryDelayMs: 1_000 });
    fake.script({ fault: { type: 'rate_limit', retryAfterSeconds: 30 } });
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('rate_limited');
    expect(result.error?.retryAfterMs).toBe(30_000);
    expect(result.error?.status).toBe(429);
    expect(result.elapsedMs).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('backs off on a 429 without hints, up to maxRetries, then fails with rate_limited', async () => {
    const { provider } = makeProvider(fake.url, { maxRetries: 2 });
    fake.script(
      { fault: { type: 'rate_limit' } },
      { fault: { type: 'rate_limit' } },
      { fault: { type: 'rate_limit' } },
      'never reached',
    );
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('rate_limited');
    expect(fake.requests).toHaveLength(3);
  });

  it.each([
    ['overloaded', { type: 'overloaded' as const }, 529],
    ['server', { type: 'server_error' as const }, 500],
  ])('retries a %s error and succeeds', async (_kind, fault, status) => {
    const { provider } = makeProvider(fake.url);
    fake.script({ fault }, 'recovered');
    const result = await collect(provider.stream(request()));
    expect(result.text).toBe('recovered');
    expect(fake.requests.map((r) => r.status)).toEqual([status, 200]);
  });

  it.each([
    ['overloaded', { type: 'overloaded' as const }],
    ['server', { type: 'server_error' as const }],
  ])('fails with kind %s once retries are used up', async (kind, fault) => {
    const { provider } = makeProvider(fake.url, { maxRetries: 1 });
    fake.script({ fault }, { fault }, 'never reached');
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe(kind);
    expect(fake.requests).toHaveLength(2);
  });

  it('never retries a bad request', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ fault: { type: 'http_error', status: 400, errorType: 'invalid_request_error' } }, 'no');
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('bad_request');
    expect(fake.requests).toHaveLength(1);
  });

  it('retries an error event or a dropped connection that came before any text', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script(
      { text: 'lost', fault: { type: 'stream_error', afterTokens: 0 } },
      { text: 'lost', fault: { type: 'drop', afterTokens: 0 } },
      'third time lucky',
    );
    const result = await collect(provider.stream(request()));
    expect(result.text).toBe('third time lucky');
    expect(fake.requests).toHaveLength(3);
  });
});

describe('anthropic adapter: failures after the first token are not retried', () => {
  it('a mid-stream error event keeps the delivered text and fails with stream_error', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: ['one ', 'two ', 'three'], fault: { type: 'stream_error', afterTokens: 2 } });
    const result = await collect(provider.stream(request()));
    expect(result.tokens).toEqual(['one ', 'two ']);
    expect(result.error?.kind).toBe('stream_error');
    expect(fake.requests).toHaveLength(1);
  });

  it('a dropped connection fails with connection', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: ['one ', 'two ', 'three'], fault: { type: 'drop', afterTokens: 2 } });
    const result = await collect(provider.stream(request()));
    expect(result.tokens).toEqual(['one ', 'two ']);
    expect(result.error?.kind).toBe('connection');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('anthropic adapter: timeouts and aborts', () => {
  it('a stall before any token ends with first_token_timeout on time and closes the HTTP request', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 300 });
    fake.script({ fault: { type: 'stall' } });
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('first_token_timeout');
    expect(result.elapsedMs).toBeGreaterThanOrEqual(290);
    expect(result.elapsedMs).toBeLessThan(1_300);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });

  it('slow first token (after message_start) is a first_token_timeout too', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 200 });
    fake.script({ text: 'too slow', tokenDelayMs: 2_000 });
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('first_token_timeout');
    expect(result.elapsedMs).toBeLessThan(1_200);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });

  it('a per-request first-token timeout overrides the default', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 10_000 });
    fake.script({ fault: { type: 'stall' } });
    const result = await collect(provider.stream(request({ firstTokenTimeoutMs: 150 })));
    expect(result.error?.kind).toBe('first_token_timeout');
    expect(result.elapsedMs).toBeLessThan(1_150);
  });

  it('a stall after some tokens ends with timeout at the total deadline', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 300, totalTimeoutMs: 600 });
    fake.script({ tokens: ['a ', 'b ', 'c'], fault: { type: 'stall', afterTokens: 2 } });
    const result = await collect(provider.stream(request()));
    expect(result.tokens).toEqual(['a ', 'b ']);
    expect(result.error?.kind).toBe('timeout');
    expect(result.elapsedMs).toBeLessThan(1_600);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });

  it('a retry that cannot fit before the first-token deadline is not attempted', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 300, maxRetryDelayMs: 5_000 });
    fake.script({ fault: { type: 'rate_limit', retryAfterMs: 1_000 } }, 'never');
    const result = await collect(provider.stream(request()));
    expect(result.error?.kind).toBe('rate_limited');
    expect(result.elapsedMs).toBeLessThan(300);
    expect(fake.requests).toHaveLength(1);
  });

  it("the caller's abort cancels the HTTP request mid-stream", async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ text: 'a long answer that keeps going and going and going', tokenDelayMs: 40 });
    const controller = new AbortController();
    const tokens: string[] = [];
    let kind: string | undefined;
    try {
      for await (const token of provider.stream(request({ signal: controller.signal }))) {
        tokens.push(token);
        if (tokens.length === 2) controller.abort();
      }
    } catch (error) {
      kind = (error as { kind?: string }).kind;
    }
    expect(kind).toBe('aborted');
    expect(tokens).toHaveLength(2);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
    expect(fake.requests[0]!.tokensSent).toBeLessThan(10);
  });

  it('breaking out of the loop cancels the HTTP request', async () => {
    const { provider, registry } = makeProvider(fake.url);
    fake.script({ text: 'a long answer that keeps going and going and going', tokenDelayMs: 40 });
    for await (const _token of provider.stream(request())) break;
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
    expect(await registry.metrics()).toMatch(/hub_model_requests_total\{[^}]*outcome="aborted"\} 1/);
  });

  it('an already aborted signal never reaches the server', async () => {
    const { provider } = makeProvider(fake.url);
    const result = await collect(provider.stream(request({ signal: AbortSignal.abort() })));
    expect(result.error?.kind).toBe('aborted');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('anthropic adapter: circuit breaker and budget', () => {
  it('opens after consecutive failures, refuses without HTTP, half-opens after the cooldown', async () => {
    const { provider, clock } = makeProvider(fake.url, {
      maxRetries: 0,
      breaker: { failureThreshold: 2, cooldownMs: 10_000 },
    });
    fake.setBehaviour(() => ({ fault: { type: 'server_error' } }));
    expect((await collect(provider.stream(request()))).error?.kind).toBe('server');
    expect(provider.available('tenant-a', 'coaching')).toBe(true);
    expect((await collect(provider.stream(request()))).error?.kind).toBe('server');
    expect(provider.available('tenant-a', 'coaching')).toBe(false);
    expect(provider.available('tenant-a', 'analysis')).toBe(true);
    expect((await collect(provider.stream(request()))).error?.kind).toBe('circuit_open');
    expect(fake.requests).toHaveLength(2);

    clock.advance(10_000);
    expect(provider.available('tenant-a', 'coaching')).toBe(true);
    fake.setBehaviour(null);
    expect((await collect(provider.stream(request()))).text).toBe('hello from the lead');
    expect(provider.breaker('claude-fast-test').state()).toBe('closed');
  });

  it('a tenant over its hourly budget is refused while other tenants are not', async () => {
    const { provider, budget, clock } = makeProvider(fake.url, {
      budget: {
        defaultTokensPerHour: 1_000_000,
        tokensPerHourFor: (id) => (id === 'small' ? 50 : undefined),
      },
    });
    expect((await collect(provider.stream(request({ tenantId: 'small' })))).error).toBeUndefined();
    expect(budget.used('small')).toBeGreaterThanOrEqual(50);
    expect(provider.available('small', 'coaching')).toBe(false);
    const refused = await collect(provider.stream(request({ tenantId: 'small' })));
    expect(refused.error?.kind).toBe('budget');
    expect(fake.requests).toHaveLength(1);

    expect(provider.available('other', 'coaching')).toBe(true);
    expect((await collect(provider.stream(request({ tenantId: 'other' })))).error).toBeUndefined();

    clock.advance(3_600_000);
    expect(provider.available('small', 'coaching')).toBe(true);
  });
});
