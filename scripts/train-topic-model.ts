/**
 * Trains the topic model of src/bots/topic-model/, one network per reading and language, on the corpus probes, and
 * writes `<reading>.<lang>.json` there:
 * - topics: every probe, labelled by its expected reading (`disclosure: true`, `escalation: 'person'`, or the
 *   compliance alert's topic: kickback, Fair Housing, commission), every other probe `none`;
 * - condition and motivation: the probes that answer the seller question of that name (no messages before them),
 *   labelled by the value expected, `none` where the slot must stay empty; and the answers to every other question
 *   that expect nothing of that slot, `none` (a message that answers no such question: a legal matter, a price).
 *
 *   npx tsx scripts/train-topic-model.ts                        # train on every part but the held-out ones, write
 *   npx tsx scripts/train-topic-model.ts --evaluate sealed-s62  # train without these parts, then score them
 *
 * Parts still held out (measured once, never seen) are never trained on.
 */
import { writeFileSync } from 'node:fs';
import { NeuralNetwork, type NeuralNetworkJson, type TrainingExample } from '@nlpjs/neural';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerEs } from '@nlpjs/lang-es';
import {
  boundedStems,
  featuresOf,
  networkFrom,
  normalisedScores,
  MODEL_THRESHOLD,
  READINGS,
  type Networks,
  type Reading,
} from '../src/bots/topic-model/model.js';
import type { Lang } from '../src/bots/text.js';
import { CORPUS_PARTS, loadCorpus, type CorpusCase, type CorpusPart } from '../tests/fixtures/corpus/run.js';
import { HELD_OUT } from './held-out-parts.js';

/** A probe's labels for a reading; none when the probe says nothing of it. */
function labelsOf(reading: Reading, c: CorpusCase): string[] | undefined {
  if (reading === 'topics') {
    const labels: string[] = [];
    if (c.expect.disclosure === true) labels.push('disclosure');
    if (c.expect.escalation === 'person') labels.push('person');
    const topic = c.expect.alertTopic;
    if (topic === 'kickback' || topic === 'fair_housing' || topic === 'commission') labels.push(topic);
    return labels.length > 0 ? labels : ['none'];
  }
  if (c.before) return undefined;
  // every probe asks for a visit or for its home's value, or neither (what a probe expects holds no such question
  // unless it says one)
  if (reading === 'question')
    return [c.expect.answer === 'showing' || c.expect.answer === 'home_value' ? c.expect.answer : 'none'];
  const value = c.expect.slots?.[reading];
  if (c.setup?.asking === reading)
    return value === undefined ? undefined : [typeof value === 'string' ? value : 'none'];
  // An answer to another question that says nothing of this one: what a message that is no answer looks like.
  return c.setup?.asking !== undefined && value === undefined ? ['none'] : undefined;
}

const args = process.argv.slice(2);
const evaluateAt = args.indexOf('--evaluate');
const evaluated = (evaluateAt >= 0 ? (args[evaluateAt + 1] ?? '').split(',') : []).filter(
  (part): part is CorpusPart => (CORPUS_PARTS as readonly string[]).includes(part),
);
const trainedOn = CORPUS_PARTS.filter((part) => !HELD_OUT.includes(part) && !evaluated.includes(part));
if (evaluateAt >= 0 && evaluated.length === 0)
  throw new Error('--evaluate needs corpus parts, comma-separated');
const stems = { en: boundedStems(new StemmerEn()), es: boundedStems(new StemmerEs()) };

/** The trained network without features no intent weighs, its weights rounded (the file stays small). */
function compact(json: NeuralNetworkJson): NeuralNetworkJson {
  const kept = json.features.flatMap((_, index) =>
    json.perceptrons.some((row) => Math.abs(row[index] ?? 0) >= 1e-4) ? [index] : [],
  );
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    settings: json.settings,
    features: kept.map((index) => json.features[index]!),
    intents: json.intents,
    perceptrons: json.perceptrons.map((row) => [
      ...kept.map((index) => round(row[index] ?? 0)),
      round(row[row.length - 1] ?? 0),
    ]),
  };
}

function train(reading: Reading): Record<Lang, NeuralNetworkJson> {
  const examples: Record<Lang, TrainingExample[]> = { en: [], es: [] };
  for (const part of trainedOn) {
    for (const c of loadCorpus(part)) {
      const labels = labelsOf(reading, c);
      if (!labels) continue;
      const output = Object.fromEntries(labels.map((label) => [label, 1]));
      examples[c.lang].push({ input: featuresOf(c.text, c.lang, stems[c.lang]), output });
    }
  }
  const trained = {} as Record<Lang, NeuralNetworkJson>;
  for (const lang of ['en', 'es'] as const) {
    const started = Date.now();
    const network = new NeuralNetwork({ log: false });
    network.train(examples[lang]);
    trained[lang] = compact(network.toJSON());
    console.log(
      `${reading} ${lang}: ${examples[lang].length} probes, ${trained[lang].features.length} features, ${Date.now() - started} ms`,
    );
  }
  return trained;
}

const networks = Object.fromEntries(READINGS.map((reading) => [reading, train(reading)])) as Networks;

if (evaluated.length === 0) {
  for (const reading of READINGS) {
    for (const lang of ['en', 'es'] as const) {
      writeFileSync(
        new URL(`../src/bots/topic-model/${reading}.${lang}.json`, import.meta.url),
        `${JSON.stringify(networks[reading][lang])}\n`,
      );
    }
  }
  console.log(`written from ${trainedOn.length} parts`);
} else {
  // The model alone on the parts left out: for each label, found, missed, and read where the probe expects another.
  for (const reading of READINGS) {
    const loaded = { en: networkFrom(networks[reading].en), es: networkFrom(networks[reading].es) };
    const tally = new Map<string, { found: number; missed: number; wrong: number }>();
    const count = (label: string) => tally.get(label) ?? { found: 0, missed: 0, wrong: 0 };
    for (const part of evaluated) {
      for (const c of loadCorpus(part)) {
        const truth = labelsOf(reading, c);
        if (!truth) continue;
        const outputs = loaded[c.lang].run(featuresOf(c.text, c.lang, stems[c.lang])) ?? {};
        const scores = normalisedScores(outputs);
        for (const label of networks[reading][c.lang].intents) {
          if (label === 'none') continue;
          const says = (scores.get(label) ?? 0) >= MODEL_THRESHOLD;
          const entry = count(label);
          if (truth.includes(label) && says) entry.found += 1;
          else if (truth.includes(label)) entry.missed += 1;
          else if (says) entry.wrong += 1;
          tally.set(label, entry);
        }
      }
    }
    for (const [label, { found, missed, wrong }] of tally)
      console.log(
        `${reading} ${label}: ${found} found, ${missed} missed, ${wrong} read where another is expected`,
      );
  }
}
