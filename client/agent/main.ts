import { createAgentClient } from '../sdk/index.js';
import { bootStaffApp, connectStaff } from '../shared/boot.js';
import { mountConsole } from './console.js';

/** Entry of /agent/: the sign-in screen or session, then the console. */
void bootStaffApp({
  role: 'agent',
  storageKey: 'jorge-hub:agent-token',
  defaults: { userId: 'jorge', name: 'Jorge Salas' },
  mount: ({ hubUrl, tokenSource, currentToken, user, root, connection, errorBanner, announcer, alerts }) => {
    const client = createAgentClient({ url: hubUrl, token: tokenSource });
    const view = mountConsole({
      client,
      hubUrl,
      token: currentToken,
      user,
      root,
      connection,
      errorBanner,
      announcer,
      alerts,
    });
    return {
      connect: async () => {
        await connectStaff(client);
        await view.loadInbox();
      },
      destroy: () => {
        client.close();
        view.destroy();
      },
    };
  },
});
