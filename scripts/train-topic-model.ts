/**
 * Trains the topic model of src/bots/topic-model/ (disclosure, a person asked for, kickback; fair housing and
 * commission are trained too, so the network tells them apart) on the corpus probes, one network per language,
 * and writes en.json and es.json there.
 *
 *   npx tsx scripts/train-topic-model.ts                        # train on every part but the held-out ones, write
 *   npx tsx scripts/train-topic-model.ts --evaluate sealed-s62  # train without these parts, then score them
 *
 * A probe's label comes from its expected reading: `disclosure: true`, `escalation: 'person'`, or the compliance
 * alert topic; every other probe is `none`. Parts still held out (measured once, never seen) are never trained on.
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
} from '../src/bots/topic-model/model.js';
import type { Lang } from '../src/bots/text.js';
import { CORPUS_PARTS, loadCorpus, type CorpusCase, type CorpusPart } from '../tests/fixtures/corpus/run.js';

/** Parts written blind and not yet measured: never trained on. */
const HELD_OUT: readonly string[] = ['sealed-s63'];

const LABELS = ['disclosure', 'person', 'kickback', 'fair_housing', 'commission'] as const;
type Label = (typeof LABELS)[number];

function labelsOf(c: CorpusCase): Label[] {
  const labels: Label[] = [];
  if (c.expect.disclosure === true) labels.push('disclosure');
  if (c.expect.escalation === 'person') labels.push('person');
  const topic = c.expect.alertTopic;
  if (topic === 'kickback' || topic === 'fair_housing' || topic === 'commission') labels.push(topic);
  return labels;
}

const args = process.argv.slice(2);
const evaluateAt = args.indexOf('--evaluate');
const evaluated = evaluateAt >= 0 ? (args[evaluateAt + 1] ?? '').split(',').filter(Boolean) : [];
const trainedOn = CORPUS_PARTS.filter((part) => !HELD_OUT.includes(part) && !evaluated.includes(part));

const stemmers = { en: boundedStems(new StemmerEn()), es: boundedStems(new StemmerEs()) };
const examples: Record<Lang, TrainingExample[]> = { en: [], es: [] };
for (const part of trainedOn) {
  for (const c of loadCorpus(part)) {
    const labels = labelsOf(c);
    const output = Object.fromEntries((labels.length > 0 ? labels : ['none']).map((label) => [label, 1]));
    examples[c.lang].push({ input: featuresOf(c.text, c.lang, stemmers[c.lang]), output });
  }
}

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

const models = {} as Record<Lang, NeuralNetworkJson>;
for (const lang of ['en', 'es'] as const) {
  const started = Date.now();
  const network = new NeuralNetwork({ log: false });
  network.train(examples[lang]);
  models[lang] = compact(network.toJSON());
  console.log(
    `${lang}: ${examples[lang].length} probes, ${models[lang].features.length} features, ${Date.now() - started} ms`,
  );
}

if (evaluated.length === 0) {
  for (const lang of ['en', 'es'] as const) {
    writeFileSync(
      new URL(`../src/bots/topic-model/${lang}.json`, import.meta.url),
      `${JSON.stringify(models[lang])}\n`,
    );
  }
  console.log(`written from ${trainedOn.length} parts`);
} else {
  const networks = { en: networkFrom(models.en), es: networkFrom(models.es) };
  for (const label of LABELS) {
    let found = 0;
    let missed = 0;
    let wrong = 0;
    for (const part of evaluated) {
      for (const c of loadCorpus(part as CorpusPart)) {
        const outputs = networks[c.lang].run(featuresOf(c.text, c.lang, stemmers[c.lang])) ?? {};
        const says = (normalisedScores(outputs).get(label) ?? 0) >= MODEL_THRESHOLD;
        const truth = labelsOf(c).includes(label);
        if (truth && says) found += 1;
        else if (truth) missed += 1;
        else if (says) {
          wrong += 1;
          console.log(`  ${label} read in ${c.id}: ${JSON.stringify(c.text)}`);
        }
      }
    }
    console.log(`${label}: ${found} found, ${missed} missed, ${wrong} read where the probe expects none`);
  }
}
