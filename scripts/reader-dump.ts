/**
 * Prints what the bots make of every non-sealed corpus case, one JSON line per case (the final slots, kind,
 * phase, language, temperature, the lead's question and open questions, and every effect with its reply text),
 * so a change meant to keep the reading (a pattern moved into the phrase grammar or the lexicon) can be checked
 * to change nothing: dump before, dump after, diff.
 *
 *   npx tsx scripts/reader-dump.ts > /tmp/before.jsonl   # then change the reader
 *   npx tsx scripts/reader-dump.ts > /tmp/after.jsonl && diff /tmp/before.jsonl /tmp/after.jsonl
 *
 * Sealed parts are never read here.
 */
import { CORPUS_PARTS, loadCorpus, runSteps } from '../tests/fixtures/corpus/run.js';

for (const part of CORPUS_PARTS.filter((name) => !name.startsWith('sealed'))) {
  for (const c of loadCorpus(part)) {
    const { state, effects } = runSteps(c);
    const reading = {
      id: `${part}/${c.id}`,
      kind: state.kind,
      phase: state.phase,
      lang: state.lang,
      temperature: state.temperature,
      slots: state.slots,
      scheduling: state.scheduling,
      leadQuestion: state.leadQuestion,
      openQuestions: state.openQuestions,
      effects: effects.map((effect) => ({ ...effect })),
    };
    console.log(JSON.stringify(reading));
  }
}
