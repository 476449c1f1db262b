import { decodeStaffToken, forgetToken, hubUrlFromPage, renderDevLogin, takeToken } from './login.js';
import { clearError, renderConnection } from './status.js';

const byId = (id: string) => document.getElementById(id)!;

/** The page parts every staff app mounts into. */
export interface StaffPage {
  hubUrl: string;
  token: string;
  user: { userId: string; name: string };
  root: HTMLElement;
  connection: HTMLElement;
  errorBanner: HTMLElement;
  announcer: HTMLElement;
}

/** A mounted app: connects and loads its first data, or is torn down when that fails. */
export interface StaffApp {
  connect(): Promise<void>;
  destroy(): void;
}

/**
 * Entry of a staff app (/agent/, /supervisor/): a token from ?token= or the development login, then the app. A
 * failed connection forgets the token and shows the login again with the reason.
 */
export async function bootStaffApp(options: {
  role: 'agent' | 'supervisor';
  storageKey: string;
  defaults: { userId: string; name: string };
  mount: (page: StaffPage) => StaffApp;
  message?: string;
}): Promise<void> {
  const { role, storageKey, defaults, message } = options;
  const hubUrl = hubUrlFromPage();
  const root = byId('root');
  const token =
    (message ? undefined : takeToken(storageKey)) ??
    (await renderDevLogin(root, { role, storageKey, hubUrl, defaults, ...(message ? { message } : {}) }));
  const user = decodeStaffToken(token) ?? {
    userId: 'unknown',
    name: role === 'agent' ? 'Agent' : 'Supervisor',
  };
  byId('who').textContent = `${user.name} (${user.userId})`;
  clearError(byId('error'));
  const app = options.mount({
    hubUrl,
    token,
    user,
    root,
    connection: byId('connection'),
    errorBanner: byId('error'),
    announcer: byId('announcer'),
  });
  try {
    await app.connect();
  } catch (error) {
    app.destroy();
    renderConnection(byId('connection'), 'failed');
    forgetToken(storageKey);
    await bootStaffApp({ ...options, message: `Could not connect: ${(error as Error).message}` });
  }
}
