/**
 * Trains the opt-out model of src/bots/topic-model/stop-model.ts and writes `stop.json` there: a logistic regression
 * (stochastic gradient descent, a fixed seed, so the same corpus gives the same weights) over every corpus probe that
 * says whether it stops, and the lead turns of the conversation scripts (a turn answered with the opt-out reply is
 * a stop, every other turn none; of a script that ends opted out, only its turns up to that reply, none if no turn
 * has it).
 *
 *   npx tsx scripts/train-stop-model.ts                       # train on every set but those still sealed, write
 *   npx tsx scripts/train-stop-model.ts --before 75 sealed-optout-s75 sealed-optout-s75b
 *       # train only on the sets of sessions before 75, then score the named parts (nothing written): how the model
 *       # reads a writer it never saw (`--out FILE` also writes those weights)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  stopFeatures,
  createStopModel,
  STOP_THRESHOLD,
  type Feature,
  type StopWeights,
} from '../src/bots/topic-model/stop-model.js';
import { CORPUS_PARTS, loadCorpus, type CorpusPart } from '../tests/fixtures/corpus/run.js';
import { STILL_SEALED } from './held-out-parts.js';

const DIMENSIONS = 1 << 17;
const EPOCHS = 12;
const RATE = 0.5;
const DECAY = 1e-6;
/** Weights smaller than this are saved as zero. */
const KEPT = 0.01;
const OPT_OUT_REPLY = /reach out whenever|cuando est[eé]s listo/i;

interface Example {
  features: Feature[];
  stop: boolean;
}

const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? Number(args[beforeAt + 1]) : undefined;
const scored = args.filter((arg): arg is CorpusPart => (CORPUS_PARTS as readonly string[]).includes(arg));
/** The session a set was written in, from its name ("sealed-optout-s75b": 75); 0 for the oldest sets. */
const sessionOf = (name: string) => Number(/s(\d+)/.exec(name)?.[1] ?? 0);
const trainable = (name: string) =>
  before === undefined ? !STILL_SEALED.includes(name) : sessionOf(name) < before;

function examples(): Example[] {
  const found: Example[] = [];
  for (const part of CORPUS_PARTS.filter(trainable))
    for (const c of loadCorpus(part))
      found.push({ features: stopFeatures(c.text, DIMENSIONS), stop: c.expect.optOut === true });
  const folders = readdirSync('tests/fixtures').filter(
    (folder) => folder.startsWith('conversations') && trainable(folder),
  );
  for (const folder of folders)
    for (const file of readdirSync(`tests/fixtures/${folder}`).filter((name) => name.endsWith('.json'))) {
      const parsed = JSON.parse(readFileSync(`tests/fixtures/${folder}/${file}`, 'utf8')) as unknown;
      const scripts = (Array.isArray(parsed) ? parsed : [parsed]) as {
        turns?: { lead: string; expect?: { replyIncludes?: string[] } }[];
        final?: { optedOut?: boolean };
      }[];
      for (const script of scripts) {
        const turns = script.turns ?? [];
        const stopAt = turns.findIndex((turn) =>
          OPT_OUT_REPLY.test((turn.expect?.replyIncludes ?? []).join(' ')),
        );
        // A script that ends opted out: its turns up to the one answered with the opt-out reply (none if no turn is)
        const read = script.final?.optedOut === true ? turns.slice(0, stopAt + 1) : turns;
        read.forEach((turn, at) =>
          found.push({
            features: stopFeatures(turn.lead, DIMENSIONS),
            stop:
              script.final?.optedOut === true
                ? at === stopAt
                : OPT_OUT_REPLY.test((turn.expect?.replyIncludes ?? []).join(' ')),
          }),
        );
      }
    }
  return found;
}

function train(data: Example[]): StopWeights {
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const stops = data.filter((example) => example.stop).length;
  // The stops are few: each weighs a third of the others' count over theirs.
  const stopWeight = (data.length - stops) / Math.max(1, stops) / 3;
  const weights = new Float64Array(DIMENSIONS);
  let bias = 0;
  const order = [...data];
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let at = order.length - 1; at > 0; at -= 1) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other]!, order[at]!];
    }
    const rate = RATE / (1 + epoch);
    for (const { features, stop } of order) {
      let sum = bias;
      for (const [index, value] of features) sum += weights[index]! * value;
      const error = (1 / (1 + Math.exp(-sum)) - (stop ? 1 : 0)) * (stop ? stopWeight : 1);
      for (const [index, value] of features)
        weights[index] = weights[index]! - rate * (error * value + DECAY * weights[index]!);
      bias -= rate * error;
    }
  }
  // Weights smaller than KEPT are noise; the rest are kept as signed bytes of the largest one's 127th.
  let largest = 0;
  for (const value of weights) largest = Math.max(largest, Math.abs(value));
  const scale = largest / 127;
  const bytes = Int8Array.from(weights, (value) => (Math.abs(value) < KEPT ? 0 : Math.round(value / scale)));
  return {
    dimensions: DIMENSIONS,
    bias: Math.round(bias * 1e4) / 1e4,
    scale,
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}

const data = examples();
const trained = train(data);
console.log(
  `trained on ${data.length} messages (${data.filter((example) => example.stop).length} stops), ${DIMENSIONS} weights`,
);
const outAt = args.indexOf('--out');
const out =
  outAt >= 0 ? args[outAt + 1] : before === undefined ? 'src/bots/topic-model/stop.json' : undefined;
if (out) writeFileSync(out, `${JSON.stringify(trained)}\n`);
if (before !== undefined) {
  const model = createStopModel(trained);
  for (const part of scored) {
    let missed = 0;
    let falseStops = 0;
    for (const c of loadCorpus(part)) {
      if (c.expect.optOut === undefined) continue;
      const stop = model.score(c.text) >= STOP_THRESHOLD;
      if (c.expect.optOut && !stop) missed += 1;
      if (!c.expect.optOut && stop) falseStops += 1;
    }
    console.log(`${part}: the model alone at ${STOP_THRESHOLD}: ${missed} missed, ${falseStops} false`);
  }
}
