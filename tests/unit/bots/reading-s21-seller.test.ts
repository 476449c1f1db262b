import type { QuestionSlot } from '../../../src/bots/questions.js';
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/bots/extract/address.js';
import { extractMotivation } from '../../../src/bots/extract/motivation.js';
import { runCase, type CorpusCase } from '../../fixtures/corpus/run.js';

/**
 * Held-out neighbours of the reading-s21 seller misses (issue 30: addresses on major local streets, relocation with a
 * destination, condition words, a yes with a limit, an inheritance said as "left me her house"), written before the
 * fix: other phrasings of the same mechanisms in both languages, and as many hard negatives where no slot may fill
 * ("my mom left me alone", "day care", "the arrow points", "a mess of paperwork").
 */
const S = (asking: QuestionSlot, x: object = {}) => ({ kind: 'seller', asking, ...x }) as CorpusCase['setup'];
const SES = (asking: QuestionSlot, x: object = {}) =>
  ({ kind: 'seller', asking, lang: 'es', ...x }) as CorpusCase['setup'];
const KNOWN = { slots: { address: '9012 Hamilton St', motivation: 'relocation' } };
const NO_MOVE = { slots: { motivation: null, relocationDestination: null } };

const probes: [string, CorpusCase['setup'], CorpusCase['expect']][] = [
  // Addresses: the street name is the words between the number and a suffix or route word.
  ['8150 Day Creek Blvd', S('address'), { contains: { address: '8150 day creek blvd' } }],
  ['es el 12590 day creek blvd', SES('address'), { contains: { address: '12590 day creek' } }],
  ['9200 Arrow Rte, Rancho', S('address'), { contains: { address: '9200 arrow rte' } }],
  ['la casa está en 10400 Arrow Route', SES('address'), { contains: { address: '10400 arrow route' } }],
  ['7420 Day Creek Blvd and we need to sell fast', S('address'), { contains: { address: '7420 day creek' } }],
  ['our place at 4321 Great Oak Dr needs work', S('address'), { contains: { address: '4321 great oak dr' } }],
  ['11111 Good Hope Rd', S('address'), { contains: { address: '11111 good hope rd' } }],
  ['3300 Lake of the Woods Blvd', S('address'), { contains: { address: '3300 lake of the woods blvd' } }],
  [
    'vendo la de 5420 Day Creek Blvd porque nos vamos a Texas',
    SES('address'),
    {
      contains: { address: '5420 day creek', relocationDestination: 'texas' },
      slots: { motivation: 'relocation' },
    },
  ],
  ['10250 Arrow Route #12', S('address'), { contains: { address: '10250 arrow route #12' } }],
  // ... and none where the number is a quantity or the words make a sentence.
  ['30 days is a good way to start', S('address'), { slots: { address: null } }],
  ["we've lived 25 years on this street", S('address'), { slots: { address: null } }],
  ['can we get a 30 day walk through first', S('address'), { slots: { address: null } }],
  ['the day care on Arrow Route is close by', S('address'), { slots: { address: null } }],
  ['the arrow points to the 210 freeway', S('address'), { slots: { address: null } }],
  ['mi hijo de 12 años va a la escuela en Arrow Route', SES('address'), { slots: { address: null } }],
  ['its about 15 min to day creek park', S('address'), { slots: { address: null } }],
  ['we need 45 days to move out and find a new place', S('address'), { slots: { address: null } }],
  ['it sits on a 7200 sq ft lot off Day Creek', S('address'), { slots: { address: null } }],
  ['llevamos 20 años en la calle Arrow', SES('address'), { slots: { address: null } }],
  // Relocation and where to: a movement verb, then to/a/in/en and a place.
  [
    'job transfer to Phoenix next month',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'phoenix' } },
  ],
  [
    'my company is relocating us to Seattle',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'seattle' } },
  ],
  [
    "we bought land in montana and we're moving out there for good",
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'montana' } },
  ],
  [
    'moving closer to my daughter in portland',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'portland' } },
  ],
  [
    'nos vamos a regresar a Jalisco',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'jalisco' } },
  ],
  [
    'porque me cambian de trabajo a Arizona',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'arizona' } },
  ],
  [
    'a mi esposo le dieron trabajo en Dallas',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'dallas' } },
  ],
  [
    'nos vamos a vivir a Tijuana',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'tijuana' } },
  ],
  [
    'got a job offer up in Sacramento',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'sacramento' } },
  ],
  [
    'transferring me to Reno this fall',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'reno' } },
  ],
  // ... and no move where none is said, is denied, asked, past, or someone else's.
  ['we just got back from a trip to Austin', S('address'), NO_MOVE],
  ["we're not moving to texas, we love it here", S('address'), NO_MOVE],
  ['are you moving to the new office?', S('address'), NO_MOVE],
  ['we moved to rancho from LA in 2015', S('address'), NO_MOVE],
  ['mi hermano se va a regresar a Guadalajara pero nosotros nos quedamos', SES('address'), NO_MOVE],
  ['¿ustedes tienen oficina en Texas?', SES('address'), NO_MOVE],
  ['the arrow points to the garage', S('address'), NO_MOVE],
  ['our neighbors moved to boise last year', S('address'), NO_MOVE],
  // Inheritance said as a gift of the house.
  ['my mom left me her house', S('motivation'), { slots: { motivation: 'inherited' } }],
  ['my grandpa left us the house in his will', S('motivation'), { slots: { motivation: 'inherited' } }],
  ['mi abuela nos dejó la casa', SES('motivation'), { slots: { motivation: 'inherited' } }],
  ['my tio left me his casa', S('motivation'), { slots: { motivation: 'inherited' } }],
  [
    'la casa era de mi papá y nos la dejó a nosotros',
    SES('motivation'),
    { slots: { motivation: 'inherited' } },
  ],
  ['my mom left me alone with the kids this weekend', S('address'), { slots: { motivation: null } }],
  ['my dad left the house early today', S('address'), { slots: { motivation: null } }],
  ['mi mamá me dejó en la escuela', SES('address'), { slots: { motivation: null } }],
  ['my mom left me a voicemail about the house', S('address'), { slots: { motivation: null } }],
  // A divorce sale ordered by a judge is a seller's motivation, not an escalation.
  [
    'the judge ordered us to sell the house in the divorce',
    undefined,
    { kind: 'seller', slots: { motivation: 'divorce' }, escalation: null },
  ],
  [
    'el juez nos ordenó vender la casa por el divorcio',
    undefined,
    { kind: 'seller', slots: { motivation: 'divorce' }, escalation: null },
  ],
  // Condition: the state of the home, said plainly.
  ['honestly its a total mess', S('condition'), { slots: { condition: 'needs_work' } }],
  ['the place is a disaster inside', S('condition'), { slots: { condition: 'needs_work' } }],
  ['the back deck falls apart', S('condition'), { slots: { condition: 'needs_work' } }],
  ['original everything, nothing updated since 1979', S('condition'), { slots: { condition: 'needs_work' } }],
  ['le falta mucho', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['le faltan muchos arreglos', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['está bien viejita la casa', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['nunca la hemos remodelado', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['está hecha un desastre', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['needs mucho work', S('condition'), { slots: { condition: 'needs_work' } }],
  // ... and no condition when the words are about something else.
  ['a mess of paperwork to sort out first', S('address'), { slots: { condition: null } }],
  ['sorry my texts are a mess today', S('address'), { slots: { condition: null } }],
  ['we dated for 5 years before we bought it', S('address'), { slots: { condition: null } }],
  ['the first deal fell apart in escrow', S('address'), { slots: { condition: null } }],
  ['a mi esposo le falta un año para jubilarse', SES('address'), { slots: { condition: null } }],
  ['mi mamá ya está muy vieja, por eso vendemos', SES('address'), { slots: { condition: null } }],
  ['moving back to my old neighborhood in ohio', S('address'), { slots: { condition: null } }],
  ['my life is falling apart lol', S('address'), { slots: { condition: null } }],
  // The 30 to 45 days: a yes with a limit is a yes; a likely no is a no.
  ['sí, pero máximo 45 días', SES('timelineAccepted', KNOWN), { slots: { timelineAccepted: true } }],
  ['ok, pero no más de 2 meses', SES('timelineAccepted', KNOWN), { slots: { timelineAccepted: true } }],
  [
    "yeah as long as it's not more than 45 days",
    S('timelineAccepted', KNOWN),
    { slots: { timelineAccepted: true } },
  ],
  ['sí, a lo mucho 60 días', SES('timelineAccepted', KNOWN), { slots: { timelineAccepted: true } }],
  [
    'probably not, we need to find a place first',
    S('timelineAccepted', KNOWN),
    { slots: { timelineAccepted: false } },
  ],
  [
    'no creo, primero tenemos que encontrar casa',
    SES('timelineAccepted', KNOWN),
    { slots: { timelineAccepted: false } },
  ],
  ['i doubt it', S('timelineAccepted', KNOWN), { slots: { timelineAccepted: false } }],
  ['creo que no', SES('timelineAccepted', KNOWN), { slots: { timelineAccepted: false } }],
  [
    'what happens if it takes more than 45 days?',
    S('timelineAccepted', KNOWN),
    { slots: { timelineAccepted: null } },
  ],
  ['¿por qué no más de 45 días?', SES('timelineAccepted', KNOWN), { slots: { timelineAccepted: null } }],
];

/**
 * A second batch, written after the first round of fixes and measured once before the code was touched again
 * (28/36 then, 35/36 after): further neighbours of the same mechanisms, half of them hard negatives.
 */
const secondBatch: [string, CorpusCase['setup'], CorpusCase['expect']][] = [
  ['9650 Arrow Hwy unit 3', S('address'), { contains: { address: '9650 arrow hwy unit 3' } }],
  [
    'casa en 11730 Day Creek Blvd., Rancho',
    SES('address'),
    { contains: { address: '11730 day creek blvd' } },
  ],
  ['7000 Old Day Rd', S('address'), { contains: { address: '7000 old day rd' } }],
  ['my address is 6200 N. Haven Ave', S('address'), { contains: { address: '6200 n. haven ave' } }],
  ['10 days is a long way off', S('address'), { slots: { address: null } }],
  ['like 40 min walk from arrow route', S('address'), { slots: { address: null } }],
  ['we offered 450 on the day we saw it', S('address'), { slots: { address: null } }],
  ['2 story, 2200 sq ft, corner lot on Day Creek Blvd', S('address'), { slots: { address: null } }],
  ['la casa mide 1800 pies y está en la Arrow Route', SES('address'), { slots: { address: null } }],
  [
    'hubby got stationed in Virginia so we have to go',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'virginia' } },
  ],
  [
    "we're headed back home to Ohio",
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'ohio' } },
  ],
  [
    'nos regresamos a México el próximo año',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'mexico' } },
  ],
  [
    'my wife got a job in San Diego',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'san diego' } },
  ],
  [
    'me voy a vivir con mi hija a Phoenix',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'phoenix' } },
  ],
  [
    'thinking of moving to be near my son in Tucson',
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'tucson' } },
  ],
  ["my son is moving to Tucson, we're staying put", S('address'), { slots: { relocationDestination: null } }],
  ['we went to Vegas last weekend', S('address'), NO_MOVE],
  ['is it a good time to move to Texas?', S('address'), NO_MOVE],
  ['no nos vamos a ir de Rancho', SES('address'), NO_MOVE],
  ["I'm going to the bank tomorrow", S('address'), NO_MOVE],
  ['heading to work now, text me later', S('address'), NO_MOVE],
  ["the house was my grandma's, she left it to us", S('motivation'), { slots: { motivation: 'inherited' } }],
  ['mi papá nos heredó la casa', SES('motivation'), { slots: { motivation: 'inherited' } }],
  ['my dad left us when I was 10', S('address'), { slots: { motivation: null } }],
  ['my mom left me the keys to the house', S('address'), { slots: { motivation: null } }],
  ['the whole house is outdated', S('condition'), { slots: { condition: 'needs_work' } }],
  ["kitchen's a disaster", S('condition'), { slots: { condition: 'needs_work' } }],
  ['está toda jodida la casa', SES('condition'), { slots: { condition: 'needs_work' } }],
  ["everything's original from 1985", S('condition'), { slots: { condition: 'needs_work' } }],
  ['necesita de todo', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['we had a rough year', S('address'), { slots: { condition: null } }],
  ["I'm old school, just call me", S('address'), { slots: { condition: null } }],
  ['that was a disaster of a showing', S('address'), { slots: { condition: null } }],
  ['the market is a mess right now', S('address'), { slots: { condition: null } }],
  ['our old agent was terrible', S('address'), { slots: { condition: null } }],
  ['la vecina está bien viejita', SES('address'), { slots: { condition: null } }],
];

/**
 * A third batch, written after the second round and measured once before the code was touched again (18/24 then,
 * 24/24 after): a move that takes us along, "pa", a question in the past, a coworker's move, a giver after the
 * verb ("nos la dejó mi abuelito"), "kind of a dump".
 */
const thirdBatch: [string, CorpusCase['setup'], CorpusCase['expect']][] = [
  ['its 10890 Arrow Rte, the one by the school', S('address'), { contains: { address: '10890 arrow rte' } }],
  ['6655 Day Creek Blvd apt 210', S('address'), { contains: { address: '6655 day creek blvd apt 210' } }],
  ['vivimos en el 8020 Good Hope Ct', SES('address'), { contains: { address: '8020 good hope ct' } }],
  ['9 out of 10 days the road is busy', S('address'), { slots: { address: null } }],
  ['we have 3 kids and 2 dogs, 1500 sq feet is tight', S('address'), { slots: { address: null } }],
  ['our 30 year mortgage way too high', S('address'), { slots: { address: null } }],
  [
    "my husband's company is sending us to Denver in May",
    S('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'denver' } },
  ],
  [
    'we want to retire in Arizona near the grandkids',
    S('motivation'),
    { slots: { motivation: 'retirement' }, contains: { relocationDestination: 'arizona' } },
  ],
  [
    'me ofrecieron chamba en Houston',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'houston' } },
  ],
  [
    'nos vamos pa Sinaloa con la familia',
    SES('motivation'),
    { slots: { motivation: 'relocation' }, contains: { relocationDestination: 'sinaloa' } },
  ],
  ['we love it here, not going anywhere soon', S('address'), NO_MOVE],
  ['did the last owners move to Florida?', S('address'), NO_MOVE],
  ['my coworker transferred to Austin and loves it', S('address'), NO_MOVE],
  ['mi tía se fue a vivir a Tijuana', SES('address'), NO_MOVE],
  ['my late husband left me the house', S('motivation'), { slots: { motivation: 'inherited' } }],
  ['la casa nos la dejó mi abuelito', SES('motivation'), { slots: { motivation: 'inherited' } }],
  ['my mom left us a note about the dog', S('address'), { slots: { motivation: null } }],
  ['the bathrooms are a mess', S('condition'), { slots: { condition: 'needs_work' } }],
  ['honestly its kind of a dump', S('condition'), { slots: { condition: 'needs_work' } }],
  ['la cocina ya está muy gastada', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['le falta bastante', SES('condition'), { slots: { condition: 'needs_work' } }],
  ['my schedule is a mess this week', S('address'), { slots: { condition: null } }],
  ['im getting old lol', S('address'), { slots: { condition: null } }],
  ['the deal kinda fell apart last time', S('address'), { slots: { condition: null } }],
];

/** Second-batch probes still read wrong, named so that a new miss or a new pass shows. */
const stillMissed = new Set<string>([]);

describe('reading-s21 seller: second batch of neighbours', () => {
  it.each(secondBatch)('%s', (text, setup, expectation) => {
    const result = runCase({
      id: 'n2',
      class: 'seller_vocab',
      lang: setup?.lang ?? 'en',
      text,
      ...(setup ? { setup } : {}),
      expect: expectation,
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong.length === 0, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toBe(
      !stillMissed.has(text),
    );
  });
});

describe('reading-s21 seller: third batch of neighbours', () => {
  it.each(thirdBatch)('%s', (text, setup, expectation) => {
    const result = runCase({
      id: 'n3',
      class: 'seller_vocab',
      lang: setup?.lang ?? 'en',
      text,
      ...(setup ? { setup } : {}),
      expect: expectation,
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
  });
});

describe('reading-s21 seller: held-out neighbours', () => {
  it.each(probes)('%s', (text, setup, expectation) => {
    const result = runCase({
      id: 'n',
      class: 'seller_vocab',
      lang: setup?.lang ?? 'en',
      text,
      ...(setup ? { setup } : {}),
      expect: expectation,
    });
    const wrong = result.checks.filter((check) => !check.ok);
    expect(wrong, `${JSON.stringify(wrong)} | reply: ${result.reply ?? ''}`).toEqual([]);
    expect(result.checks.length).toBeGreaterThan(0);
  });
});

describe('reading-s21 seller: addresses found inside sentences', () => {
  it.each([
    ['selling 7420 Day Creek Blvd because we are moving', '7420 Day Creek Blvd'],
    ['7740 Old Route 66', '7740 Old Route 66'],
    ['9876 Arrow Rte', '9876 Arrow Rte'],
    ['la dirección es 9876 Arrow Route, Rancho', '9876 Arrow Route'],
    ['its 12011 Etiwanda Ave unit 4', '12011 Etiwanda Ave unit 4'],
  ])('%s', (text, address) => {
    expect(findAddresses(text).map((match) => match.address)).toEqual([address]);
  });
});

describe('reading-s21 seller: a question asks clause by clause', () => {
  it.each([
    ['so we inherited a house, what do we do?', 'inherited'],
    ['heredamos la casa, ¿cuánto vale?', 'inherited'],
    ["we're moving to texas, is that a problem?", 'relocation'],
    ['is it a good time to move to Texas, or should we wait?', undefined],
    ['do you buy inherited houses?', undefined],
  ])('%s', (text, motivation) => {
    expect(extractMotivation(text, { asked: false }).motivation).toBe(motivation);
  });
});
