import { describe, expect, it } from 'vitest';
import { classifyOptOut, optOutReply } from '../../../src/bots/optout.js';

describe('classifyOptOut', () => {
  it.each([
    'STOP',
    'stop',
    'Stop.',
    'STOP!!!',
    '  stop  ',
    'STOPALL',
    'unsubscribe',
    'Cancel',
    'END',
    'quit!',
    'Please stop texting me',
    'stop messaging me please',
    'I want to unsubscribe from this',
    'opt out',
    'Remove me from your list',
    'take me off this list',
    "don't contact me again",
    'Do not contact this number',
    'leave me alone',
    "I'm not interested",
    'not interested, thanks',
    'no more messages',
    'PARAR',
    'quiero cancelar',
    'no más',
    'No mas por favor',
    'no me contacten',
  ])('opts out on %j', (text) => {
    expect(classifyOptOut(text)).toBe('opt_out');
  });

  it.each([
    'the bus stop is close',
    'Is there a bus stop nearby?',
    "we can't stop thinking about this house",
    'the end of the month works',
    'we want to quit renting',
    'not interested in condos, only single family',
    'no más de 500 mil',
    'Hi, I want to sell my house',
    'stopped by the open house yesterday',
  ])('does not opt out on %j', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });

  it.each(['START', 'start', 'Unstop', 'UNSTOP.'])('opts back in on %j', (text) => {
    expect(classifyOptOut(text)).toBe('opt_in');
  });

  it('has the exact fixed replies', () => {
    expect(optOutReply('en')).toBe("No problem at all, reach out whenever you're ready");
    expect(optOutReply('es')).toBe('Sin problema, escríbenos cuando estés listo');
  });
});
