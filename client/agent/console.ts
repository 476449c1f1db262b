import type { ConversationSummary, MessageView } from '../../src/protocol/index.js';
import type { AgentClient, HubClientError, StreamView } from '../sdk/index.js';
import { createCoachingPanel } from '../shared/coaching-view.js';
import { h } from '../shared/dom.js';
import { renderConnection, showError } from '../shared/status.js';
import { conversationTitle } from '../shared/summary.js';
import { createCallPanel } from './call-panel.js';
import { createInboxView } from './inbox.js';
import { createConversationPane } from './pane.js';
import { renderProfile, type LeadRecordView } from './profile.js';

export interface ConsoleOptions {
  client: AgentClient;
  hubUrl: string;
  /** The current staff token (renewed by the sign-in session). */
  token: () => string;
  user: { userId: string; name: string };
  root: HTMLElement;
  connection: HTMLElement;
  errorBanner: HTMLElement;
  announcer: HTMLElement;
}

/** The agent console: inbox, live transcript, claim/release, lead profile, coaching, whispers, call mode. */
export function mountConsole(options: ConsoleOptions) {
  const { client, user, errorBanner, announcer } = options;
  let current: string | undefined;
  const calls = new Set<string>();
  const leads = new Map<string, LeadRecordView>();

  const announce = (text: string) => {
    announcer.textContent = '';
    announcer.textContent = text;
  };
  const fail = (error: unknown) => showError(errorBanner, error as HubClientError);
  const guarded = (work: () => Promise<unknown>) => () => void work().catch(fail);

  const coaching = createCoachingPanel({ onUseSay: (text) => pane.focusReply(text) });
  const inbox = createInboxView((conversationId) => void select(conversationId));
  const pane = createConversationPane({
    claim: guarded(async () => {
      if (current) await client.claim(current);
    }),
    release: guarded(async () => {
      if (current) await client.release(current);
    }),
    toggleCall: guarded(async () => {
      if (!current) return;
      const id = current;
      if (calls.has(id)) {
        await client.endCall(id);
        calls.delete(id);
      } else {
        await client.startCall(id);
        calls.add(id);
      }
      renderCurrent();
    }),
    coach: (kind) => {
      if (!current) return;
      coaching.clear(kind === 'coaching' ? 'Asking for coaching…' : 'Asking for a qualification analysis…');
      client.requestCoaching(current, kind).catch((error: HubClientError) => {
        coaching.showError(`Coaching unavailable: ${error.message} (${error.code})`);
      });
    },
    reply: (text) => send(() => client.send(current!, text)),
    note: (text) => send(() => client.addNote(current!, text)),
    utterance: (speaker, text) => send(() => client.utterance(current!, speaker, text)),
  });
  /** Outbox sends resolve once acked (even after reconnects); the composer clears as soon as it is queued. */
  const send = async (work: () => Promise<unknown>) => {
    if (!current) return false;
    work().catch(fail);
    return true;
  };

  const callPanel = createCallPanel({ hubUrl: options.hubUrl, token: options.token, announce, fail });
  const profile = h('div', { class: 'profile' }, h('p', { class: 'placeholder' }, 'Select a conversation.'));
  const whispers = h('ul', { class: 'whispers', 'aria-label': 'Whispers' });
  const alerts = h('ul', { class: 'alerts-list', 'aria-label': 'Compliance alerts' });
  // Coaching first: it is what the agent needs while replying, visible without scrolling.
  const side = h(
    'aside',
    { class: 'side', 'aria-label': 'Lead and coaching' },
    callPanel.element,
    h('h3', { id: 'coaching-title' }, 'Coaching'),
    h('div', { role: 'region', 'aria-labelledby': 'coaching-title' }, coaching.element),
    profile,
    h('h3', {}, 'Whispers'),
    whispers,
    h('h3', {}, 'Compliance'),
    alerts,
  );
  options.root.replaceChildren(h('main', { class: 'console' }, inbox.element, pane.element, side));

  function renderCurrent() {
    const summary = current ? client.conversation(current) : undefined;
    pane.render(summary, user.userId, current ? calls.has(current) : false);
    if (summary) renderProfile(profile, summary, leads.get(summary.leadId));
  }

  async function loadLead(summary: ConversationSummary) {
    const response = await fetch(`${options.hubUrl}/api/leads/${encodeURIComponent(summary.leadId)}`, {
      headers: { authorization: `Bearer ${options.token()}` },
    });
    if (!response.ok) return;
    const { lead } = (await response.json()) as { lead: LeadRecordView };
    leads.set(summary.leadId, lead);
    if (current === summary.id) renderCurrent();
  }

  async function select(conversationId: string) {
    if (current === conversationId) return;
    const previous = current;
    current = conversationId;
    inbox.select(conversationId);
    whispers.replaceChildren();
    alerts.replaceChildren();
    coaching.clear();
    if (previous) client.leave(previous).catch(() => undefined);
    try {
      const joined = await client.join(conversationId);
      if (current !== conversationId) return;
      const messages = client.messages(conversationId);
      pane.transcript.reset(messages, client.streams(conversationId));
      callPanel.show(conversationId, messages, Boolean(joined.conversation.callActive));
      for (const message of messages) if (message.kind === 'whisper') addWhisper(message);
      const coachStream = client.streams(conversationId).find((stream) => stream.family === 'coach');
      const stored = messages.findLast((message) => message.kind === 'coaching');
      if (coachStream) coaching.update(coachStream);
      else if (stored) coaching.showStored(stored);
      renderCurrent();
      void loadLead(joined.conversation).catch(() => undefined);
    } catch (error) {
      fail(error);
    }
  }

  function addWhisper(message: MessageView) {
    whispers.append(h('li', {}, h('strong', {}, `${message.author.name ?? 'Supervisor'}: `), message.text));
  }

  client.on('state', (state) => renderConnection(options.connection, state));
  client.on('error', fail);
  client.on('conversation', (summary) => {
    inbox.upsert(summary, user.userId);
    if (summary.id === current) renderCurrent();
  });
  client.on('handoff', ({ conversation, packet }) => {
    announce(
      `New ${conversation.temperature} hand-off: ${conversationTitle(conversation)}. ${packet.reason}`,
    );
  });
  client.on('caption', callPanel.onCaption);
  client.on('callStatus', callPanel.onStatus);
  client.on('message', (message) => {
    if (message.conversationId !== current) return;
    pane.transcript.add(message);
    callPanel.onMessage(message);
    if (message.kind === 'whisper') {
      addWhisper(message);
      announce(`Whisper from ${message.author.name ?? 'a supervisor'}: ${message.text}`);
    }
  });
  client.on('stream', (view: StreamView) => {
    if (view.conversationId !== current) return;
    if (view.family === 'bot') pane.transcript.setStream(view);
    else coaching.update(view);
  });
  client.on('compliance', (event) => {
    if (event.conversationId !== current) return;
    alerts.append(h('li', {}, `${event.rule}: ${event.detail}`));
    announce(`Compliance alert: ${event.rule}`);
  });

  const timer = setInterval(() => inbox.tick(), 15_000);
  return {
    select,
    async loadInbox() {
      for (const summary of await client.inbox()) inbox.upsert(summary, user.userId);
    },
    destroy: () => {
      clearInterval(timer);
      callPanel.destroy();
    },
  };
}
