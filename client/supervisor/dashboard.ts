import type { AgentClient, HubClientError, StreamView, SupervisorClient } from '../sdk/index.js';
import { h } from '../shared/dom.js';
import { renderConnection, showError } from '../shared/status.js';
import { conversationTitle } from '../shared/summary.js';
import { createAlerts } from '../shared/alerts.js';
import { createBoardView } from './board.js';
import { createMonitorView } from './monitor.js';
import { createRosterView } from './roster.js';
import { createWarningsView } from './warnings.js';

export interface DashboardOptions {
  client: SupervisorClient;
  /** The supervisor's /agent connection, opened on first use: replies to the lead after barging in. */
  agentClient: () => Promise<AgentClient>;
  user: { userId: string; name: string };
  root: HTMLElement;
  connection: HTMLElement;
  errorBanner: HTMLElement;
  announcer: HTMLElement;
  /** The top bar's slot for hand-off alerts. */
  alerts: HTMLElement;
}

/** The supervisor dashboard: live board, silent monitor with coaching stream, whisper, barge, assign, drafts. */
export function mountDashboard(options: DashboardOptions) {
  const { client, errorBanner, announcer } = options;
  let current: string | undefined;
  const fail = (error: unknown) => showError(errorBanner, error as HubClientError);
  const announce = (text: string) => {
    announcer.textContent = text;
  };

  /** Agents seen on this board (owners of conversations); the hub's roster says who is signed in. */
  const knownAgents = new Map<string, { userId: string; name: string; online?: boolean }>();
  const rememberOwner = (summary: { owner: { type: string; id?: string; name?: string } }) => {
    if (summary.owner.type === 'agent' && summary.owner.id && !knownAgents.has(summary.owner.id))
      knownAgents.set(summary.owner.id, {
        userId: summary.owner.id,
        name: summary.owner.name ?? summary.owner.id,
      });
  };
  let rosterAgents: { userId: string; name: string; online: boolean }[] | undefined;
  const roster = () => {
    const byId = new Map(knownAgents);
    for (const agent of rosterAgents ?? []) byId.set(agent.userId, agent);
    return [...byId.values()].sort(
      (a, b) => Number(Boolean(b.online)) - Number(Boolean(a.online)) || a.name.localeCompare(b.name),
    );
  };

  const warnings = createWarningsView({
    onMonitor: (conversationId) => void monitor(conversationId),
    titleOf: (conversationId) => {
      const summary = client.conversation(conversationId);
      return summary ? conversationTitle(summary) : 'a conversation';
    },
  });
  const board = createBoardView(
    (conversationId) => void monitor(conversationId),
    (conversationId) => client.presence(conversationId),
    () => rosterAgents?.filter((agent) => agent.online).length,
    (conversationId) => warnings.flagged(conversationId),
  );
  const team = createRosterView();
  board.addPanel(warnings.element);
  board.addPanel(team.element);
  const refreshTeam = () => team.setConversations(board.all());
  const view = createMonitorView({
    stop: () => {
      if (!current) return;
      client.unmonitor(current).catch(fail);
      current = undefined;
      board.select(undefined);
      view.show(undefined);
    },
    barge: () => {
      if (!current) return;
      const id = current;
      client
        .barge(id)
        .then((summary) => {
          if (current === id) view.show(summary, options.user.userId);
          return options.agentClient();
        })
        .catch(fail);
    },
    whisper: async (text) => {
      if (!current) return false;
      client.whisper(current, text).catch(fail);
      return true;
    },
    assign: async (agentId, agentName) => {
      if (!current) return false;
      try {
        await client.assign(current, agentId, agentName);
        announce(`Assigned to ${agentName}`);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    reply: async (text) => {
      if (!current) return false;
      const id = current;
      try {
        const agent = await options.agentClient();
        agent.send(id, text).catch(fail);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    roster,
    refreshRoster: () => void refreshRoster(),
    approve: (draftId, text) => {
      if (current) client.approveDraft(current, draftId, text).catch(fail);
    },
    reject: (draftId, reason) => {
      if (current) client.rejectDraft(current, draftId, reason).catch(fail);
    },
  });
  // Escalation: a hot hand-off nobody claimed rings here (banner, chime, desktop notification when allowed).
  const ringer = createAlerts({
    host: options.alerts,
    onOpen: (conversationId) => void monitor(conversationId),
  });
  const escalated = new Set<string>();
  options.root.replaceChildren(h('main', { class: 'dashboard' }, board.element, view.element));

  /**
   * On a phone the monitor panel sits below the board: bring it into view (and focus its title, so a screen reader
   * says which conversation it is) instead of leaving it far below.
   */
  function revealMonitor() {
    if (!window.matchMedia('(max-width: 1000px)').matches) return;
    const title = view.element.querySelector<HTMLElement>('#monitor-title');
    view.element.scrollIntoView({ block: 'start' });
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
  }

  async function monitor(conversationId: string) {
    if (current === conversationId) return;
    if (current) client.unmonitor(current).catch(() => undefined);
    current = conversationId;
    board.select(conversationId);
    view.coaching.clear('No coaching in this conversation yet.');
    try {
      const joined = await client.monitor(conversationId);
      if (current !== conversationId) return;
      const messages = client.messages(conversationId);
      view.transcript.reset(messages, client.streams(conversationId));
      // The panel shows the live coaching stream, else the last coaching the transcript holds (never "none yet").
      const coach = client.streams(conversationId).find((stream) => stream.family === 'coach');
      const stored = messages.findLast((message) => message.kind === 'coaching');
      if (coach) view.coaching.update(coach);
      else if (stored) view.coaching.showStored(stored);
      view.show(client.conversation(conversationId) ?? joined.conversation, options.user.userId);
      revealMonitor();
    } catch (error) {
      fail(error);
    }
  }

  client.on('state', (state) => {
    renderConnection(options.connection, state);
    // After a reconnect the SDK re-subscribed the board: redraw from its fresh snapshot.
    if (state === 'connected') {
      board.reset(client.board());
      for (const summary of client.board()) rememberOwner(summary);
      refreshTeam();
    }
  });
  client.on('error', fail);
  client.on('conversation', (summary) => {
    rememberOwner(summary);
    board.upsert(summary);
    refreshTeam();
    if (summary.id === current) view.show(summary, options.user.userId);
    if (summary.alerts.includes('unclaimed_hot_handoff')) {
      announce(`Unclaimed hot hand-off: ${conversationTitle(summary)}`);
      if (!escalated.has(summary.id)) {
        escalated.add(summary.id);
        ringer.ring(
          summary.id,
          `Unclaimed hot hand-off: ${conversationTitle(summary)}`,
          summary.handoff?.reason ?? 'Nobody has claimed it yet',
        );
      }
    } else escalated.delete(summary.id);
  });
  client.on('removed', (conversationId) => board.remove(conversationId));
  client.on('presence', () => board.tick());
  client.on('message', (message) => {
    if (message.conversationId === current) view.transcript.add(message);
  });
  client.on('stream', (stream: StreamView) => {
    if (stream.conversationId !== current) return;
    if (stream.family === 'bot') view.transcript.setStream(stream);
    else view.coaching.update(stream);
  });
  client.on('compliance', (event) => announce(`Compliance alert in ${event.conversationId}: ${event.rule}`));
  client.on('complianceWarning', (event) => {
    warnings.add(event);
    board.tick();
    announce(`Compliance warning: ${event.agent.name}, ${event.rules.join(', ')} (${event.outcome})`);
  });

  /**
   * The tenant's agents and who is signed in right now (every node). A hub with a stored roster lists every active
   * member with an `online` flag; one without lists only the connected ones, without the flag.
   */
  const refreshRoster = () =>
    client
      .roster()
      .then((agents) => {
        rosterAgents = agents
          .filter((agent) => agent.role === 'agent')
          .map((agent) => ({ userId: agent.userId, name: agent.name, online: agent.online ?? true }));
        team.setMembers(agents);
        refreshTeam();
        board.tick();
        view.refreshRoster();
      })
      .catch(() => undefined);
  client.on('state', (state) => {
    if (state === 'connected') void refreshRoster();
  });
  client.on('presence', () => void refreshRoster());

  const timer = setInterval(() => {
    board.tick();
    void refreshRoster();
  }, 15_000);
  return {
    refreshRoster,
    async loadBoard() {
      board.reset(await client.subscribeBoard());
      refreshTeam();
      await refreshRoster();
    },
    destroy: () => {
      clearInterval(timer);
      ringer.destroy();
    },
  };
}
