import { createSupervisorClient } from '../sdk/index.js';
import { bootStaffApp } from '../shared/boot.js';
import { mountDashboard } from './dashboard.js';

/** Entry of /supervisor/: the sign-in screen or session, then the dashboard. */
void bootStaffApp({
  role: 'supervisor',
  storageKey: 'jorge-hub:supervisor-token',
  defaults: { userId: 'maria', name: 'Maria Lopez' },
  mount: ({ hubUrl, tokenSource, root, connection, errorBanner, announcer }) => {
    const client = createSupervisorClient({ url: hubUrl, token: tokenSource });
    const dashboard = mountDashboard({ client, root, connection, errorBanner, announcer });
    return {
      connect: async () => {
        await client.connect();
        await dashboard.loadBoard();
      },
      destroy: () => {
        client.close();
        dashboard.destroy();
      },
    };
  },
});
