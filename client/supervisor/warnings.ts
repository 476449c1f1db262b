import type { ComplianceWarningEvent } from '../../src/protocol/index.js';
import { h } from '../shared/dom.js';
import { readableTime } from '../shared/labels.js';

const OUTCOME_LABELS: Record<ComplianceWarningEvent['outcome'], string> = {
  warned: 'warned, not sent',
  blocked: 'blocked',
  sent: 'sent after confirming',
};
const SHOWN = 20;
const RULE_LABELS: Record<string, string> = {
  fair_housing: 'Fair Housing',
  commission: 'Commission',
  referral_kickback: 'RESPA (referral kickback)',
};

/**
 * Compliance warnings on what agents wrote (`compliance:warning`): newest first, who, which rules, what became of
 * the message, and a button to monitor the conversation.
 */
export function createWarningsView(options: {
  onMonitor: (conversationId: string) => void;
  titleOf: (conversationId: string) => string;
}) {
  const list = h('ol', { class: 'warnings-list', 'aria-labelledby': 'warnings-title' });
  const count = h('span', { class: 'count' }, '0');
  const empty = h('p', { class: 'empty-note' }, 'No warnings on agents’ messages.');
  const element = h(
    'section',
    { class: 'warnings', 'aria-labelledby': 'warnings-title' },
    h('h3', { id: 'warnings-title' }, 'Compliance warnings ', count),
    list,
    empty,
  );
  const events: ComplianceWarningEvent[] = [];
  /** Conversations with a warning in this session (the board marks their rows). */
  const flagged = new Map<string, ComplianceWarningEvent>();

  const render = () => {
    count.textContent = String(events.length);
    empty.hidden = events.length > 0;
    list.replaceChildren(
      ...events.slice(0, SHOWN).map((event) => {
        const monitor = h(
          'button',
          { type: 'button', 'aria-label': `Monitor ${options.titleOf(event.conversationId)}` },
          'Monitor',
        );
        monitor.addEventListener('click', () => options.onMonitor(event.conversationId));
        return h(
          'li',
          { 'data-outcome': event.outcome, 'data-conversation': event.conversationId },
          h(
            'div',
            { class: 'line' },
            h('strong', {}, event.agent.name),
            h('span', { class: `warning-outcome ${event.outcome}` }, OUTCOME_LABELS[event.outcome]),
          ),
          h(
            'div',
            {},
            event.rules.map((rule) => RULE_LABELS[rule] ?? rule).join(', '),
            ' · ',
            options.titleOf(event.conversationId),
            event.lang === 'es' ? ' · Spanish' : '',
          ),
          h('q', { class: 'warned-text' }, event.text),
          h('div', { class: 'line' }, h('time', { datetime: event.at }, readableTime(event.at)), monitor),
        );
      }),
    );
  };
  render();

  return {
    element,
    flagged: (conversationId: string) => flagged.get(conversationId),
    add(event: ComplianceWarningEvent) {
      events.unshift(event);
      if (events.length > 200) events.pop();
      flagged.set(event.conversationId, event);
      render();
    },
  };
}
