import { createAgentClient } from '../sdk/index.js';
import { bootStaffApp } from '../shared/boot.js';
import { mountConsole } from './console.js';

/** Entry of /agent/: a token from ?token= or the dev login, then the console. */
void bootStaffApp({
  role: 'agent',
  storageKey: 'jorge-hub:agent-token',
  defaults: { userId: 'jorge', name: 'Jorge Salas' },
  mount: ({ hubUrl, token, user, root, connection, errorBanner, announcer }) => {
    const client = createAgentClient({ url: hubUrl, token });
    const view = mountConsole({ client, hubUrl, token, user, root, connection, errorBanner, announcer });
    return {
      connect: async () => {
        await client.connect();
        await view.loadInbox();
      },
      destroy: () => {
        client.close();
        view.destroy();
      },
    };
  },
});
