/**
 * A trained reader of two topics the sentence rules miss in new words (issue 30, design item 4): a sincere question
 * whether a person or a machine is answering (`disclosure`) and an offer of money for referrals (`kickback`). One
 * small network per language (nlp.js's perceptrons over stemmed words), trained by `scripts/train-topic-model.ts` on
 * the corpus probes and saved in `en.json` and `es.json`; it also learns a person asked for, Fair Housing and
 * commission, to tell them apart, but reads none of them (the rules did better there). It only adds to the rules,
 * at a score of 0.9 or more: docs/BOTS.md section 53 has the evaluation (the rules alone against rules or model, on
 * sets the model never saw) that chose these topics and that threshold.
 */
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerEs } from '@nlpjs/lang-es';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import type { Lang } from '../text.js';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };

export const MODEL_TOPICS = ['disclosure', 'kickback'] as const;
export type ModelTopic = (typeof MODEL_TOPICS)[number];

/** Below this score the model adds nothing (chosen on held-out sets, where it added no false reading). */
export const MODEL_THRESHOLD = 0.9;

/** Stemmers keep every word they have stemmed; past this many they start again (a server reads unbounded text). */
const STEM_CACHE_LIMIT = 20_000;

/** Messages longer than this are read by the rules alone (the model was trained on texts of a few sentences). */
const MAX_CHARS = 600;

export interface TopicModel {
  /** The topics this text is about, by the model of its language (both when it cannot tell). */
  topics(text: string, lang: Lang | null): Set<ModelTopic>;
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

export function createTopicModel(models: Record<Lang, NeuralNetworkJson> = { en, es }): TopicModel {
  const readers = {
    en: { network: networkFrom(models.en), stems: boundedStems(new StemmerEn()) },
    es: { network: networkFrom(models.es), stems: boundedStems(new StemmerEs()) },
  };
  const read = (text: string, lang: Lang, found: Set<ModelTopic>) => {
    const { network, stems } = readers[lang];
    const features = featuresOf(text, lang, stems);
    // No word at all: the network's biases alone would answer.
    if (Object.keys(features).length === 0) return;
    const outputs = network.run(features);
    if (!outputs) return;
    const scores = normalisedScores(outputs);
    for (const topic of MODEL_TOPICS) if ((scores.get(topic) ?? 0) >= MODEL_THRESHOLD) found.add(topic);
  };
  return {
    topics(text, lang) {
      const found = new Set<ModelTopic>();
      if (text.length > MAX_CHARS) return found;
      for (const each of lang ? [lang] : (['en', 'es'] as const)) read(text, each, found);
      return found;
    },
  };
}

/** The model every bot step reads with (the networks are read-only; the stemmers' caches are bounded above). */
export const topicModel: TopicModel = createTopicModel();
