import { describe, expect, it } from 'vitest';
import { readLeadIntents, type ComplianceCue, type ObjectionKind } from '../../../src/bots/intents.js';

const objection = (text: string) => readLeadIntents(text).objections[0]?.kind ?? null;
const cues = (text: string) => readLeadIntents(text).compliance.map((heard) => heard.cue);
const kinds = (text: string) => readLeadIntents(text).requests.map((request) => request.kind);

describe('readLeadIntents: objections in English and Spanish', () => {
  it.each<[string, ObjectionKind]>([
    ['honestly these prices are insane', 'price'],
    ['that is way too expensive for us', 'price'],
    ['Los precios están carísimos, no podemos pagar tanto', 'price'],
    ['rates are too high, we might wait', 'rates'],
    ['las tasas de interés están muy altas', 'rates'],
    ["we're not ready, maybe next year", 'timing'],
    ['Todavía no estamos listos', 'timing'],
    ['we have to sell our house first', 'sell_first'],
    ['Primero tenemos que vender nuestra casa', 'sell_first'],
    ['my cousin is a realtor so we will probably use her', 'competition'],
    ['Ya estamos trabajando con otro agente', 'competition'],
    ['let me think about it', 'think'],
    ['Déjame pensarlo', 'think'],
    ['how do I know this is not a scam', 'trust'],
    ['I need to talk it over with my wife', 'authority'],
    ['Tengo que hablarlo con mi esposo', 'authority'],
    ['why would I need an agent, I can sell it myself', 'value'],
    ['Zillow says it is worth 900k', 'zestimate'],
    ['En Zillow dice que vale 800 mil', 'zestimate'],
  ])('"%s" is a %s objection', (text, kind) => {
    expect(objection(text)).toBe(kind);
  });

  it('hears negation and concession: a worry denied or conceded is no objection', () => {
    expect(objection("it's not too expensive")).toBeNull();
    expect(objection('no es cara')).toBeNull();
    expect(objection("we're not working with anyone else")).toBeNull();
    expect(objection("Zillow doesn't matter to me")).toBeNull();
    expect(objection('No rush, but does it have solar?')).toBeNull();
    expect(objection('We love it but we just cannot afford that price')).toBe('price');
  });

  it('does not over-hear everyday lead text (found by reading the bot corpora)', () => {
    for (const text of [
      'way too much house for the 2 of us now',
      'no, 30 días no nos alcanza, necesitamos más tiempo',
      'unsubscribed from zillow cause they kept spamming me, we need 3 bedrooms',
      'we owe more than its worth, would a short sale work?',
      'can i just talk to a real agent',
      'currently we live with my parents. hoping to buy within 3 months',
      'ok so whats the process to buy with like 3.5% down',
      'tenemos que vender la casa lo antes posible',
      '¿le arreglo el techo primero o la vendo así como está?',
    ])
      expect(objection(text), text).toBeNull();
  });

  it('grades severity: firm is high, hedged is low', () => {
    expect(readLeadIntents('no way, that is way too expensive').objections[0]?.severity).toBe('high');
    expect(readLeadIntents('maybe a bit too expensive').objections[0]?.severity).toBe('low');
    expect(readLeadIntents('that seems too expensive').objections[0]?.severity).toBe('medium');
  });

  it('plain answers are not objections', () => {
    for (const text of ['3 bedrooms, 2 baths would be ideal', 'We want to move in June', 'thanks so much!'])
      expect(objection(text), text).toBeNull();
  });
});

describe('readLeadIntents: compliance cues', () => {
  it.each<[string, ComplianceCue]>([
    ['which area has fewer section 8 people?', 'fair_housing'],
    ['¿Es una zona segura? Tenemos niños pequeños', 'fair_housing'],
    ['Is it safe? We have kids.', 'fair_housing'],
    ['¿Hay muchos latinos en ese barrio?', 'fair_housing'],
    ['If I refer my neighbor to you, will you give me a $500 gift card?', 'respa'],
    ["send me your buyers and I'll kick you back a piece of every loan", 'respa'],
    ['Te paso clientes y tú me das una comisión por cada uno', 'respa'],
    ['¿Cuánto cobras de comisión? ¿Me la puedes bajar al 1%?', 'commission'],
    ['the other agent said one percent', 'commission'],
    ['Which school has fewer minority kids?', 'fair_housing'],
    ["Match the 1 percent the other brokerage quoted and it's yours", 'commission'],
    ['How did you get my number?', 'tcpa'],
    ['No me vuelvan a llamar a este número', 'tcpa'],
  ])('"%s" touches %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });

  it('a percentage of a loan or a down payment is no commission; a down payment program is no steering', () => {
    expect(cues('we have 5% down and rates at 7%')).toEqual([]);
    expect(cues('any down payment assistance programs?')).toEqual([]);
    expect(cues('How far is it from the bus stop? We need 3 bedrooms.')).toEqual([]);
  });
});

describe('readLeadIntents: requests and silence', () => {
  it('hears showings with their time, calls now or later, a lender, and questions about the home', () => {
    expect(readLeadIntents('Can we see it Saturday at 10am?').requests[0]).toEqual({
      kind: 'showing',
      when: 'Saturday',
    });
    expect(readLeadIntents('¿La podemos ver el sábado?', 'es').requests[0]).toEqual({
      kind: 'showing',
      when: 'el sábado',
    });
    expect(readLeadIntents('Can you call me today?').requests[0]).toMatchObject({ kind: 'call', now: true });
    expect(readLeadIntents('¿Me puedes marcar mañana a las 5?').requests[0]).toMatchObject({
      kind: 'call',
      now: false,
    });
    expect(kinds("Please don't call me")).toEqual([]);
    expect(kinds("We haven't talked to a lender yet")).toEqual(['lender']);
    expect(kinds('Does it have a pool? And what are the HOA fees?')).toEqual(['question', 'question']);
    expect(kinds('Is it a safe area?')).toEqual([]);
  });

  it('reads time pressure and offers; an empty message is silence', () => {
    expect(readLeadIntents('divorce, need to sell within 30 days').urgent).toBe(true);
    expect(readLeadIntents('ready to write an offer').offer).toBe(true);
    expect(readLeadIntents('   ').silent).toBe(true);
    expect(readLeadIntents('ok').silent).toBe(false);
  });
});
