import { StemmerEn } from '@nlpjs/lang-en-min';
import { describe, expect, it } from 'vitest';
import { findLeadQuestion } from '../../../src/bots/lead-question.js';
import { readSideTopics } from '../../../src/bots/side-topics.js';
import {
  MODEL_TOPICS,
  boundedStems,
  createTopicModel,
  featuresOf,
  topicModel,
  type TopicModel,
} from '../../../src/bots/topic-model/model.js';
import en from '../../../src/bots/topic-model/topics.en.json' with { type: 'json' };
import es from '../../../src/bots/topic-model/topics.es.json' with { type: 'json' };
import type { CorpusCase } from '../../fixtures/corpus/run.js';
import { B, ES, suite } from './probe-suite.js';

/**
 * The trained topic model (docs/BOTS.md section 53): what it adds to the rules, in phrasings written for this file
 * (none from a corpus), and the hard negatives beside them. The rules read some of these too; the model's own part is
 * shown below with a model that reads nothing.
 */

const disclosed = { disclosure: true } as const;
const notDisclosed = { disclosure: false } as const;
const person = { escalation: 'person' } as const;
const noEscalation = { escalation: null } as const;
const kickback = { alertTopic: 'kickback' } as const;

suite('a question whether a person or a machine answers, in new words, is answered honestly', [
  ['hey is a human actually reading my texts or is this some program', B('size'), disclosed],
  ['be real with me, am i chatting with artificial intelligence right now?', B('size'), disclosed],
  ['who is on the other side of this chat, a person or software?', B('size'), disclosed],
  ['ey is this a bot contestando o alguien real?', ES('size'), disclosed],
  ['¿usted es inteligencia artificial?', ES('size'), disclosed],
  // jokes, comparisons and other people's robots are no question
  ['lol these replies are so fast, like a robot', B('size'), notDisclosed],
  ['my son builds robots at school, anyway we need 3 bedrooms', B('size'), notDisclosed],
  ['la aspiradora robot se quedó en la otra casa jaja', ES('size'), notDisclosed],
  ['the seller is a real person right? not a bank', B('size'), notDisclosed],
]);

suite('a person asked for is handed to one (the rules: the model reads no person), and no one else is', [
  ['can i get an actual agent on the line please', B('size'), person],
  ['i want to speak to a real agent, not this chat', B('size'), person],
  ['necesito hablar con un agente de verdad, por favor', ES('size'), person],
  ['comuníqueme con una persona por favor', ES('size'), person],
  // an agent talked to before, a name and a phone given, a relative's trade: no request
  ['we talked to a real agent last year but it fell through', B('size'), noEscalation],
  ['my name is Carla Ruiz, 909 555 0142, we want to buy in Upland', B('size'), noEscalation],
  ['me llamo Tomás Peña, quiero comprar en Fontana, tenemos 450 mil', ES('size'), noEscalation],
  ['mi esposo es agente de seguros, no de bienes raíces', ES('size'), noEscalation],
]);

suite('money offered for referrals, in new words, alerts staff', [
  [
    'my buddy does home inspections, send him your clients and he will pay you 300 per referral',
    B('size'),
    kickback,
  ],
  ['if you refer buyers to my mortgage shop i can give you a cut of every loan', B('size'), kickback],
  ['mi hermano es prestamista, si le manda clientes le da un porcentaje a usted', ES('size'), kickback],
  // a lender's discount and a question about the fee are no kickback
  ['our lender gave us a discount on closing costs', B('size'), { alertTopic: null }],
  ['what is the commission on a 700k house?', B('size'), { alertTopic: 'commission' }],
]);

/** A seller asked the question, the address (and for the condition, the reason and the 30-45 days) known. */
const asked = (question: 'condition' | 'motivation', lang: 'en' | 'es' = 'en') =>
  ({
    kind: 'seller',
    asking: question,
    lang,
    slots: {
      address: '8231 Haven Ave',
      ...(question === 'condition' ? { motivation: 'relocation', timelineAccepted: true } : {}),
    },
  }) as CorpusCase['setup'];
const condition = (value: string | null) => ({ slots: { condition: value } });
const motivation = (value: string | null) => ({ slots: { motivation: value } });

suite(
  'the home’s condition asked: an answer in new words is read, and what answers no such question is not',
  [
    [
      'honestly its a gem, new floors and the roof is 3 yrs old',
      asked('condition'),
      condition('move_in_ready'),
    ],
    ['the bathrooms are original 1970s and the carpet is shot', asked('condition'), condition('needs_work')],
    ['foundation cracks and the plumbing leaks, its rough', asked('condition'), condition('needs_work')],
    [
      'está impecable, la pintamos y cambiamos los pisos el año pasado',
      asked('condition', 'es'),
      condition('move_in_ready'),
    ],
    [
      'le falta de todo, el techo gotea y la cocina está muy vieja',
      asked('condition', 'es'),
      condition('needs_work'),
    ],
    ['la casa está en condiciones de entrar a vivir', asked('condition', 'es'), condition('move_in_ready')],
    ['hay que meterle lana, los baños están feos', asked('condition', 'es'), condition('needs_work')],
    ['why do you need to know that?', asked('condition'), condition(null)],
    ['we owe about 300k on it still', asked('condition'), condition(null)],
    ['mi abogado dice que espere', asked('condition', 'es'), condition(null)],
    ['can someone call me tomorrow instead', asked('condition'), condition(null)],
  ],
);

suite('why the seller sells, asked: a reason in new words is read, and no reason is not', [
  ['got a job offer in austin we cant pass up', asked('motivation'), motivation('relocation')],
  [
    'the kids moved out and its way too much house for two old folks',
    asked('motivation'),
    motivation('downsizing'),
  ],
  [
    'baby number three on the way, we are bursting at the seams',
    asked('motivation'),
    motivation('upgrading'),
  ],
  ['me and my husband are splitting up', asked('motivation'), motivation('divorce')],
  ['it was my grandpas, he left it to us when he passed', asked('motivation'), motivation('inherited')],
  [
    'nos trasladan a Phoenix por el trabajo de mi esposo',
    asked('motivation', 'es'),
    motivation('relocation'),
  ],
  [
    'ya no podemos con la hipoteca, se nos atrasaron los pagos',
    asked('motivation', 'es'),
    motivation('financial'),
  ],
  ['nos estamos separando y hay que repartir', asked('motivation', 'es'), motivation('divorce')],
  ['ya me jubilé y quiero irme a vivir a la playa', asked('motivation', 'es'), motivation('retirement')],
  ['just curious what its worth honestly', asked('motivation'), motivation(null)],
  ['whats the commission you charge?', asked('motivation'), motivation(null)],
  ['prefiero no decir', asked('motivation', 'es'), motivation(null)],
  // a friend's divorce is the friend's reason
  [
    'Una amiga se está divorciando y vendió su casa con ustedes, por eso les escribo',
    asked('motivation', 'es'),
    { slots: { motivation: null } },
  ],
]);

const readsNothing: TopicModel = {
  topics: () => new Set(),
  answer: () => undefined,
  asks: () => undefined,
};

describe('the topic model', () => {
  it('reads a seller’s answer the rules do not, and only the question asked', () => {
    const answer = 'Kids have all flown the coop, its just the missus and me rattling round four bedrooms';
    expect(topicModel.answer('motivation', answer, 'en')).toBe('downsizing');
    expect(topicModel.answer('condition', 'we are splitting up', 'en')).toBeUndefined();
    const worn =
      'Well, its been loved, bless it. Same carpet since Reagan and the avocado green stove still works';
    expect(topicModel.answer('condition', worn, 'en')).toBe('needs_work');
    // ...and never a reading that hangs on one word whose sense the rules weigh
    expect(topicModel.answer('motivation', 'the HOA is behind on fixing the pool', 'en')).toBeUndefined();
  });

  it('adds what the rules do not read, and only that', () => {
    const asked = 'real question, does a live person read these or is it like chatgpt';
    expect(readSideTopics(asked, 'Jorge Salas', undefined, 'en', readsNothing).topic).toBeUndefined();
    expect(readSideTopics(asked, 'Jorge Salas', undefined, 'en').topic).toBe('disclosure');
    const offered = 'mi hermano es prestamista, si le manda clientes le da un porcentaje a usted';
    expect(readSideTopics(offered, 'Jorge Salas', undefined, 'es', readsNothing).flagged).toEqual([]);
    expect(readSideTopics(offered, 'Jorge Salas', undefined, 'es').flagged).toEqual([
      { topic: 'kickback', sentence: offered },
    ]);
    const artificial = 'be real with me, am i chatting with artificial intelligence right now?';
    expect(readSideTopics(artificial, 'Jorge Salas', undefined, 'en', readsNothing).topic).toBeUndefined();
    expect(readSideTopics(artificial, 'Jorge Salas', undefined, 'en').topic).toBe('disclosure');
  });

  it('reads a visit or a home’s value asked for where the rules read none or one for the agent', () => {
    const visit = '¿Podría verla el martes temprano?';
    expect(topicModel.asks(visit, 'es')).toBe('showing');
    expect(findLeadQuestion(visit, { worthMeansOwnHome: false })?.topic).toBeUndefined();
    expect(
      findLeadQuestion(visit, { worthMeansOwnHome: false, model: { reader: topicModel, lang: 'es' } })?.topic,
    ).toBe('showing');
    const value = '¿Cuánto nos darían por la casa de mi suegra en Ontario?';
    expect(findLeadQuestion(value, { worthMeansOwnHome: false })?.topic).toBe('other');
    expect(
      findLeadQuestion(value, { worthMeansOwnHome: false, model: { reader: readsNothing, lang: 'es' } })
        ?.topic,
    ).toBe('other');
    expect(
      findLeadQuestion(value, { worthMeansOwnHome: false, model: { reader: topicModel, lang: 'es' } })?.topic,
    ).toBe('home_value');
    // a listing fact the rules read stays theirs; a statement is never read
    const pool = 'does it have a pool? we could see it saturday';
    expect(
      findLeadQuestion(pool, { worthMeansOwnHome: false, model: { reader: topicModel, lang: 'en' } })?.topic,
    ).toBe('pool');
    expect(
      findLeadQuestion('we saw it saturday, loved it', {
        worthMeansOwnHome: false,
        model: { reader: topicModel, lang: 'en' },
      }),
    ).toBeUndefined();
    expect(topicModel.asks('verla', 'es')).toBeUndefined();
  });

  it('reads the topics of the language it is given, and nothing in numbers, empty or over-long text', () => {
    expect([...topicModel.topics('wait, am i talking to a person or a computer program?', 'en')]).toEqual([
      'disclosure',
    ]);
    expect(topicModel.topics('909 555 0142, 1534', 'en').size).toBe(0);
    expect(topicModel.topics('', 'es').size).toBe(0);
    expect(topicModel.topics(`is this a bot? ${'we want four bedrooms. '.repeat(40)}`, 'en').size).toBe(0);
  });

  it('leaves numbers out of the features', () => {
    const features = featuresOf(
      'call me at 909 555 0142 about 1534 Elm',
      'en',
      boundedStems(new StemmerEn()),
    );
    expect(Object.keys(features).some((feature) => /\d/.test(feature))).toBe(false);
    expect(features['en:call']).toBe(1);
  });

  it('keeps its stemmers’ memory bounded over unbounded text', () => {
    const stemmer = new StemmerEn();
    const stems = boundedStems(stemmer, 1_000);
    for (let at = 0; at < 5_000; at += 1) stems(`word${at.toString(36)} other${at.toString(36)}`);
    expect(Object.keys(stemmer.cache).length).toBeLessThanOrEqual(1_000);
    expect(stems('bedrooms')).toEqual(['bedroom']);
  });

  it('is the saved networks of both languages, each scoring its topics', () => {
    for (const json of [en, es]) {
      for (const topic of [...MODEL_TOPICS, 'person']) expect(json.intents).toContain(topic);
      expect(json.perceptrons).toHaveLength(json.intents.length);
      for (const row of json.perceptrons) expect(row).toHaveLength(json.features.length + 1);
    }
    const model = createTopicModel({
      topics: { en, es },
      condition: { en, es },
      motivation: { en, es },
      question: { en, es },
    });
    expect(model.topics('r u a bot or a real person', 'en').has('disclosure')).toBe(true);
  });
});
