import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/llm/offline.js';
import {
  phraseReply,
  type GuardVerdict,
  type PhraseReplyOptions,
  type StreamingGuard,
} from '../../../src/llm/phrasing.js';
import { createPhrasingReplyStreamer } from '../../../src/llm/reply-streamer.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../fakes/anthropic-server.js';
import { createRecordingPublisher } from '../../fakes/recording-publisher.js';
import { makeProvider, silentLogger } from './helpers.js';

/**
 * A small real streaming guard for the tests: buffers text up to a clause boundary (, . ; ! ? followed by a space,
 * or the end), blocks a clause that mentions safety of an area or a commission, releases the others.
 */
function clauseGuard(): StreamingGuard & { checked: string[] } {
  let buffer = '';
  const checked: string[] = [];
  const banned: [RegExp, string][] = [
    [/\bsafe (area|neighbou?rhood)\b/i, 'fair_housing'],
    [/\bcommission\b/i, 'commission'],
  ];
  const check = (clause: string): GuardVerdict => {
    checked.push(clause);
    const hits = banned.filter(([test]) => test.test(clause));
    return hits.length
      ? { blocked: hits.map(([, rule]) => ({ rule, detail: `blocked: ${clause.trim()}` })) }
      : { release: clause };
  };
  return {
    checked,
    push(delta) {
      buffer += delta;
      let released = '';
      for (let match = /[,.;!?]\s/.exec(buffer); match; match = /[,.;!?]\s/.exec(buffer)) {
        const clause = buffer.slice(0, match.index + match[0].length);
        buffer = buffer.slice(clause.length);
        const verdict = check(clause);
        if ('blocked' in verdict) return verdict;
        released += verdict.release;
      }
      return { release: released };
    },
    finish() {
      const rest = buffer;
      buffer = '';
      return rest ? check(rest) : { release: '' };
    },
  };
}

const template = "What's your price range?";
let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
});

function setup(overrides: Partial<PhraseReplyOptions> = {}) {
  const pushed: string[] = [];
  const guard = clauseGuard();
  const { provider } = makeProvider(fake.url);
  const options: PhraseReplyOptions = {
    model: provider,
    tenantId: 'demo',
    conversationId: 'conv-1',
    template,
    lang: 'en',
    slot: 'budget',
    tenant: { market: 'Rancho Cucamonga, CA', agentName: 'Jorge Salas' },
    leadText: 'we want to buy near Etiwanda',
    guard,
    publisherStream: { push: (text) => pushed.push(text) },
    ...overrides,
  };
  return { pushed, guard, options };
}

describe('phraseReply', () => {
  it('streams guard-released clauses of the model phrasing and returns exactly what was pushed', async () => {
    const { pushed, guard, options } = setup();
    fake.script({
      text: 'Love that, Etiwanda is great. What price range are you thinking about?',
      tokenDelayMs: 2,
    });
    const result = await phraseReply(options);
    expect(result).toMatchObject({ source: 'llm', violations: [] });
    expect(result.fallback).toBeUndefined();
    expect(result.text).toBe('Love that, Etiwanda is great. What price range are you thinking about?');
    expect(pushed.join('')).toBe(result.text);
    expect(pushed.length).toBeGreaterThanOrEqual(3);
    expect(guard.checked.join('')).toBe(result.text);
    const body = fake.requests[0]!.body as { messages: { content: string }[] };
    expect(body.messages[0]!.content).toContain(`<template>${template}</template>`);
    expect(body.messages[0]!.content).toContain('"we want to buy near Etiwanda"');
  });

  it('a blocked first clause releases nothing of the model: the template is the reply', async () => {
    const { pushed, options } = setup();
    fake.script('It is a very safe area, great for you. What price range works?');
    const result = await phraseReply(options);
    expect(result).toMatchObject({ text: template, source: 'template', released: '', fallback: 'blocked' });
    expect(result.violations).toEqual([{ rule: 'fair_housing', detail: 'blocked: It is a very safe area,' }]);
    expect(pushed).toEqual([template]);
  });

  it('a block after released clauses never releases the blocked clause and ends with the template', async () => {
    const { pushed, options } = setup();
    fake.script({
      text: "Thanks for asking. My commission is 1%, by the way. What's your budget?",
      tokenDelayMs: 1,
    });
    const result = await phraseReply(options);
    expect(result.text).toBe(`Thanks for asking. ${template}`);
    expect(result).toMatchObject({
      source: 'template',
      released: 'Thanks for asking. ',
      fallback: 'blocked',
    });
    expect(result.violations.map((v) => v.rule)).toEqual(['commission']);
    expect(pushed.join('')).toBe(result.text);
    expect(pushed.join('')).not.toMatch(/commission/i);
  });

  it('a second question is not released; the first one stands as the reply', async () => {
    const { pushed, options } = setup();
    fake.script('What price range are you thinking about? And have you talked to a lender? ');
    const result = await phraseReply(options);
    expect(result).toMatchObject({
      text: 'What price range are you thinking about? ',
      source: 'llm',
      fallback: 'two_questions',
    });
    expect(pushed.join('')).toBe(result.text);
  });

  it('a phrasing that drops the question gets the template appended', async () => {
    const { options } = setup();
    fake.script('Thanks for reaching out, happy to help.');
    const result = await phraseReply(options);
    expect(result).toMatchObject({
      text: `Thanks for reaching out, happy to help. ${template}`,
      fallback: 'no_question',
    });
  });

  it('too long a phrasing is cut off and ends with the template', async () => {
    const { pushed, options } = setup({ maxChars: 40 });
    fake.script('Sure thing, happy to help you with the search in the area. What is your range?');
    const result = await phraseReply(options);
    expect(result.fallback).toBe('too_long');
    expect(result.text.endsWith(template)).toBe(true);
    expect(pushed.join('')).toBe(result.text);
  });

  it('no first token in time → the template, quickly; the HTTP request is closed', async () => {
    const { pushed, options } = setup({ firstTokenTimeoutMs: 200 });
    fake.script({ fault: { type: 'stall' } });
    const started = performance.now();
    const result = await phraseReply(options);
    expect(performance.now() - started).toBeLessThan(1_200);
    expect(result).toMatchObject({ text: template, source: 'template', fallback: 'first_token_timeout' });
    expect(pushed).toEqual([template]);
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });

  it('the offline provider means the template, without a request', async () => {
    const { pushed, options } = setup({ model: createOfflineProvider() });
    expect(await phraseReply(options)).toMatchObject({ text: template, fallback: 'unavailable' });
    expect(pushed).toEqual([template]);
    expect(fake.requests).toHaveLength(0);
  });

  it("the caller's abort throws aborted and cancels the request", async () => {
    const { options } = setup();
    fake.script({ text: 'Sure, happy to help, what price range are you thinking?', tokenDelayMs: 200 });
    const controller = new AbortController();
    const pending = phraseReply({ ...options, signal: controller.signal, firstTokenTimeoutMs: 5_000 });
    await fake.waitFor((requests) => requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    await fake.waitFor((requests) => requests[0]?.abortedByClient === true);
  });
});

describe('createPhrasingReplyStreamer', () => {
  it('opens a lead-facing bot stream, phrases through the guard and reports violations', async () => {
    const publisher = createRecordingPublisher();
    const { provider } = makeProvider(fake.url);
    const streamer = createPhrasingReplyStreamer({
      streams: publisher,
      model: provider,
      guardFor: () => clauseGuard(),
      tenantOf: () => ({ market: 'Rancho Cucamonga, CA', agentName: 'Jorge Salas' }),
      logger: silentLogger,
    });
    fake.script("It's a safe area, don't worry. What's your range?");
    const reply = await streamer({
      tenantId: 'demo',
      conversationId: 'conv-1',
      text: template,
      lang: 'en',
      rephrase: true,
      replyToSeq: 3,
    });
    reply.finish(12);
    expect(reply.text).toBe(template);
    expect(reply.violations?.map((violation) => violation.rule)).toEqual(['fair_housing']);
    expect(publisher.streams[0]).toMatchObject({
      options: { kind: 'bot', audience: 'everyone', replyToSeq: 3 },
      text: template,
      end: { seq: 12 },
    });
  });
});
