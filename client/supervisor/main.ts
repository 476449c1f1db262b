import { createAgentClient, createSupervisorClient, type AgentClient } from '../sdk/index.js';
import { bootStaffApp, connectStaff } from '../shared/boot.js';
import { mountDashboard } from './dashboard.js';
import { mountViews } from './views.js';

/** Entry of /supervisor/: the sign-in screen or session, then the dashboard. */
void bootStaffApp({
  role: 'supervisor',
  storageKey: 'jorge-hub:supervisor-token',
  defaults: { userId: 'maria', name: 'Maria Lopez' },
  mount: ({ hubUrl, tokenSource, currentToken, user, root, connection, errorBanner, announcer, alerts }) => {
    const views = mountViews({
      root,
      hubUrl,
      token: currentToken,
      onError: (error) => {
        errorBanner.hidden = false;
        errorBanner.textContent = `The Reports could not open: ${String(error)}`;
      },
    });
    const client = createSupervisorClient({ url: hubUrl, token: tokenSource });
    let agent: Promise<AgentClient> | undefined;
    let agentClient: AgentClient | undefined;
    /** Supervisors write to leads through /agent (after barging in); connected on first use. */
    const agentConnection = () =>
      (agent ??= (async () => {
        agentClient = createAgentClient({ url: hubUrl, token: tokenSource });
        await agentClient.connect();
        return agentClient;
      })());
    const dashboard = mountDashboard({
      client,
      agentClient: agentConnection,
      user,
      root: views.boardRoot,
      connection,
      errorBanner,
      announcer,
      alerts,
    });
    return {
      connect: async () => {
        await connectStaff(client);
        await dashboard.loadBoard();
      },
      destroy: () => {
        client.close();
        agentClient?.close();
        dashboard.destroy();
        views.destroy();
      },
    };
  },
});
