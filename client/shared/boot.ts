import type { HubClientError, StaffClientBase } from '../sdk/index.js';
import { h } from './dom.js';
import {
  decodeStaffToken,
  forgetToken,
  hubUrlFromPage,
  renderLogin,
  roleRefusal,
  takeToken,
} from './login.js';
import {
  fetchAuthConfig,
  renewFromSession,
  signOutSession,
  takeSignInError,
  type SessionToken,
} from './login-session.js';
import { clearError, renderConnection } from './status.js';

const byId = (id: string) => document.getElementById(id)!;

/** The page parts every staff app mounts into. */
export interface StaffPage {
  hubUrl: string;
  /** The token the app signed in with. */
  token: string;
  /** The current token, renewed through the sign-in session before it expires (pass it to the SDK clients). */
  tokenSource: () => Promise<string>;
  /** The current token, synchronously (REST calls). */
  currentToken: () => string;
  user: { userId: string; name: string };
  root: HTMLElement;
  connection: HTMLElement;
  errorBanner: HTMLElement;
  announcer: HTMLElement;
  /** The top bar's slot for hand-off alerts (the banner and the "Turn on desktop alerts" button). */
  alerts: HTMLElement;
}

/** A mounted app: connects and loads its first data, or is torn down when that fails. */
export interface StaffApp {
  connect(): Promise<void>;
  destroy(): void;
}

/** Renew an access token from the session this long before it expires. */
const RENEW_BEFORE_MS = 60_000;

const expiryOf = (token: string) => decodeStaffToken(token)?.expiresAt ?? Number.POSITIVE_INFINITY;

/**
 * Keeps the app's token: a pasted or development token as is; a token from the sign-in session (OpenID Connect)
 * renewed silently before it expires, through the HttpOnly session cookie.
 */
function tokenKeeper(hubUrl: string, storageKey: string, initial: string, fromSession: boolean) {
  let token = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const modeKey = `${storageKey}:mode`;
  if (fromSession) sessionStorage.setItem(modeKey, 'session');
  const isSession = () => sessionStorage.getItem(modeKey) === 'session';

  const adopt = (renewed: SessionToken) => {
    token = renewed.token;
    sessionStorage.setItem(storageKey, token);
    schedule();
  };
  const renew = async () => {
    const renewed = await renewFromSession(hubUrl);
    if (renewed) adopt(renewed);
    return token;
  };
  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    if (!isSession()) return;
    const delayMs = Math.max(1_000, expiryOf(token) - Date.now() - RENEW_BEFORE_MS);
    if (Number.isFinite(delayMs)) timer = setTimeout(() => void renew(), Math.min(delayMs, 2 ** 31 - 1));
  }
  schedule();
  return {
    current: () => token,
    source: async () => (isSession() && expiryOf(token) - Date.now() < RENEW_BEFORE_MS ? renew() : token),
    forget() {
      if (timer !== undefined) clearTimeout(timer);
      sessionStorage.removeItem(modeKey);
      forgetToken(storageKey);
    },
    async signOut() {
      if (timer !== undefined) clearTimeout(timer);
      if (isSession()) await signOutSession(hubUrl);
      sessionStorage.removeItem(modeKey);
      forgetToken(storageKey);
    },
  };
}

/** A usable token of this tab: stored (not expired), else one from the sign-in session cookie. */
async function existingToken(hubUrl: string, storageKey: string) {
  const stored = takeToken(storageKey);
  if (stored && expiryOf(stored) > Date.now() + 5_000) {
    return { token: stored, fromSession: sessionStorage.getItem(`${storageKey}:mode`) === 'session' };
  }
  forgetToken(storageKey);
  const renewed = await renewFromSession(hubUrl);
  return renewed ? { token: renewed.token, fromSession: true } : undefined;
}

/**
 * Connects a staff client. A FORBIDDEN refusal is final (the role may not use this app, or an admin disabled the
 * member: a renewed token is refused the same way), so it fails at once instead of after the SDK's retries.
 */
export function connectStaff(client: Pick<StaffClientBase, 'connect' | 'on'>): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = client.on('error', (error: HubClientError) => {
      if (error.event === 'connect' && error.code === 'FORBIDDEN') reject(error);
    });
    client.connect().then(resolve, reject).finally(stop);
  });
}

function signOutButton(onClick: () => void): HTMLButtonElement {
  const existing = document.getElementById('sign-out');
  const button = h('button', { type: 'button', id: 'sign-out', class: 'sign-out' }, 'Sign out');
  button.addEventListener('click', onClick);
  if (existing) existing.replaceWith(button);
  else byId('who').after(button);
  return button;
}

/**
 * Entry of a staff app (/agent/, /supervisor/): the tab's token, the sign-in session, or the sign-in screen; then
 * the app. A failed connection forgets the token and shows the sign-in screen again with the reason.
 */
export async function bootStaffApp(options: {
  role: 'agent' | 'supervisor';
  storageKey: string;
  defaults: { userId: string; name: string };
  mount: (page: StaffPage) => StaffApp;
  message?: string;
}): Promise<void> {
  const { role, storageKey, defaults } = options;
  const hubUrl = hubUrlFromPage();
  const root = byId('root');
  const message = options.message ?? takeSignInError();
  const existing = message ? undefined : await existingToken(hubUrl, storageKey);
  let signedIn = existing;
  if (!signedIn) {
    const config = await fetchAuthConfig(hubUrl);
    const token = await renderLogin(root, {
      role,
      storageKey,
      hubUrl,
      defaults,
      config,
      ...(message ? { message } : {}),
    });
    signedIn = { token, fromSession: false };
  }
  const keeper = tokenKeeper(hubUrl, storageKey, signedIn.token, signedIn.fromSession);
  const user = decodeStaffToken(signedIn.token) ?? {
    userId: 'unknown',
    name: role === 'agent' ? 'Agent' : 'Supervisor',
  };
  byId('who').textContent = `${user.name} (${user.userId})`;
  clearError(byId('error'));
  const app = options.mount({
    hubUrl,
    token: signedIn.token,
    tokenSource: keeper.source,
    currentToken: keeper.current,
    user,
    root,
    connection: byId('connection'),
    errorBanner: byId('error'),
    announcer: byId('announcer'),
    alerts: byId('alerts'),
  });
  const signOut = signOutButton(() => {
    signOut.disabled = true;
    app.destroy();
    void keeper.signOut().then(() => {
      signOut.remove();
      byId('who').textContent = '';
      renderConnection(byId('connection'), 'closed');
      void bootStaffApp({ ...options, message: 'You are signed out.' });
    });
  });
  try {
    await app.connect();
  } catch (error) {
    app.destroy();
    signOut.remove();
    byId('who').textContent = '';
    clearError(byId('error'));
    renderConnection(byId('connection'), 'failed');
    // Forget this tab's token only: the sign-in session (if any) stays, for the apps the role may use.
    keeper.forget();
    // An agent in the supervisor dashboard: say which app the sign-in is for, not the hub's words.
    const refused =
      (error as HubClientError).code === 'FORBIDDEN'
        ? roleRefusal(role, decodeStaffToken(signedIn.token)?.role ?? '')
        : undefined;
    await bootStaffApp({ ...options, message: refused ?? `Could not connect: ${(error as Error).message}` });
  }
}
