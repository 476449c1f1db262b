import type { ConversationSummary } from '../../src/protocol/index.js';
import { h } from '../shared/dom.js';

export const OUTCOMES: [string, string][] = [
  ['appointment_set', 'Appointment set'],
  ['qualified', 'Qualified'],
  ['not_a_fit', 'Not a fit'],
  ['spam', 'Spam'],
  ['no_response', 'No response'],
];
export const outcomeLabel = (outcome: string | undefined) =>
  OUTCOMES.find(([key]) => key === outcome)?.[1] ?? outcome ?? '';

/** "Close with an outcome" and "Snooze": the conversation's lifecycle controls in the pane header. */
export function createLifecycleControls(handlers: {
  close: (outcome: string) => void;
  snooze: (until: string) => void;
}) {
  // No preset: one click must never record an outcome nobody chose; Close waits for a choice.
  const outcome = h(
    'select',
    { id: 'close-outcome', 'aria-label': 'Outcome' },
    h('option', { value: '' }, 'Outcome…'),
    ...OUTCOMES.map(([value, label]) => h('option', { value }, label)),
  );
  const close = h('button', { type: 'button', disabled: true }, 'Close');
  outcome.addEventListener('change', () => {
    close.disabled = !outcome.value;
  });
  close.addEventListener('click', () => {
    if (!outcome.value) return;
    handlers.close(outcome.value);
    outcome.value = '';
    close.disabled = true;
  });
  const snooze = h(
    'select',
    { id: 'snooze-until', 'aria-label': 'Snooze' },
    h('option', { value: '' }, 'Snooze…'),
    h('option', { value: '1h' }, 'for 1 hour'),
    h('option', { value: '4h' }, 'for 4 hours'),
    h('option', { value: 'tomorrow' }, 'until tomorrow 9 AM'),
  );
  snooze.addEventListener('change', () => {
    const choice = snooze.value;
    snooze.value = '';
    if (!choice) return;
    const until = new Date();
    if (choice === 'tomorrow') {
      until.setDate(until.getDate() + 1);
      until.setHours(9, 0, 0, 0);
    } else until.setTime(Date.now() + Number.parseInt(choice, 10) * 3_600_000);
    handlers.snooze(until.toISOString());
  });
  const element = h(
    'div',
    { class: 'lifecycle', role: 'group', 'aria-label': 'Close or snooze' },
    h('label', { for: 'close-outcome', class: 'visually-hidden' }, 'Outcome'),
    outcome,
    close,
    snooze,
  );
  return {
    element,
    /** `othersOnly`: another person owns the conversation (only they or a supervisor may close or snooze it). */
    render(summary: ConversationSummary | undefined, othersOnly = false) {
      const closed = !summary || summary.status === 'closed' || othersOnly;
      outcome.disabled = closed;
      snooze.disabled = closed;
      close.disabled = closed || !outcome.value;
      element.hidden = !summary;
    },
  };
}
