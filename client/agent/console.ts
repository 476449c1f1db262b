import type { AgentWarning, ConversationSummary, MessageView } from '../../src/protocol/index.js';
import type { AgentClient, HubClientError, StreamView } from '../sdk/index.js';
import { createCoachingPanel } from '../shared/coaching-view.js';
import { h } from '../shared/dom.js';
import { clearError, renderConnection, showError } from '../shared/status.js';
import { conversationTitle } from '../shared/summary.js';
import { createAlerts } from '../shared/alerts.js';
import { createCallPanel } from './call-panel.js';
import { createHistoryView } from './history.js';
import { belongsInInbox, createInboxView } from './inbox.js';
import { createListingPanel } from './listing-panel.js';
import { createConversationPane } from './pane.js';
import { renderProfile, type LeadRecordView } from './profile.js';

/** Inbox conversations joined live at most, and the pause between two joins (about 6 a second, within the budget). */
const MAX_WATCHED = 40;
const JOIN_SPACING_MS = 150;

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
  /** The top bar's slot for hand-off alerts. */
  alerts: HTMLElement;
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

  /** The coaching card whose SAY line the agent put in the reply box ("Use as reply"), sent with the reply. */
  let usedCard: { conversationId: string; seq: number } | undefined;
  const coaching = createCoachingPanel({
    onUseSay: (text, seq) => {
      usedCard = current && seq !== undefined ? { conversationId: current, seq } : undefined;
      pane.focusReply(text);
    },
  });
  coaching.clear('Select a conversation to see its coaching and lead profile.');
  const history = createHistoryView({
    search: (query) => client.history(query),
    onOpen: (conversationId) => void select(conversationId),
    userId: user.userId,
  });
  const inbox = createInboxView((conversationId) => void select(conversationId), history);
  const ringer = createAlerts({
    host: options.alerts,
    onOpen: (conversationId) => {
      inbox.showHistory(false);
      void select(conversationId);
    },
  });
  /**
   * Inbox conversations are joined so their lead messages arrive live (unread counts); never left while listed. At
   * most MAX_WATCHED of them, one join at a time and JOIN_SPACING_MS apart: an inbox of hundreds of hand-offs (which
   * anonymous visitors can create) joined at once passed the hub's in-flight and event limits, and the hub cut the
   * console. The others still show in the inbox and are joined when opened.
   */
  const watched = new Set<string>();
  /** The last seq replayed when a conversation was joined: later lead messages are new (unread). */
  const baseline = new Map<string, number>();
  let joining: Promise<unknown> = Promise.resolve();
  const watch = (summary: ConversationSummary) => {
    if (watched.has(summary.id) || watched.size >= MAX_WATCHED || !belongsInInbox(summary, user.userId))
      return;
    watched.add(summary.id);
    joining = joining
      .then(() =>
        client.join(summary.id).then(
          () => baseline.set(summary.id, client.lastSeq(summary.id)),
          () => watched.delete(summary.id),
        ),
      )
      .then(() => new Promise((resolve) => setTimeout(resolve, JOIN_SPACING_MS)));
  };
  const updateBadge = () => ringer.setBadge(inbox.badgeCount());
  const markRead = (conversationId: string) => {
    inbox.clearUnread(conversationId);
    updateBadge();
    const seq = client.lastSeq(conversationId);
    if (seq > 0) client.markRead(conversationId, seq).catch(() => undefined);
  };
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
    reply: (text) => sendReply(text, false),
    confirmReply: (text) => void sendReply(text, true),
    note: (text) => send(() => client.addNote(current!, text)),
    utterance: (speaker, text) => send(() => client.utterance(current!, speaker, text)),
    close: (outcome) => {
      if (!current) return;
      client
        .closeConversation(current, outcome as Parameters<AgentClient['closeConversation']>[1])
        .then((summary) => announce(`Closed: ${conversationTitle(summary)}`))
        .catch(fail);
    },
    snooze: (until) => {
      if (current) client.snooze(current, until).catch(fail);
    },
  });
  /**
   * A reply to the lead: the hub checks it first; a refused one (COMPLIANCE) comes back to the reply box with the
   * warning, its rules and a suggested rewrite, and "Send anyway" resends it with `confirm` when the tenant allows.
   */
  const sendReply = async (text: string, confirm: boolean) => {
    if (!current) return false;
    const id = current;
    pane.hideWarning();
    const coachingSeq = usedCard?.conversationId === id ? usedCard.seq : undefined;
    // The card counts once: a later reply typed without the button is matched by the hub on its own.
    if (coachingSeq !== undefined) usedCard = undefined;
    const extra = {
      ...(confirm ? { confirm: true } : {}),
      ...(coachingSeq !== undefined ? { coachingSeq } : {}),
    };
    client.send(id, text, extra).catch((error: HubClientError) => {
      const warning =
        error.code === 'COMPLIANCE' ? (error.details?.warning as AgentWarning | undefined) : undefined;
      if (!warning) return fail(error);
      // Not sent: "Send anyway" resends the same card's text.
      if (coachingSeq !== undefined) usedCard = { conversationId: id, seq: coachingSeq };
      if (current !== id) return;
      pane.showWarning(warning, text);
      announce(
        `${warning.mode === 'block' ? 'Not sent' : 'Warning'}: ${warning.violations.map((v) => v.label).join(', ')}`,
      );
    });
    return true;
  };
  /** Outbox sends resolve once acked (even after reconnects); the composer clears as soon as it is queued. */
  const send = async (work: () => Promise<unknown>) => {
    if (!current) return false;
    work().catch(fail);
    return true;
  };

  const callPanel = createCallPanel({ hubUrl: options.hubUrl, token: options.token, announce, fail });
  const listingPanel = createListingPanel({
    draft: async (style, length) => {
      if (!current) return;
      const started = await client.narrativeDraft(current, { style, length });
      listingPanel.started(started.streamId);
    },
    useDraft: (text) => pane.focusReply(text),
  });
  /** The conversation's listing card and matches (read again when its hand-off packet arrives). */
  const loadCards = (conversationId: string) =>
    client
      .listingCard(conversationId)
      .then((cards) => {
        if (current === conversationId) listingPanel.render(cards);
      })
      .catch(() => {
        if (current === conversationId) listingPanel.render(undefined);
      });
  const profile = h('div', { class: 'profile' });
  const whispers = h('ul', { class: 'whispers', 'aria-label': 'Whispers' });
  const alerts = h('ul', { class: 'alerts-list', 'aria-label': 'Compliance alerts' });
  // Coaching first: it is what the agent needs while replying, visible without scrolling.
  const side = h(
    'aside',
    { class: 'side', 'aria-label': 'Lead and coaching' },
    callPanel.element,
    h('h3', { id: 'coaching-title' }, 'Coaching'),
    h('div', { role: 'region', 'aria-labelledby': 'coaching-title' }, coaching.element),
    listingPanel.element,
    profile,
    h('h3', {}, 'Whispers'),
    whispers,
    h('p', { class: 'empty-note' }, 'No whispers from a supervisor.'),
    h('h3', {}, 'Compliance'),
    alerts,
    h('p', { class: 'empty-note' }, 'No compliance alerts.'),
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

  /** Who owned each conversation when this console last saw it: a change of hands is said once. */
  const owners = new Map<string, string | undefined>();
  const noteOwner = (summary: ConversationSummary) => {
    const owner = summary.owner.type === 'agent' ? summary.owner.id : undefined;
    const before = owners.get(summary.id);
    owners.set(summary.id, owner);
    if (summary.id !== current || before === owner) return;
    if (before === user.userId && owner !== undefined && owner !== user.userId) {
      const name = summary.owner.name ?? owner;
      pane.setNotice(`${name} took over`);
      announce(`${name} took over ${conversationTitle(summary)}`);
      // Errors of what was tried before the change of hands (a claim, a reply) are stale now.
      clearError(errorBanner);
    } else if (owner === user.userId) {
      pane.setNotice('');
      clearError(errorBanner);
    }
  };

  async function select(conversationId: string) {
    if (current === conversationId) return;
    const previous = current;
    current = conversationId;
    pane.setNotice('');
    pane.hideWarning();
    clearError(errorBanner);
    inbox.select(conversationId);
    whispers.replaceChildren();
    alerts.replaceChildren();
    coaching.clear();
    listingPanel.render(undefined);
    void loadCards(conversationId);
    if (previous && !watched.has(previous)) client.leave(previous).catch(() => undefined);
    try {
      const joined = await client.join(conversationId);
      if (current !== conversationId) return;
      const messages = client.messages(conversationId);
      pane.transcript.reset(messages, client.streams(conversationId));
      callPanel.show(conversationId, messages, Boolean(joined.conversation.callActive));
      for (const message of messages) if (message.kind === 'whisper') addWhisper(message);
      const coachStream = client
        .streams(conversationId)
        .find((stream) => stream.family === 'coach' && stream.kind !== 'narrative');
      const stored = messages.findLast((message) => message.kind === 'coaching');
      if (coachStream) coaching.update(coachStream);
      else if (stored) coaching.showStored(stored);
      renderCurrent();
      markRead(conversationId);
      void loadLead(joined.conversation).catch(() => undefined);
    } catch (error) {
      fail(error);
    }
  }

  function addWhisper(message: MessageView) {
    whispers.append(h('li', {}, h('strong', {}, `${message.author.name ?? 'Supervisor'}: `), message.text));
  }

  client.on('state', (state) => renderConnection(options.connection, state));
  // A compliance refusal is shown as its warning at the reply box, not as an error banner.
  client.on('error', (error) => {
    if (error.code !== 'COMPLIANCE') fail(error);
  });
  client.on('conversation', (summary) => {
    noteOwner(summary);
    inbox.upsert(summary, user.userId);
    watch(summary);
    updateBadge();
    if (summary.id === current) renderCurrent();
  });
  client.on('handoff', ({ conversation, packet }) => {
    // The packet's matching homes: the listing panel shows them.
    if (conversation.id === current) void loadCards(conversation.id);
    const title = `New ${conversation.temperature} hand-off: ${conversationTitle(conversation)}`;
    announce(`${title}. ${packet.reason}`);
    ringer.ring(conversation.id, title, packet.reason);
    updateBadge();
  });
  client.on('caption', callPanel.onCaption);
  client.on('callStatus', callPanel.onStatus);
  client.on('message', (message) => {
    if (message.conversationId !== current) {
      const base = baseline.get(message.conversationId);
      const fresh = base !== undefined && message.seq > base;
      if (
        fresh &&
        message.author.type === 'lead' &&
        message.visibility === 'everyone' &&
        inbox.has(message.conversationId)
      ) {
        inbox.addUnread(message.conversationId);
        updateBadge();
      }
      return;
    }
    if (message.author.type === 'lead' && document.visibilityState === 'visible')
      markRead(message.conversationId);
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
    else if (view.kind === 'narrative') listingPanel.update(view);
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
      for (const summary of await client.inbox()) {
        inbox.upsert(summary, user.userId);
        watch(summary);
      }
      inbox.setUnread(await client.unreadCounts(inbox.ids()));
      updateBadge();
      const replies = await client.cannedReplies();
      pane.setCannedReplies(replies, (text) => {
        const summary = current ? client.conversation(current) : undefined;
        const lead = summary?.leadName?.split(' ')[0] ?? 'there';
        return text.replace(/\{lead\}/g, lead).replace(/\{agent\}/g, user.name.split(' ')[0] ?? user.name);
      });
    },
    destroy: () => {
      clearInterval(timer);
      callPanel.destroy();
      ringer.destroy();
    },
  };
}
