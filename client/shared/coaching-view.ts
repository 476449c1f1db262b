import {
  COACH_SECTIONS,
  QUALIFICATION_SECTIONS,
  createCoachingParser,
  type CoachingParser,
  type CoachingView,
  type StreamView,
} from '../sdk/index.js';
import { h } from './dom.js';

const TITLES: Record<string, string> = {
  focus: 'Focus',
  objection: 'Objection',
  say: 'Say',
  ask: 'Ask',
  urgency: 'Urgency',
  compliance: 'Compliance',
  completeness: 'Completeness',
  missing: 'Missing',
  // A coaching card's next best action (first), a qualification analysis's next questions.
  next: 'Next',
  readiness: 'Readiness',
  summary: 'Summary',
};
const ORDER: readonly string[] = [
  ...COACH_SECTIONS,
  ...QUALIFICATION_SECTIONS.filter((key) => key !== 'urgency'),
];
const titleOf = (key: string) => TITLES[key] ?? key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/**
 * The coaching panel: renders `next / focus / objection / say / ask / urgency / compliance` section by section while
 * `coach:token` events stream (parsed incrementally), then the final result from `coach:done`.
 */
export function createCoachingPanel(
  options: {
    /** "Use as reply": the SAY line, and the stored card's seq when the card is complete (for coaching_used). */
    onUseSay?: (text: string, cardSeq: number | undefined) => void;
  } = {},
) {
  const status = h('p', { class: 'coach-status', role: 'status' }, 'No coaching yet.');
  const sections = h('div', { class: 'coach', 'aria-live': 'off' });
  const element = h('div', { class: 'coach-panel' }, status, sections);
  let parser: CoachingParser = createCoachingParser();
  let consumed = '';
  let streamId: string | undefined;
  /** The seq of the stored coaching card shown (known once it is done). */
  let cardSeq: number | undefined;
  const nodes = new Map<string, { section: HTMLElement; text: HTMLParagraphElement }>();

  const sectionFor = (key: string) => {
    let node = nodes.get(key);
    if (node) return node;
    const text = h('p', {});
    const section = h(
      'section',
      { 'data-section': key, 'aria-label': titleOf(key) },
      h('h4', {}, titleOf(key)),
      text,
    );
    if (key === 'say' && options.onUseSay) {
      const use = h('button', { type: 'button', class: 'use-say' }, 'Use as reply');
      use.addEventListener('click', () => options.onUseSay?.(text.textContent ?? '', cardSeq));
      section.append(use);
    }
    node = { section, text };
    nodes.set(key, node);
    // Known sections keep their fixed order; other tags (qualification analysis) follow in arrival order.
    const order = (k: string) => {
      const index = ORDER.indexOf(k);
      return index === -1 ? ORDER.length : index;
    };
    const after = [...nodes.keys()].filter((k) => k !== key && order(k) > order(key));
    const before = after.map((k) => nodes.get(k)!.section).find((el) => el.parentElement === sections);
    sections.insertBefore(section, before ?? null);
    return node;
  };

  const render = (view: CoachingView) => {
    for (const [key, value] of Object.entries(view.sections)) {
      const node = sectionFor(key);
      node.text.textContent = value ?? '';
      if (key === view.current) node.section.setAttribute('data-active', '');
      else node.section.removeAttribute('data-active');
    }
  };

  const reset = (kind: 'coaching' | 'qualification' = 'coaching') => {
    nodes.clear();
    sections.replaceChildren();
    parser = createCoachingParser(kind);
    consumed = '';
    cardSeq = undefined;
  };

  return {
    element,
    /** The stream currently shown. */
    get streamId() {
      return streamId;
    },
    clear(message = 'No coaching yet.') {
      reset();
      streamId = undefined;
      status.textContent = message;
      element.removeAttribute('aria-busy');
    },
    update(view: StreamView) {
      if (view.family !== 'coach') return;
      if (view.streamId !== streamId) {
        reset(view.kind === 'qualification' ? 'qualification' : 'coaching');
        streamId = view.streamId;
      }
      // Incremental: feed only the new tail; a snapshot that rewrote the text starts the parser over.
      const parsed = view.text.startsWith(consumed)
        ? parser.push(view.text.slice(consumed.length))
        : parser.reset(view.text);
      consumed = view.text;
      render(parsed);
      const kind = view.kind === 'qualification' ? 'Qualification analysis' : 'Coaching';
      if (view.status === 'streaming') {
        element.setAttribute('aria-busy', 'true');
        status.textContent = `${kind} streaming…`;
        return;
      }
      element.removeAttribute('aria-busy');
      if (view.status === 'done') {
        render(parser.end());
        cardSeq = view.kind === 'qualification' ? undefined : view.seq;
        for (const node of nodes.values()) node.section.removeAttribute('data-active');
        status.textContent = `${kind} ready${view.source ? ` (${view.source === 'llm' ? 'Claude' : 'rule-based'})` : ''}.`;
      } else if (view.status === 'error') {
        status.textContent = `${kind} failed: ${view.error?.message ?? 'unknown error'} (${view.error?.code ?? 'ERROR'})`;
      } else status.textContent = `${kind} was interrupted.`;
    },
    /** Shows the last stored coaching result (a transcript `coaching` message) when no stream is live. */
    showStored(message: { seq: number; text: string; createdAt: string }) {
      const kind = /^\s*COMPLETENESS\s*:/im.test(message.text) ? 'qualification' : 'coaching';
      this.update({
        streamId: `stored-${message.seq}`,
        conversationId: '',
        family: 'coach',
        kind,
        text: message.text,
        status: 'done',
        seq: message.seq,
      });
      status.textContent = `${kind === 'qualification' ? 'Qualification analysis' : 'Coaching'} from ${new Date(message.createdAt).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}.`;
    },
    showError(message: string) {
      reset();
      streamId = undefined;
      element.removeAttribute('aria-busy');
      status.textContent = message;
    },
  };
}

export type CoachingPanel = ReturnType<typeof createCoachingPanel>;
