import { jorgeBot } from '../src/bots/index.js';
import { CORPUS_TENANT, CORPUS_NOW_MS } from '../tests/fixtures/corpus/run.js';
const msgs = process.argv.slice(2);
let state = jorgeBot.initialState({}, CORPUS_TENANT);
msgs.forEach((text, i) => {
  const r = jorgeBot.step(state, { type: 'lead_message', text, seq: i + 1, nowMs: CORPUS_NOW_MS, tenant: CORPUS_TENANT, context: {}, recent: [] });
  state = r.state;
  const reply = r.effects.find((e) => e.type === 'reply' || e.type === 'hold_for_review');
  console.log('>', text, '\n<', reply && 'text' in reply ? reply.text : '-', JSON.stringify(state.slots), state.kind, state.asking);
});
