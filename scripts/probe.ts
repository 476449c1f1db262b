/**
 * One lead message through the pure bot with a setup, printing the reading: for trying a phrasing while working on
 * the reader. `npx tsx scripts/probe.ts '{"kind":"buyer","asking":"size"}' 'text' ['text'...]`
 */
import { runSteps, type CorpusCase } from '../tests/fixtures/corpus/run.js';

const [setupJson, ...texts] = process.argv.slice(2);
const setup = JSON.parse(setupJson ?? '{}') as CorpusCase['setup'];
for (const text of texts) {
  const run = runSteps({
    id: 'probe',
    class: 'facts',
    lang: setup?.lang === 'es' ? 'es' : 'en',
    text,
    ...(setup ? { setup } : {}),
    expect: {},
  });
  console.log(JSON.stringify(text));
  console.log(
    '  ',
    JSON.stringify(run.state.slots),
    run.state.temperature ?? '',
    run.state.optedOut ? 'OPTED OUT' : '',
  );
  console.log('  reply:', JSON.stringify(run.reply ?? null));
}
