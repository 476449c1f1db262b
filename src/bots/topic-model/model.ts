/**
 * A trained reader of what a message is about, where the rules miss new words (issue 30, design item 4): two side
 * topics, a sincere question whether a person or a machine is answering (`disclosure`) and an offer of money for
 * referrals (`kickback`); two seller answers, the home's condition and why the seller sells, when the lead was
 * asked them; and the lead's own question as a visit or the value of its own home, where
 * the rules read none or one for the agent (section 55, at `QUESTION_THRESHOLD`). One small network per reading and
 * language (nlp.js's perceptrons over stemmed words), trained by `scripts/train-topic-model.ts` on the corpus probes
 * and saved as `<reading>.<lang>.json`. The topics network also learns a person asked for, Fair Housing and
 * commission, to tell them apart, but reads none of them (the rules did better there). It only adds to the rules, at a
 * score of 0.9 or more but for the lead's question: docs/BOTS.md section 53 has the evaluation (the rules alone against
 * rules or model, on sets the model never saw) that chose these readings and that threshold. A request to stop being
 * contacted is read by stop-model.ts (docs/BOTS.md section 66), which took the place of this model's `optout` reading.
 */
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerEs } from '@nlpjs/lang-es';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import type { Lang } from '../text.js';
import type { Condition } from '../extract/condition.js';
import type { Motivation } from '../extract/motivation.js';
import conditionEn from './condition.en.json' with { type: 'json' };
import conditionEs from './condition.es.json' with { type: 'json' };
import motivationEn from './motivation.en.json' with { type: 'json' };
import motivationEs from './motivation.es.json' with { type: 'json' };
import questionEn from './question.en.json' with { type: 'json' };
import questionEs from './question.es.json' with { type: 'json' };
import topicsEn from './topics.en.json' with { type: 'json' };
import topicsEs from './topics.es.json' with { type: 'json' };

export const MODEL_TOPICS = ['disclosure', 'kickback'] as const;
export type ModelTopic = (typeof MODEL_TOPICS)[number];

/** The seller answers the model reads, and the values it may give each (never "other" or "unknown"). */
export const MODEL_ANSWERS = {
  condition: ['move_in_ready', 'needs_work'],
  motivation: ['relocation', 'downsizing', 'upgrading', 'divorce', 'inherited', 'financial', 'retirement'],
} as const satisfies { condition: readonly Condition[]; motivation: readonly Motivation[] };
export type ModelAnswer = keyof typeof MODEL_ANSWERS;

/** The lead's own questions the model reads: a visit asked for, and what the lead's own home would sell for. */
export const MODEL_QUESTIONS = ['showing', 'home_value'] as const;
export type ModelQuestion = (typeof MODEL_QUESTIONS)[number];

export const READINGS = ['topics', 'condition', 'motivation', 'question'] as const;
export type Reading = (typeof READINGS)[number];
export type Networks = Record<Reading, Record<Lang, NeuralNetworkJson>>;

const SAVED: Networks = {
  topics: { en: topicsEn, es: topicsEs },
  condition: { en: conditionEn, es: conditionEs },
  motivation: { en: motivationEn, es: motivationEs },
  question: { en: questionEn, es: questionEs },
};

/** Below this score the model adds nothing (chosen on held-out sets, where it added no false reading). */
export const MODEL_THRESHOLD = 0.9;

/**
 * The lead's own questions are read at a lower score, and without the test of each word: a visit or a home's value is
 * asked in a few words, each needed ("¿se podrá ver el domingo?"), and only in a sentence built as a question or a
 * wish (lead-question.ts). Chosen on the conversation sets' 18,305 lead turns (6 readings added with the gates of
 * lead-question.ts, none wrong) and the spent probe sets.
 */
export const QUESTION_THRESHOLD = 0.75;

/** Stemmers keep every word they have stemmed; past this many they start again (a server reads unbounded text). */
const STEM_CACHE_LIMIT = 20_000;

/** Messages longer than this are read by the rules alone (the model was trained on texts of a few sentences). */
const MAX_CHARS = 600;

export interface TopicModel {
  /** The topics this text is about, by the model of its language (both when it cannot tell). */
  topics(text: string, lang: Lang | null): Set<ModelTopic>;
  /** The value this answer gives the seller question asked, if the model is sure of one. */
  answer<Asked extends ModelAnswer>(
    asked: Asked,
    text: string,
    lang: Lang,
  ): (typeof MODEL_ANSWERS)[Asked][number] | undefined;
  /** The question a sentence asks, if it asks for a visit or for what the lead's home would sell for. */
  asks(sentence: string, lang: Lang): ModelQuestion | undefined;
}

/** nlp.js's stemmers: normalise (lower case, no accents), tokenise, stem; each keeps every word it has stemmed. */
interface NlpStemmer {
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
  cache: Record<string, string>;
}

/** A text's stemmed words, from a stemmer whose memory of stemmed words is bounded. */
export type Stems = (text: string) => string[];

export function boundedStems(stemmer: NlpStemmer, limit = STEM_CACHE_LIMIT): Stems {
  let stemmed = 0;
  return (text) => {
    const stems = stemmer.tokenizeAndStem(text, true);
    stemmed += stems.length;
    // At most `stemmed` words were added since the cache was last emptied.
    if (stemmed > limit) {
      stemmer.cache = {};
      stemmed = 0;
    }
    return stems;
  };
}

/**
 * The features one language's network reads: the message's stemmed words, marked with the language. Numbers are
 * left out (phone numbers, amounts and house numbers say nothing of these topics, and a phone given with a call
 * asked for must not teach the network that every phone number asks for one).
 */
export function featuresOf(text: string, lang: Lang, stems: Stems): Record<string, number> {
  const features: Record<string, number> = {};
  for (const stem of stems(text))
    if (![...stem].some((char) => char >= '0' && char <= '9')) features[`${lang}:${stem}`] = 1;
  return features;
}

/** nlp.js's scores: each intent's output squared, over the sum of them all. */
export function normalisedScores(outputs: Record<string, number>): Map<string, number> {
  let total = 0;
  for (const value of Object.values(outputs)) total += value ** 2;
  const scores = new Map<string, number>();
  for (const [intent, value] of Object.entries(outputs))
    scores.set(intent, total > 0 ? value ** 2 / total : 0);
  return scores;
}

export function networkFrom(json: NeuralNetworkJson): NeuralNetwork {
  const network = new NeuralNetwork();
  network.fromJSON(json);
  return network;
}

/** The scores a network gives features, or none when there is no word to read (the biases alone would answer). */
function scoresOf(network: NeuralNetwork, features: Record<string, number>): Map<string, number> {
  const none = new Map<string, number>();
  if (Object.keys(features).length === 0) return none;
  const outputs = network.run(features);
  return outputs ? normalisedScores(outputs) : none;
}

/**
 * A label that stays the network's first without any one of the words: "the HOA is behind on fixing the pool" is
 * financial only by "behind", a word whose sense the rules weigh (here, no payment), so the model keeps out of it;
 * "estamos atrasados con la cuota del préstamo y ya no damos más" is financial by several words.
 */
function standsWithoutAnyOneWord(
  network: NeuralNetwork,
  features: Record<string, number>,
  label: string,
): boolean {
  return Object.keys(features).every((left) => {
    const rest = { ...features };
    delete rest[left];
    const scores = scoresOf(network, rest);
    const score = scores.get(label) ?? 0;
    return [...scores.values()].every((other) => other <= score);
  });
}

export function createTopicModel(networks: Networks = SAVED): TopicModel {
  const stems = { en: boundedStems(new StemmerEn()), es: boundedStems(new StemmerEs()) };
  const loaded = Object.fromEntries(
    READINGS.map((reading) => [
      reading,
      { en: networkFrom(networks[reading].en), es: networkFrom(networks[reading].es) },
    ]),
  ) as Record<Reading, Record<Lang, NeuralNetwork>>;
  const sure = (scores: Map<string, number>, label: string) => (scores.get(label) ?? 0) >= MODEL_THRESHOLD;
  return {
    topics(text, lang) {
      const found = new Set<ModelTopic>();
      for (const each of lang ? [lang] : (['en', 'es'] as const)) {
        const scores =
          text.length > MAX_CHARS
            ? new Map<string, number>()
            : scoresOf(loaded.topics[each], featuresOf(text, each, stems[each]));
        for (const topic of MODEL_TOPICS) if (sure(scores, topic)) found.add(topic);
      }
      return found;
    },
    answer(asked, text, lang) {
      if (text.length > MAX_CHARS) return undefined;
      const network = loaded[asked][lang];
      const features = featuresOf(text, lang, stems[lang]);
      const scores = scoresOf(network, features);
      return MODEL_ANSWERS[asked].find(
        (value) => sure(scores, value) && standsWithoutAnyOneWord(network, features, value),
      );
    },
    asks(sentence, lang) {
      if (sentence.length > MAX_CHARS) return undefined;
      const network = loaded.question[lang];
      const features = featuresOf(sentence, lang, stems[lang]);
      if (Object.keys(features).length < 2) return undefined;
      const scores = scoresOf(network, features);
      return MODEL_QUESTIONS.find((question) => (scores.get(question) ?? 0) >= QUESTION_THRESHOLD);
    },
  };
}

/** The model every bot step reads with (the networks are read-only; the stemmers' caches are bounded above). */
export const topicModel: TopicModel = createTopicModel();
