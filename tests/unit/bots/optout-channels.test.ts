import { describe, expect, it } from 'vitest';
import { classifyOptOut, readOptOut } from '../../../src/bots/optout.js';

describe('a Spanish or Spanglish want-not names our channel from one word list', () => {
  it.each([
    'no mas msjs x favor',
    'ya no quiero los texts',
    'no más mensajitos porfa',
    'ya no queremos sus textos, gracias',
    'no quiero más llamadas',
    'no quiero recibir mas sms',
    'no quiero whatsapps ni correos',
  ])('%j opts out', (text) => {
    expect(classifyOptOut(text)).toBe('opt_out');
  });

  it.each([
    // what follows the channel narrows it: a schedule, a language, another service
    'no quiero mensajes en inglés, mejor en español',
    'no mas mensajes de condos, solo casas',
    // a want-not about the home, not about us
    'no quiero una casa con alberca',
  ])('%j does not', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });
});

describe('a ban on one channel with another one preferred is a channel preference', () => {
  it.each([
    'no quiero que me llamen, mejor por mensaje',
    'no queremos que nos llamen, solo por whatsapp',
    "don't call me, text is better",
    // the ban names no one: the channel that follows is the one wanted (found by sealed-s23, after its measurement)
    'please dont call, text me the details',
    "don't call, email me",
    'dont call, i work nights, text me',
  ])('%j is no opt-out', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });

  it.each(['no quiero que me llamen ni me escriban', 'no quiero que me llamen'])(
    '%j still opts out',
    (text) => {
      expect(classifyOptOut(text)).toBe('opt_out');
    },
  );
});

describe('a ban with a time is a schedule', () => {
  it.each(["don't call or text after 9pm", 'dont call or text me before noon'])('%j', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });
});

describe('not interested in one side of the deal, interested in the other', () => {
  it.each([
    'not interested in buying, we want to sell',
    'not interested in selling, i want to buy',
    'no longer interested in renting, we need to buy now',
  ])('%j is no opt-out', (text) => {
    expect(classifyOptOut(text)).toBeNull();
  });

  it.each(['not interested in buying', 'not interested, thanks'])('%j opts out', (text) => {
    expect(classifyOptOut(text)).toBe('opt_out');
  });
});

describe('a channel ban read by clause: who bans, and a channel welcomed as a clause of its own', () => {
  it.each([
    ['dont call me im at work, text', ['call'], ['text']],
    ['no more texts, call', ['text'], ['call']],
    ["don't call me, text", ['call'], ['text']],
  ])('%j stops %j and welcomes %j', (text, stop, welcome) => {
    expect(readOptOut(text)).toEqual({ kind: 'channel', stop, welcome });
  });

  it.each(["i don't text.", 'we dont email'])('%j says what the lead does, it bans nothing', (text) => {
    expect(readOptOut(text)).toBeNull();
  });
});
