import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCoachingEngine,
  type CoachingEngine,
  type CoachingTrigger,
} from '../../../src/coaching/engine.js';
import { parseCoaching, parseQualification } from '../../../src/coaching/format.js';
import type { AnyCoachingResult } from '../../../src/coaching/kinds.js';
import { COACHING_SYSTEM_PROMPT, COACHING_SYSTEM_PROMPTS } from '../../../src/coaching/prompt.js';
import { ruleCoachingText } from '../../../src/coaching/rules.js';
import type { CoachingContext } from '../../../src/coaching/types.js';
import { createOfflineProvider } from '../../../src/llm/offline.js';
import type { ModelProvider } from '../../../src/llm/port.js';
import type { UsageScope } from '../../../src/llm/usage.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../fakes/anthropic-server.js';
import { coachingContext } from '../../fakes/coaching-context.js';
import {
  createRecordingPublisher,
  type RecordedStream,
  type RecordingPublisher,
} from '../../fakes/recording-publisher.js';
import { makeProvider, silentLogger } from './helpers.js';

const llmText = [
  'FOCUS: Acknowledge the price shock, then anchor on recent sales',
  'OBJECTION: price (high)',
  'SAY: I hear you, prices here have moved a lot. Let me pull what similar homes actually sold for nearby.',
  'ASK: How many bedrooms are you looking for?',
  'URGENCY: medium',
  'COMPLIANCE: none',
].join('\n');

/** Splits text into awkward deltas: tags cut in the middle, newlines on their own. */
function awkwardTokens(text: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < text.length; i += 3) tokens.push(text.slice(i, i + 3));
  return tokens;
}

let fake: FakeAnthropic;
let publisher: RecordingPublisher;
let saved: { tenantId: string; conversationId: string; result: AnyCoachingResult; text: string }[];
let engine: CoachingEngine | undefined;
let context: CoachingContext;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.setTokenDelayMs(0);
  publisher = createRecordingPublisher();
  saved = [];
  context = coachingContext();
});
afterEach(async () => {
  await engine?.close();
  engine = undefined;
  expect(publisher.violations).toEqual([]);
});

function makeEngine(model: ModelProvider, overrides: { debounceMs?: number; registry?: Registry } = {}) {
  engine = createCoachingEngine({
    model,
    publisher,
    loadContext: () => Promise.resolve(context),
    saveResult: (tenantId, conversationId, result, text) => {
      saved.push({ tenantId, conversationId, result, text });
      return Promise.resolve(100 + saved.length);
    },
    logger: silentLogger,
    debounceMs: overrides.debounceMs ?? 50,
    ...(overrides.registry ? { registry: overrides.registry } : {}),
  });
  return engine;
}

const trigger = (overrides: Partial<CoachingTrigger> = {}): CoachingTrigger => ({
  tenantId: 'tenant-a',
  conversationId: 'conv-1',
  kind: 'coaching',
  trigger: 'request',
  ...overrides,
});

const byId = (id: string) => publisher.streams.find((stream) => stream.streamId === id)!;
const closed = (stream: RecordedStream | undefined) => stream?.closed === true;

function expectGapless(stream: RecordedStream) {
  expect(stream.tokens.map((token) => token.index)).toEqual(stream.tokens.map((_token, index) => index));
  expect(stream.tokens.map((token) => token.text).join('')).toBe(stream.text);
}

describe('coaching engine with the model', () => {
  it('streams the model text gaplessly and ends with the result parsed from exactly that text', async () => {
    const registry = new Registry();
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: awkwardTokens(llmText), tokenDelayMs: 1 });
    const streamId = await makeEngine(provider, { registry }).trigger(trigger({ replyToSeq: 7 }));
    await publisher.waitFor(() => closed(byId(streamId)));

    const stream = byId(streamId);
    expect(stream.options).toMatchObject({
      kind: 'coaching',
      audience: 'staff',
      trigger: 'request',
      replyToSeq: 7,
    });
    expectGapless(stream);
    expect(stream.tokens.length).toBeGreaterThan(10);
    // The model's COMPLIANCE line is held back and written by the hub at the end, after its own flags are known.
    expect(stream.text.startsWith(llmText.replace('\nCOMPLIANCE: none', ''))).toBe(true);
    expect(stream.text.match(/^COMPLIANCE:/gm)).toHaveLength(1);
    expect(stream.text.endsWith('COMPLIANCE: none\n')).toBe(true);
    expect(stream.end?.source).toBe('llm');
    expect(stream.end?.seq).toBe(101);
    expect(stream.end?.result).toEqual(parseCoaching(stream.text, 'llm'));
    expect(stream.end?.result).toMatchObject({
      objection: { type: 'price', severity: 'high' },
      urgency: 'medium',
    });
    expect(saved).toEqual([
      { tenantId: 'tenant-a', conversationId: 'conv-1', result: stream.end?.result, text: stream.text },
    ]);
    const body = fake.requests[0]!.body as { model: string; messages: { content: string }[] };
    expect(body.model).toBe('claude-fast-test');
    expect(body.messages[0]!.content).toContain('[lead] "honestly these prices are insane"');
    expect(await registry.metrics()).toMatch(
      /hub_coaching_runs_total\{kind="coaching",source="llm",outcome="done"\} 1/,
    );
  });

  it("a coaching experiment's rules arm is answered by the rule coach with the model up, and the model is never asked", async () => {
    const registry = new Registry();
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: awkwardTokens(llmText), tokenDelayMs: 1 });
    context = { ...coachingContext(), sourceChoice: 'rules' };
    const streamId = await makeEngine(provider, { registry }).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    const stream = byId(streamId);
    expect(stream.end?.source).toBe('rules');
    expect(stream.text).toBe(ruleCoachingText(context));
    expect(fake.requests).toHaveLength(0);
    expect(await registry.metrics()).toMatch(
      /hub_coaching_fallbacks_total\{kind="coaching",reason="experiment"\} 1/,
    );
    // The model arm (and no experiment at all) keeps the model.
    context = { ...coachingContext(), sourceChoice: 'model' };
    const modelStream = await engine!.trigger(trigger({ conversationId: 'conv-2' }));
    await publisher.waitFor(() => closed(byId(modelStream)));
    expect(byId(modelStream).end?.source).toBe('llm');
    expect(fake.requests).toHaveLength(1);
  });

  it("a prompt experiment's arm sends its prompt version, and the version goes with the request's usage", async () => {
    const scopes: UsageScope[] = [];
    const { provider } = makeProvider(fake.url, { onTokens: (scope) => scopes.push(scope) });
    fake.setBehaviour(() => llmText);
    context = { ...coachingContext(), promptVersion: 'coaching-2026-12' };
    const coach = makeEngine(provider);
    const structured = await coach.trigger(trigger());
    await publisher.waitFor(() => closed(byId(structured)));
    expect(byId(structured).end?.source).toBe('llm');
    context = coachingContext();
    const current = await coach.trigger(trigger({ conversationId: 'conv-2' }));
    await publisher.waitFor(() => closed(byId(current)));
    const systems = fake.requests.map(
      (request) => (request.body as { system: { text: string }[] }).system[0]!.text,
    );
    expect(systems).toEqual([COACHING_SYSTEM_PROMPTS['coaching-2026-12'], COACHING_SYSTEM_PROMPT]);
    await expect.poll(() => scopes.length).toBe(2);
    expect(scopes.map((scope) => [scope.conversationId, scope.promptVersion])).toEqual([
      ['conv-1', 'coaching-2026-12'],
      ['conv-2', 'coaching-2026-11'],
    ]);
  });

  it("a sections arm's card streams only its sections token by token: hidden lines never go out, stored or completed", async () => {
    const { provider } = makeProvider(fake.url);
    // No NEXT and no URGENCY from the model: the rules complete NEXT (shown) and not URGENCY (hidden).
    const answer = [
      'FOCUS: Acknowledge the price shock, then anchor on recent sales',
      'OBJECTION: price (high)',
      'SAY: I hear you, prices here have moved a lot. Let me pull what similar homes actually sold for nearby.',
      'ASK: How many bedrooms are you looking for?',
      'COMPLIANCE: none',
    ].join('\n');
    fake.script({ tokens: awkwardTokens(answer), tokenDelayMs: 1 });
    context = { ...coachingContext(), sections: ['NEXT', 'SAY', 'COMPLIANCE'] };
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    const stream = byId(streamId);
    expectGapless(stream);
    // The SAY line went out in many tokens as the model wrote it, not as one block at the end.
    const sayTokens = stream.tokens.filter(
      (token) => answer.includes(token.text) && /[a-z]/.test(token.text),
    );
    expect(sayTokens.length).toBeGreaterThan(20);
    const sent = stream.tokens.map((token) => token.text).join('');
    expect(sent).not.toMatch(/^(FOCUS|OBJECTION|ASK|URGENCY):/m);
    expect(sent).not.toContain('Acknowledge the price shock');
    expect(sent).not.toContain('How many bedrooms');
    expect(stream.text.split('\n').map((line) => line.split(':')[0])).toEqual([
      'SAY',
      'NEXT',
      'COMPLIANCE',
      '',
    ]);
    expect(stream.text).toContain(
      'SAY: I hear you, prices here have moved a lot. Let me pull what similar homes actually sold for nearby.\n',
    );
    const result = stream.end?.result as ReturnType<typeof parseCoaching>;
    expect(result).toEqual({
      ...parseCoaching(stream.text, 'llm'),
      sections: ['NEXT', 'SAY', 'COMPLIANCE'],
    });
    expect(result).toMatchObject({ focus: '', ask: '', objection: null, compliance: [] });
    expect(result.say).toMatch(/^I hear you/);
    expect(saved.map((entry) => entry.text)).toEqual([stream.text]);
    expect(fake.requests).toHaveLength(1);
  });

  it('a sections arm without COMPLIANCE still shows the hub’s compliance flag, from the model or the rules', async () => {
    context = coachingContext({
      recent: [{ author: 'lead', text: 'Is Etiwanda a safe area? we have kids' }],
      sections: ['SAY'],
    });
    const { provider } = makeProvider(fake.url);
    fake.script({
      tokens: awkwardTokens(
        'NEXT: compliance_redirect | Stay neutral\nCOMPLIANCE: none\nFOCUS: Stay neutral\nSAY: Good question.\nASK: Which areas?\nURGENCY: medium',
      ),
      tokenDelayMs: 1,
    });
    const modelRun = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(modelRun)));
    const fromModel = byId(modelRun);
    expect(fromModel.end?.source).toBe('llm');
    expect(fromModel.text).toMatch(/^SAY: Good question\.\nCOMPLIANCE: Fair Housing: .*crime maps.*\n$/);
    expect(fromModel.end?.result).toMatchObject({ sections: ['SAY', 'COMPLIANCE'], next: { text: '' } });

    // The rule coach (the model unavailable) shows the same sections of its own card.
    await engine?.close();
    const rulesRun = await makeEngine(createOfflineProvider()).trigger(trigger({ conversationId: 'conv-2' }));
    await publisher.waitFor(() => closed(byId(rulesRun)));
    const fromRules = byId(rulesRun);
    expect(fromRules.end?.source).toBe('rules');
    expect(fromRules.text).toBe(
      ruleCoachingText(context)
        .split(/(?<=\n)/)
        .filter((line) => /^(SAY|COMPLIANCE):/.test(line))
        .join(''),
    );
    expect(fromRules.text).toMatch(/^SAY: .+\nCOMPLIANCE: Fair Housing: /);
    expect((fromRules.end?.result as ReturnType<typeof parseCoaching>).compliance).toHaveLength(1);
  });

  it('completes sections the model left out from the rules, and never drops a deterministic compliance flag', async () => {
    context = coachingContext({
      recent: [{ author: 'lead', text: 'Is Etiwanda a safe area? we have kids' }],
    });
    const { provider } = makeProvider(fake.url);
    fake.script(
      'FOCUS: Stay neutral\nOBJECTION: none\nSAY: Good question.\nASK: Which areas?\nCOMPLIANCE: none',
    );
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    const stream = byId(streamId);
    expect(stream.text).toMatch(/\nURGENCY: medium\n/);
    expect(stream.text).toMatch(/\nCOMPLIANCE: Fair Housing: .*crime maps/);
    const result = stream.end?.result as ReturnType<typeof parseCoaching>;
    expect(result).toEqual(parseCoaching(stream.text, 'llm'));
    expect(result.compliance).toHaveLength(1);
    expect(result.compliance.join(' ')).toMatch(/Fair Housing/);
  });

  it('a newer trigger aborts the older stream and its HTTP request', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: awkwardTokens(llmText), tokenDelayMs: 30 }, llmText);
    const coach = makeEngine(provider);
    const first = await coach.trigger(trigger({ trigger: 'lead_message' }));
    await publisher.waitFor(() => byId(first).tokens.length >= 2);
    const second = await coach.trigger(trigger({ trigger: 'lead_message' }));

    expect(byId(first).error).toEqual({ code: 'ABORTED', message: 'Superseded by a newer coaching trigger' });
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
    await publisher.waitFor(() => closed(byId(second)));
    expect(byId(second).end?.source).toBe('llm');
    expect(saved).toHaveLength(1);
    expect(publisher.streams.indexOf(byId(first))).toBeLessThan(publisher.streams.indexOf(byId(second)));
  });

  it('a qualification request uses the strong model and does not abort coaching', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 5_000 });
    fake.setBehaviour((request) =>
      request.system.includes('COMPLETENESS:')
        ? 'COMPLETENESS: 40%\nMISSING: size, timeline, areas\nNEXT: How many bedrooms? | When do you want to move?\nREADINESS: warming\nURGENCY: medium\nSUMMARY: Pre-approved buyer up to $700k.'
        : { text: llmText, tokenDelayMs: 5 },
    );
    const coach = makeEngine(provider);
    const coaching = await coach.trigger(trigger());
    const analysis = await coach.trigger(trigger({ kind: 'qualification' }));
    await publisher.waitFor(() => closed(byId(coaching)) && closed(byId(analysis)));
    expect(byId(coaching).end?.source).toBe('llm');
    const stream = byId(analysis);
    expect(stream.options.kind).toBe('qualification');
    expect(stream.end?.result).toEqual(parseQualification(stream.text, 'llm'));
    expect(stream.end?.result).toMatchObject({
      completeness: 40,
      missing: ['size', 'timeline', 'areas'],
      nextQuestions: ['How many bedrooms?', 'When do you want to move?'],
      readiness: 'warming',
    });
    const models = fake.requests.map((r) => (r.body as { model: string }).model).sort();
    expect(models).toEqual(['claude-fast-test', 'claude-strong-test']);
  });
});

describe('coaching engine and the Claude prompt, against the fake API', () => {
  const LISTING = {
    id: 'l1',
    address: '7421 Etiwanda Ave',
    price: 725_000,
    beds: 4,
    sqft: 2_140,
    yearBuilt: 2004,
    hoaMonthly: 85,
    features: ['pool', 'solar panels'],
  };

  it('never streams "COMPLIANCE: none" while the hub has a flag: the line is written once the flags are merged', async () => {
    context = coachingContext({
      recent: [{ author: 'lead', text: '¿Es una zona segura? Tenemos niños pequeños' }],
      lang: 'es',
    });
    const { provider } = makeProvider(fake.url);
    fake.script({
      tokens: awkwardTokens(
        'NEXT: compliance_redirect | Stay neutral\nCOMPLIANCE: none\nFOCUS: Stay neutral\nSAY: Buena pregunta.\nASK: ¿Qué zonas?\nURGENCY: medium',
      ),
      tokenDelayMs: 1,
    });
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    const stream = byId(streamId);
    expect(stream.tokens.map((token) => token.text).join('')).not.toMatch(/COMPLIANCE: none/);
    expect(stream.text).toMatch(/\nCOMPLIANCE: Fair Housing: .*Section 8/);
    const result = stream.end?.result as ReturnType<typeof parseCoaching>;
    expect(result.next.action).toBe('compliance_redirect');
    expect(result.compliance).toHaveLength(1);
  });

  it('the prompt carries the language, the channel, the listing facts and the hub hints; the system block is cached', async () => {
    context = coachingContext({
      channel: 'call',
      lang: 'es',
      listing: LISTING,
      recent: [{ author: 'lead', text: '¿Tiene alberca? ¿La podemos ver el sábado a las 10?' }],
    });
    const { provider } = makeProvider(fake.url);
    fake.script(llmText);
    const streamId = await makeEngine(provider).trigger(trigger({ trigger: 'utterance' }));
    await publisher.waitFor(() => closed(byId(streamId)));
    const body = fake.requests[0]!.body as {
      system: { text: string; cache_control?: unknown }[];
      messages: { content: string }[];
    };
    expect(body.system).toEqual([
      { type: 'text', text: COACHING_SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } },
    ]);
    const content = body.messages[0]!.content;
    expect(content).toContain('Language: Spanish (es)');
    expect(content).toContain('Channel: phone call in progress');
    expect(content).toContain('2,140 sq ft, built 2004, HOA $85 a month');
    expect(content).toContain('features ["pool","solar panels"]');
    expect(content).toContain('Possible showing request, for "el sábado"');
    expect(content).toContain('the listing facts answer it: "Sí, tiene pool."');
    expect(content).toContain("Rule coach's next action: book_showing");
  });

  it('cache-read tokens appear from the second request on for the default fast model (Claude Haiku 4.5)', async () => {
    const { provider, usage, registry } = makeProvider(fake.url, {
      models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
    });
    fake.setBehaviour(() => llmText);
    const coach = makeEngine(provider);
    const totals = [];
    for (let i = 0; i < 3; i++) {
      const streamId = await coach.trigger(trigger());
      await publisher.waitFor(() => closed(byId(streamId)));
      totals.push(usage.conversation('tenant-a', 'conv-1')!);
    }
    const prefix = Math.ceil(COACHING_SYSTEM_PROMPT.length / 4);
    expect(prefix).toBeGreaterThanOrEqual(4_096);
    expect(totals[0]).toMatchObject({ cacheCreationTokens: prefix, cacheReadTokens: 0 });
    expect(totals[1]).toMatchObject({ cacheCreationTokens: prefix, cacheReadTokens: prefix });
    expect(totals[2]).toMatchObject({ cacheCreationTokens: prefix, cacheReadTokens: 2 * prefix });
    expect(await registry.metrics()).toMatch(
      new RegExp(`hub_model_cache_read_tokens_total\\{tenant="tenant-a",purpose="coaching"\\} ${2 * prefix}`),
    );
  });

  it('the qualification prompt is cached too on the default strong model (Claude Sonnet 4.5)', async () => {
    const { provider, usage } = makeProvider(fake.url, {
      models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
    });
    fake.setBehaviour(
      () =>
        'COMPLETENESS: 40%\nMISSING: size\nNEXT: How many bedrooms?\nREADINESS: warming\nURGENCY: medium\nSUMMARY: A buyer.',
    );
    const coach = makeEngine(provider);
    for (let i = 0; i < 2; i++) {
      const streamId = await coach.trigger(trigger({ kind: 'qualification', conversationId: 'q' }));
      await publisher.waitFor(() => closed(byId(streamId)));
    }
    expect(usage.conversation('tenant-a', 'q')!.cacheReadTokens).toBeGreaterThan(1_024);
  });

  it('the fake API is honest about the minimum: a prefix under 4,096 tokens is never cached on Haiku 4.5', async () => {
    const { provider, usage } = makeProvider(fake.url, {
      models: { fast: 'claude-haiku-4-5', strong: 'claude-sonnet-4-5' },
    });
    for (let i = 0; i < 2; i++) {
      fake.script('ok');
      for await (const _token of provider.stream({
        purpose: 'coaching',
        tenantId: 'tenant-a',
        conversationId: 'short',
        system: COACHING_SYSTEM_PROMPT.slice(0, 10_000),
        messages: [{ role: 'user', content: 'hi' }],
        maxTokens: 50,
      }));
    }
    expect(usage.conversation('tenant-a', 'short')).toMatchObject({
      cacheReadTokens: 0,
      cacheCreationTokens: 0,
    });
  });

  it('a slow model (no first token within 2 s) still falls back to the rules in 2 s', async () => {
    const { provider } = makeProvider(fake.url); // the adapter's default first-token timeout: 2_000 ms
    fake.script({ text: llmText, tokenDelayMs: 4_000 });
    const started = performance.now();
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)), 4_000);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(2_600);
    expect(byId(streamId).end?.source).toBe('rules');
    expect(byId(streamId).text).toBe(ruleCoachingText(context));
  });
});

describe('coaching engine fallbacks to the rules', () => {
  it('a stall: no first token in time → rules in the same stream, without hanging', async () => {
    const { provider } = makeProvider(fake.url, { firstTokenTimeoutMs: 250 });
    fake.script({ fault: { type: 'stall' } });
    const started = performance.now();
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    expect(performance.now() - started).toBeLessThan(1_500);
    const stream = byId(streamId);
    expect(stream.text).toBe(ruleCoachingText(context));
    expect(stream.end?.source).toBe('rules');
    expect(stream.end?.result).toEqual(parseCoaching(stream.text, 'rules'));
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });

  it('errors before any text (after the retries) → rules in the same stream', async () => {
    const { provider } = makeProvider(fake.url, { maxRetries: 1 });
    fake.setBehaviour(() => ({ fault: { type: 'overloaded' } }));
    const streamId = await makeEngine(provider).trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    expect(byId(streamId).end?.source).toBe('rules');
    expect(fake.requests).toHaveLength(2);
    expect(publisher.streams).toHaveLength(1);
  });

  it('a failure mid-stream fails that stream with MODEL_ERROR and streams the rules in a new one', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ tokens: awkwardTokens(llmText), fault: { type: 'stream_error', afterTokens: 5 } });
    const streamId = await makeEngine(provider).trigger(trigger({ trigger: 'lead_message' }));
    await publisher.waitFor((streams) => streams.length === 2 && closed(streams[1]));
    const [broken, rules] = publisher.streams;
    expect(broken!.streamId).toBe(streamId);
    expect(broken!.error?.code).toBe('MODEL_ERROR');
    expect(broken!.text).toBe(awkwardTokens(llmText).slice(0, 5).join(''));
    expect(rules!.options).toMatchObject({ kind: 'coaching', trigger: 'lead_message' });
    expect(rules!.text).toBe(ruleCoachingText(context));
    expect(rules!.end?.source).toBe('rules');
    expect(saved).toHaveLength(1);
  });

  it('text that is not in the format is treated like a failure', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script('I am sorry, I cannot help with that.');
    await makeEngine(provider).trigger(trigger());
    await publisher.waitFor((streams) => streams.length === 2 && closed(streams[1]));
    expect(publisher.streams[0]!.error?.code).toBe('MODEL_ERROR');
    expect(publisher.streams[1]!.end?.source).toBe('rules');
  });

  it('a tenant over its hourly budget gets rules without any HTTP request; other tenants still get the model', async () => {
    const { provider } = makeProvider(fake.url, {
      budget: { defaultTokensPerHour: 1_000_000, tokensPerHourFor: (id) => (id === 'small' ? 1 : undefined) },
    });
    fake.setBehaviour(() => llmText);
    const coach = makeEngine(provider);
    const first = await coach.trigger(trigger({ tenantId: 'small' }));
    await publisher.waitFor(() => closed(byId(first)));
    expect(byId(first).end?.source).toBe('llm');
    const second = await coach.trigger(trigger({ tenantId: 'small', conversationId: 'conv-2' }));
    const other = await coach.trigger(trigger({ tenantId: 'big' }));
    await publisher.waitFor(() => closed(byId(second)) && closed(byId(other)));
    expect(byId(second).end?.source).toBe('rules');
    expect(byId(other).end?.source).toBe('llm');
    expect(fake.requests).toHaveLength(2);
  });

  it('the offline provider always gets the rules', async () => {
    const streamId = await makeEngine(createOfflineProvider()).trigger(trigger({ kind: 'qualification' }));
    await publisher.waitFor(() => closed(byId(streamId)));
    expect(byId(streamId).end).toMatchObject({
      source: 'rules',
      result: { completeness: 40, source: 'rules' },
    });
  });

  it('a context that cannot be loaded fails the stream with INTERNAL', async () => {
    engine = createCoachingEngine({
      model: createOfflineProvider(),
      publisher,
      loadContext: () => Promise.reject(new Error('store down')),
      saveResult: () => Promise.resolve(1),
      logger: silentLogger,
    });
    const streamId = await engine.trigger(trigger());
    await publisher.waitFor(() => closed(byId(streamId)));
    expect(byId(streamId).error?.code).toBe('INTERNAL');
  });
});

describe('coaching engine triggers', () => {
  it('debounces a burst of utterances into one stream and one model request', async () => {
    const { provider } = makeProvider(fake.url);
    fake.setBehaviour(() => llmText);
    const coach = makeEngine(provider, { debounceMs: 80 });
    const ids = await Promise.all([
      coach.trigger(trigger({ trigger: 'utterance', replyToSeq: 1 })),
      coach.trigger(trigger({ trigger: 'utterance', replyToSeq: 2 })),
      coach.trigger(trigger({ trigger: 'utterance', replyToSeq: 3 })),
    ]);
    expect(new Set(ids).size).toBe(1);
    await coach.idle();
    expect(publisher.streams).toHaveLength(1);
    expect(publisher.streams[0]!.options).toMatchObject({ trigger: 'utterance', replyToSeq: 3 });
    expect(fake.requests).toHaveLength(1);
  });

  it('an explicit request during a burst starts at once, for everyone waiting', async () => {
    const coach = makeEngine(createOfflineProvider(), { debounceMs: 10_000 });
    const pending = coach.trigger(trigger({ trigger: 'utterance' }));
    const now = await coach.trigger(trigger({ trigger: 'request' }));
    expect(await pending).toBe(now);
    await coach.idle();
    expect(publisher.streams).toHaveLength(1);
  });

  it('close() aborts running streams and their HTTP requests and rejects scheduled triggers', async () => {
    const { provider } = makeProvider(fake.url);
    fake.script({ text: llmText, tokenDelayMs: 40 });
    const coach = makeEngine(provider, { debounceMs: 10_000 });
    const running = await coach.trigger(trigger());
    const scheduled = coach.trigger(trigger({ conversationId: 'conv-2', trigger: 'utterance' }));
    await publisher.waitFor(() => byId(running).tokens.length > 0);
    await coach.close();
    await expect(scheduled).rejects.toThrow(/closing/);
    expect(byId(running).error?.code).toBe('ABORTED');
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
    await expect(coach.trigger(trigger())).rejects.toThrow(/closed/);
    expect(saved).toHaveLength(0);
  });
});
