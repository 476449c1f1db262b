import { beforeAll, describe, expect, it } from 'vitest';
import { jorgeBot, type BotEffect } from '../../../src/bots/index.js';
import type { Bot, BotInput } from '../../../src/bots/port.js';
import { warmUpReaders } from '../../../src/bots/warm-up.js';
import { READ_LIMIT, readablePart } from '../../../src/bots/text.js';
import { createTurnQueue } from '../../../src/loop-turns.js';
import { stepBurst } from '../../../src/conversations/burst.js';
import type { MessageRecord } from '../../../src/store/types.js';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';
import { conversation, demoTenant, T0 } from './helpers.js';

/** `unit` repeated up to `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const STORY =
  'we have been renting for years and the landlord keeps raising the rent, the kids love the school here ';

describe('readablePart', () => {
  it('keeps a text up to READ_LIMIT whole', () => {
    const text = fill('hola ', READ_LIMIT);
    expect(readablePart(text)).toBe(text);
  });

  it('reads a longer text by its start and its end, cut between words, within the limit', () => {
    const text = `${fill('budget around 650k ', 1_000)} ${fill('then thursday at 6:30 works ', 1_000)}`;
    const part = readablePart(text);
    expect(part.length).toBeLessThanOrEqual(READ_LIMIT);
    expect(part.length).toBeGreaterThan(READ_LIMIT / 2);
    const [head, tail] = part.split('\n');
    expect(text.startsWith(head!)).toBe(true);
    expect(text.endsWith(tail!)).toBe(true);
    // No word is cut in two ("650k" never becomes "65", "6:30" never "30").
    expect(text.charAt(head!.length)).toBe(' ');
    expect(text.charAt(text.length - tail!.length - 1)).toMatch(/\s/);
  });

  it('cuts a text without blanks within the limit', () => {
    expect(readablePart('x'.repeat(2_000)).length).toBeLessThanOrEqual(READ_LIMIT);
  });
});

describe('a long lead message', () => {
  it('still opts out when the stop comes after what the bot reads', () => {
    const c = conversation({ intent: 'buy' });
    const played = c.say(`${fill(STORY, 1_900)} please stop texting me`);
    expect(played.effects.map((effect) => effect.type)).toContain('opt_out');
  });

  it('still reaches a person when the request comes after what the bot reads', () => {
    const c = conversation({ intent: 'buy' });
    const played = c.say(`${fill(STORY, 1_900)} can I talk to a real person please`);
    expect(played.effects.map((effect) => effect.type)).toContain('handoff');
  });

  it.each([
    ['a budget', `oh and we can go up to 650k`, {}, { slots: { 'budget.max': 650_000 } }],
    ['a question to the bot', 'Are you a real person or a bot?', {}, { disclosure: true }],
    [
      'a pick of a slot',
      'Thursday at 6:30 works best for the call.',
      { scheduling: 'slot', calendar: ['Thu Mar 12, 4:00pm', 'Thu Mar 12, 6:30pm', 'Fri Mar 13, 10:00am'] },
      { booked: 1 },
    ],
  ] as const)('reads the end of a long message: %s', (_, end, setup, expectation) => {
    const result = runCase({
      id: 'long',
      class: 'facts',
      lang: 'en',
      text: `${fill(STORY, 1_500)} ${end}`,
      setup: { kind: 'buyer', asking: 'financing', ...setup } as CorpusCase['setup'],
      expect: expectation,
    });
    expect(result.checks.filter((check) => !check.ok)).toEqual([]);
  });

  it('reads the facts at its start', () => {
    const c = conversation({ intent: 'buy' });
    c.say(`our budget is about 650k and we want 3 bedrooms. ${fill(STORY, 1_900)}`);
    expect(c.state.slots.budget?.max).toBe(650_000);
    expect(c.state.slots.size?.bedrooms).toBe(3);
  });
});

describe('the time of a step on a long message', () => {
  beforeAll(() => warmUpReaders([demoTenant()], Date.UTC(2026, 10, 25)), 60_000);

  // Text families that each made one reader slow on 2,000 characters (dates, number words, digits, punctuation).
  const families = [
    'monday tuesday next friday at 3pm tomorrow morning june 5th 10/12 ',
    'dos millones ',
    '123 456 7890 $500k 4br 3ba ',
    '.,!? ',
    STORY,
  ];

  /** One step on `text` (ms), with a different word first on each run: no reader remembers the text from before. */
  function stepMs(text: string, run: number): number {
    const state = jorgeBot.initialState({}, demoTenant());
    const input: BotInput = {
      type: 'lead_message',
      text: `ok${'abcdefghijklmnopqrst'[run % 20]} ${text}`,
      seq: 1,
      nowMs: T0,
      tenant: demoTenant(),
      context: {},
      recent: [],
    };
    // CPU time, not wall time: on a shared machine a step of 2 to 4 ms is often cut by other processes' time slices.
    const started = process.cpuUsage();
    jorgeBot.step(state, input);
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1_000;
  }

  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

  function medianStepMs(text: string): number {
    return median(Array.from({ length: 7 }, (_, run) => stepMs(text, run)));
  }

  /**
   * The cheapest step of each text over interleaved runs (CPU time): what a step costs, compared in turns so that
   * a GC or a cold cache falls on both sides alike (a reader that scans the whole 2,000 characters still shows as
   * three to four times the cost).
   */
  function interleavedFastest(first: string, second: string, runs = 11): [number, number] {
    const a: number[] = [];
    const b: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      a.push(stepMs(first, run));
      b.push(stepMs(second, run));
    }
    return [Math.min(...a), Math.min(...b)];
  }

  // Spans of number words the Spanish recognizer took 20 to 30 ms each to read (a black-box attack hill-climbed
  // them; with four in a message one step took about 60 ms): Spanish is now read by its grammar.
  it('reads a message full of the slowest Spanish number spans about as fast as plain text', () => {
    const spans = [
      'doscientos veintiuno trescientos treinta mil dos millon doscientos veintiuno cien',
      'diez punto doscientos cinco mil dos millon trescientos uno veintiuno',
      'novecientos veinte ocho millon doscientos cuatro mil ciento diez cien',
      'veintidos treinta dos millones veintiuno mil cien dieciseis treinta treinta',
    ];
    const bomb = `hola quiero comprar una casa con ${spans.join(' casa ')} casa `;
    medianStepMs(fill(bomb, 2_000));
    const plain = medianStepMs(fill(STORY, 2_000));
    expect(medianStepMs(fill(bomb, 2_000))).toBeLessThan(plain * 8 + 2);
  });

  // Compared with the same family at READ_LIMIT characters in the same process, so that the machine's load cancels
  // out: before the bound, 2,000 characters cost three to four times as much, and a joined burst without end.
  it.each(families)('2,000 characters of %j cost about what READ_LIMIT characters cost', (unit) => {
    interleavedFastest(fill(unit, READ_LIMIT), fill(unit, 2_000), 3);
    const [atLimit, long] = interleavedFastest(fill(unit, READ_LIMIT), fill(unit, 2_000));
    expect(long).toBeLessThan(atLimit * 1.8 + 1);
  });
});

describe('stepBurst', () => {
  const message = (seq: number, text: string): MessageRecord => ({
    conversationId: 'c1',
    seq,
    author: { type: 'lead', id: 'lead-1' },
    visibility: 'everyone',
    kind: 'text',
    text,
    createdAt: new Date(T0).toISOString(),
  });

  /** A bot that records the text of each step and replies with it. */
  function recordingBot(): { bot: Bot; texts: string[] } {
    const texts: string[] = [];
    const bot: Bot = {
      initialState: () => ({}),
      readsAlone: jorgeBot.readsAlone,
      view: () => ({ botKind: 'lead', temperature: 'cold' }) as ReturnType<Bot['view']>,
      step(state, input) {
        const text = input.type === 'lead_message' ? input.text : '';
        texts.push(text);
        const effects: BotEffect[] = [
          { type: 'reply', text: `read ${texts.length}`, rephrase: false, lang: 'en' },
        ];
        return { state, effects };
      },
    };
    return { bot, texts };
  }

  const input = { type: 'lead_message' as const, nowMs: T0, tenant: demoTenant(), context: {}, recent: [] };

  it('joins a short burst into one step', async () => {
    const { bot, texts } = recordingBot();
    await stepBurst(
      bot,
      {},
      [message(1, 'hi'), message(2, 'we want to buy'), message(3, 'around 600k')],
      input,
      createTurnQueue(),
    );
    expect(texts).toEqual(['hi\nwe want to buy\naround 600k']);
  });

  it('reads a burst longer than READ_LIMIT in steps of at most READ_LIMIT, and says only the last reply', async () => {
    const { bot, texts } = recordingBot();
    const burst = [1, 2, 3, 4, 5].map((seq) => message(seq, fill(STORY, 250)));
    const result = await stepBurst(bot, {}, burst, input, createTurnQueue());
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(READ_LIMIT);
    expect(texts.join('\n')).toBe(burst.map((m) => m.text).join('\n'));
    const replies = result.effects.filter((effect) => effect.type === 'reply');
    expect(replies).toEqual([{ type: 'reply', text: `read ${texts.length}`, rephrase: false, lang: 'en' }]);
  });

  it('lets the event loop run between the steps of a long burst', async () => {
    const { bot, texts } = recordingBot();
    const loopSaw: number[] = [];
    let ticking = true;
    const tick = () => {
      loopSaw.push(texts.length);
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await stepBurst(
      bot,
      {},
      [1, 2, 3].map((seq) => message(seq, fill(STORY, 500))),
      input,
      createTurnQueue(),
    );
    ticking = false;
    expect(texts).toHaveLength(3);
    // The loop turned after the first step and after the second: the three steps never ran back to back.
    expect(loopSaw).toContain(1);
    expect(loopSaw).toContain(2);
  });

  it("runs many conversations' steps due at once one per event-loop turn (a shared turn queue)", async () => {
    const { bot, texts } = recordingBot();
    const stepTurn = createTurnQueue();
    // Steps taken between two consecutive turns of the loop, seen by a ticker that runs once per turn.
    const stepsPerTurn: number[] = [];
    let seen = 0;
    let ticking = true;
    const tick = () => {
      stepsPerTurn.push(texts.length - seen);
      seen = texts.length;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => stepBurst(bot, {}, [message(1, `burst ${i}`)], input, stepTurn)),
    );
    ticking = false;
    expect(texts).toHaveLength(12);
    expect(Math.max(...stepsPerTurn)).toBe(1);
  });
});
