import { describe, expect, it } from 'vitest';
import { canSwitch } from '../../../src/bots/switching.js';
import { jorgeBot } from '../../../src/bots/index.js';
import { conversation, demoTenant, effectOf } from './helpers.js';

const MINUTE = 60_000;

describe('initial state', () => {
  it.each<[object, string]>([
    [{}, 'lead'],
    [{ intent: 'buy' }, 'buyer'],
    [{ intent: 'sell' }, 'seller'],
    [{ listing: { id: 'L-1' } }, 'buyer'],
  ])('%j starts the %s bot', (context, kind) => {
    expect(jorgeBot.initialState(context, demoTenant()).kind).toBe(kind);
  });
});

describe('lead bot routing', () => {
  it('turn 1 clear seller: switches and asks the property address', () => {
    const c = conversation();
    const turn = c.say("I'm thinking about selling my house");
    expect(effectOf(turn.effects, 'switch_bot')).toEqual({ type: 'switch_bot', from: 'lead', to: 'seller' });
    expect(turn.reply).toBe("What's the property address?");
  });

  it('turn 1 clear buyer: switches and asks the first missing buyer slot', () => {
    const c = conversation();
    const turn = c.say('We want to buy a 3 bedroom home around 650k');
    expect(effectOf(turn.effects, 'switch_bot')?.to).toBe('buyer');
    expect(turn.reply).toBe('Have you spoken with a lender yet?');
    expect(c.state.slots).toMatchObject({ size: { bedrooms: 3 }, budget: { max: 650_000 } });
  });

  it('unclear: asks buy or sell with the market, rephrased on turn 2', () => {
    const c = conversation();
    expect(c.say('hello').reply).toBe('Are you looking to buy or sell in Rancho Cucamonga, CA?');
    expect(c.say('I have some questions about the area').reply).toBe(
      'Just so I point you the right way, are you thinking of buying or selling a home?',
    );
  });

  it('detects intent on turns 2 and 3', () => {
    const c = conversation();
    c.say('hello');
    c.say('good question, let me think');
    const third = c.say('we want to list our condo');
    expect(effectOf(third.effects, 'switch_bot')?.to).toBe('seller');
  });

  it('still unclear after turn 3: asks the timeline, offers a call, hands off warm on confirmation', () => {
    const c = conversation();
    c.say('hello');
    c.say('I have a few questions');
    expect(c.say('it depends on a lot of things honestly').reply).toBe(
      'No problem. When are you thinking about making a move?',
    );
    expect(c.say('probably in the spring').reply).toContain('morning, afternoon or evening');
    expect(c.state.temperature).toBe('warm');
    expect(c.say('evenings').reply).toBe('Great. Which day works for you, this week or next?');
    expect(c.say('thursday').reply).toBe('A call with Jorge Salas, Thursday evening. Should I lock that in?');
    const done = c.say('yes please');
    expect(effectOf(done.effects, 'handoff')?.packet).toMatchObject({ botKind: 'lead', temperature: 'warm' });
  });

  it('a switch keeps every slot already extracted and the new bot never re-asks it', () => {
    const c = conversation();
    c.say('hi there');
    c.say('We have a few questions');
    const turn = c.say('thinking of selling 4410 Banyan Rd, it needs some work');
    expect(c.state.kind).toBe('seller');
    expect(c.state.slots).toMatchObject({ address: '4410 Banyan Rd', condition: 'needs_work' });
    expect(turn.reply).toBe("What's making you think about selling, and where would you move to?");
  });

  it('reads clear buyer or seller facts as intent (a one-message lead)', () => {
    const c = conversation();
    c.say('We live at 4410 Banyan Rd and it needs some work');
    expect(c.state.kind).toBe('seller');
    const buyer = conversation();
    buyer.say('Paying cash, want a 4 bed around 800k in Terra Vista, need to move next month');
    expect(buyer.state.kind).toBe('buyer');
    expect(buyer.state.slots).toMatchObject({
      financing: 'cash',
      size: { bedrooms: 4 },
      budget: { max: 800_000 },
      areas: ['Terra Vista'],
      urgency: 'immediate',
    });
  });
});

describe('switches between buyer and seller', () => {
  it('a buyer who needs to sell first is switched to the seller bot, keeping buyer slots', () => {
    const c = conversation({ intent: 'buy' });
    c.say('we are pre-approved for 700k');
    const turn = c.say('actually we need to sell our house first');
    expect(effectOf(turn.effects, 'switch_bot')).toEqual({ type: 'switch_bot', from: 'buyer', to: 'seller' });
    expect(c.state.slots.financing).toBe('pre_approved');
    expect(c.state.slots.budget).toEqual({ min: 560_000, max: 700_000 });
  });

  it('a seller who walks it back is switched to the buyer bot', () => {
    const c = conversation({ intent: 'sell' });
    c.say('hi');
    const turn = c.say("actually we're not selling, we just want to buy a bigger place");
    expect(effectOf(turn.effects, 'switch_bot')?.to).toBe('buyer');
  });

  it('ping-pong guard: the same pair at most once in 30 minutes', () => {
    const c = conversation({ intent: 'buy' });
    c.say('need to sell my house first');
    expect(c.state.kind).toBe('seller');
    const back = c.say("actually no, we're not selling, we just want to buy");
    expect(effectOf(back.effects, 'switch_bot')).toBeUndefined();
    expect(c.state.kind).toBe('seller');
    c.advance(31 * MINUTE);
    c.say("we're not selling, only want to buy");
    expect(c.state.kind).toBe('buyer');
  });

  it.each<
    [string, { from: 'lead' | 'buyer' | 'seller'; to: 'lead' | 'buyer' | 'seller'; atMs: number }[], boolean]
  >([
    ['first switch', [], true],
    ['same pair 10 minutes ago', [{ from: 'seller', to: 'buyer', atMs: -10 * MINUTE }], false],
    ['same pair 31 minutes ago', [{ from: 'seller', to: 'buyer', atMs: -31 * MINUTE }], true],
    [
      'three switches within the hour',
      [
        { from: 'lead', to: 'seller', atMs: -50 * MINUTE },
        { from: 'seller', to: 'buyer', atMs: -40 * MINUTE },
        { from: 'lead', to: 'seller', atMs: -35 * MINUTE },
      ],
      false,
    ],
    [
      'three switches, one older than an hour',
      [
        { from: 'lead', to: 'seller', atMs: -70 * MINUTE },
        { from: 'lead', to: 'seller', atMs: -40 * MINUTE },
        { from: 'lead', to: 'seller', atMs: -35 * MINUTE },
      ],
      true,
    ],
  ])('canSwitch buyer -> seller: %s', (_name, history, allowed) => {
    expect(canSwitch(history, 'buyer', 'seller', 0)).toBe(allowed);
  });
});

describe('view', () => {
  it('shows bot kind, current question, filled and missing slots, temperature and active flag', () => {
    const c = conversation({ intent: 'sell' });
    c.say('123 Main St');
    c.say('relocating to Denver');
    expect(jorgeBot.view(c.state)).toMatchObject({
      botKind: 'seller',
      currentQuestion: 'timelineAccepted',
      slotsFilled: ['address', 'motivation', 'relocationDestination'],
      slotsMissing: ['timelineAccepted', 'condition', 'priceExpectation'],
      temperature: 'cold',
      active: true,
      questionTurns: 1,
    });
  });
});
