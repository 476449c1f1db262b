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
    // words between "basta" and what should stop; "already" after "enough"
    'basta ya de mensajes',
    'ya basta con tanto mensaje',
    'enough already with the texts',
    // not interested in the move itself, the lead's own home or a time after it at most
    'not interested in buying right now',
    'im not interested in selling my house right now',
    'no me interesa vender mi casa por ahora, gracias',
    'no estamos interesados en vender',
    // a text preference sets aside only the ban on calls, not a ban on texts in the same breath
    "Don't call me and don't text me, I only text with family",
    "don't call me or message me ever again. only text i want is from my lender",
    'no me llames ni me escribas, prefiero whatsapp',
    'stop calling and texting me, i prefer email',
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
    // what the lead does want, or which home it does not
    "I'm not interested in selling right now, just buying",
    'no me interesa vender, solo comprar',
    'not interested in buying a condo',
    'not interested in buying in fontana, more like rancho',
    'no me interesa comprar un condominio',
    'dont call me, text is better. budget is 600',
    'no me llames, prefiero por mensaje',
    'stop calling, text only pls',
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
