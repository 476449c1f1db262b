import type { HubClientError, StreamView, SupervisorClient } from '../sdk/index.js';
import { h } from '../shared/dom.js';
import { renderConnection, showError } from '../shared/status.js';
import { conversationTitle } from '../shared/summary.js';
import { createBoardView } from './board.js';
import { createMonitorView } from './monitor.js';

export interface DashboardOptions {
  client: SupervisorClient;
  root: HTMLElement;
  connection: HTMLElement;
  errorBanner: HTMLElement;
  announcer: HTMLElement;
}

/** The supervisor dashboard: live board, silent monitor with coaching stream, whisper, barge, assign, drafts. */
export function mountDashboard(options: DashboardOptions) {
  const { client, errorBanner, announcer } = options;
  let current: string | undefined;
  const fail = (error: unknown) => showError(errorBanner, error as HubClientError);
  const announce = (text: string) => {
    announcer.textContent = text;
  };

  const board = createBoardView(
    (conversationId) => void monitor(conversationId),
    (conversationId) => client.presence(conversationId),
  );
  const view = createMonitorView({
    stop: () => {
      if (!current) return;
      client.unmonitor(current).catch(fail);
      current = undefined;
      board.select(undefined);
      view.show(undefined);
    },
    barge: () => {
      if (current) client.barge(current).catch(fail);
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
    approve: (draftId, text) => {
      if (current) client.approveDraft(current, draftId, text).catch(fail);
    },
    reject: (draftId, reason) => {
      if (current) client.rejectDraft(current, draftId, reason).catch(fail);
    },
  });
  options.root.replaceChildren(h('main', { class: 'dashboard' }, board.element, view.element));

  async function monitor(conversationId: string) {
    if (current === conversationId) return;
    if (current) client.unmonitor(current).catch(() => undefined);
    current = conversationId;
    board.select(conversationId);
    view.coaching.clear('No coaching in this conversation yet.');
    try {
      const joined = await client.monitor(conversationId);
      if (current !== conversationId) return;
      view.transcript.reset(client.messages(conversationId), client.streams(conversationId));
      const coach = client.streams(conversationId).find((stream) => stream.family === 'coach');
      if (coach) view.coaching.update(coach);
      view.show(client.conversation(conversationId) ?? joined.conversation);
    } catch (error) {
      fail(error);
    }
  }

  client.on('state', (state) => {
    renderConnection(options.connection, state);
    // After a reconnect the SDK re-subscribed the board: redraw from its fresh snapshot.
    if (state === 'connected') board.reset(client.board());
  });
  client.on('error', fail);
  client.on('conversation', (summary) => {
    board.upsert(summary);
    if (summary.id === current) view.show(summary);
    if (summary.alerts.includes('unclaimed_hot_handoff'))
      announce(`Unclaimed hot hand-off: ${conversationTitle(summary)}`);
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

  const timer = setInterval(() => board.tick(), 15_000);
  return {
    async loadBoard() {
      board.reset(await client.subscribeBoard());
    },
    destroy: () => clearInterval(timer),
  };
}
