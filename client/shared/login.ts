import { requestDevToken } from '../sdk/index.js';
import { h } from './dom.js';
import { startProviderSignIn, type AuthConfig } from './login-session.js';

export interface StaffIdentity {
  token: string;
  hubUrl: string;
}

/** Other hub origins this build may talk to (`HUB_CONSOLE_ORIGINS` at build time, space or comma separated). */
declare const __HUB_CONSOLE_ORIGINS__: string | undefined;
const configuredOrigins = (): string[] =>
  (typeof __HUB_CONSOLE_ORIGINS__ === 'string' ? __HUB_CONSOLE_ORIGINS__ : '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => origin.replace(/\/$/, ''));

const isLoopback = (hostname: string) => hostname === 'localhost' || hostname === '127.0.0.1';

/**
 * The origin `?hub=` asks for, when it may be used: one of the build's allowed origins, or a loopback hub from a
 * page that is itself on a loopback address (development with the Vite server). Anything else is ignored, so a
 * crafted link cannot make the console send its staff token to another server.
 */
export function allowedHubOrigin(
  requested: string,
  page: { origin: string; hostname: string },
  allowed: readonly string[],
): string | undefined {
  let url: URL;
  try {
    url = new URL(requested);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin === page.origin || allowed.includes(url.origin)) return url.origin;
  if (isLoopback(page.hostname) && isLoopback(url.hostname)) return url.origin;
  return undefined;
}

/**
 * The hub the app talks to: the page's own origin, or an allowed `?hub=` (see allowedHubOrigin). The staff token
 * only ever goes to that origin (and the hub's CSP, `connect-src 'self'`, holds the served apps to their own).
 */
export function hubUrlFromPage(): string {
  const param = new URLSearchParams(location.search).get('hub');
  if (param) {
    const origin = allowedHubOrigin(param, location, configuredOrigins());
    if (origin) return origin;
    console.warn(`Ignoring ?hub=${param}: not this page's origin nor an allowed hub origin`);
  }
  return location.origin;
}

/**
 * The token this tab signed in with (session storage). Tokens never travel in URLs: a `?token=` left in the
 * address bar by an old link is removed and ignored.
 */
export function takeToken(storageKey: string): string | undefined {
  const url = new URL(location.href);
  if (url.searchParams.has('token')) {
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(storageKey) ?? undefined;
}

export function forgetToken(storageKey: string): void {
  sessionStorage.removeItem(storageKey);
}

/**
 * Why an app does not accept a staff role, in the sign-in screen's words; undefined when it does. Every role may
 * use the agent console; the supervisor dashboard refuses agents (the hub answers FORBIDDEN, docs/SECURITY.md).
 */
export function roleRefusal(
  app: 'agent' | 'supervisor',
  role: string,
  what: 'token' | 'sign-in' = 'sign-in',
): string | undefined {
  if (app === 'supervisor' && role === 'agent')
    return `This ${what} is for the agent console (/agent/): the agent role cannot use the supervisor dashboard.`;
  return undefined;
}

export interface LoginOptions {
  role: 'agent' | 'supervisor';
  storageKey: string;
  hubUrl: string;
  defaults: { userId: string; name: string };
  config: AuthConfig;
  message?: string;
}

/**
 * The sign-in screen: the team's identity provider (OpenID Connect) when the hub has one, a pasted staff token
 * (from `npm run token`), and the development form when the hub allows dev tokens. Resolves with a token that was
 * stored in this tab's session storage.
 */
export function renderLogin(container: HTMLElement, options: LoginOptions): Promise<string> {
  return new Promise((resolve) => {
    const error = h(
      'p',
      { class: 'error-banner', role: 'alert', hidden: !options.message },
      options.message ?? '',
    );
    const showError = (text: string) => {
      error.hidden = false;
      error.textContent = text;
    };
    const accept = (token: string) => {
      sessionStorage.setItem(options.storageKey, token);
      container.replaceChildren();
      resolve(token);
    };

    const providers = options.config.providers.map((provider) =>
      h(
        'button',
        {
          type: 'button',
          class: 'primary provider',
          'data-provider': provider.id,
          onclick: () => startProviderSignIn(options.hubUrl, provider.id, options.role),
        },
        `Sign in with ${provider.label}`,
      ),
    );

    const pasted = h('textarea', {
      id: 'login-token',
      name: 'token',
      rows: 3,
      required: true,
      spellcheck: false,
      autocomplete: 'off',
      placeholder: 'eyJhbGciOiJIUzI1NiJ9…',
    });
    const pasteForm = h(
      'form',
      { class: 'login-token', 'aria-label': 'Token sign-in' },
      h('label', { for: 'login-token' }, 'Staff token'),
      h('p', { class: 'hint' }, 'Paste a token minted with npm run token (see the README).'),
      pasted,
      h('button', { type: 'submit' }, 'Use token'),
    );
    pasteForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = pasted.value.trim();
      const claims = decodeStaffToken(token);
      if (!claims) return showError('That is not a staff token.');
      if (claims.expiresAt !== undefined && claims.expiresAt <= Date.now())
        return showError('That token has expired; mint a new one.');
      const refused = roleRefusal(options.role, claims.role, 'token');
      if (refused) return showError(refused);
      accept(token);
    });

    const parts: (HTMLElement | false)[] = [
      h('h2', { id: 'login-title' }, `Sign in as ${options.role}`),
      error,
      providers.length > 0 && h('div', { class: 'providers' }, ...providers),
      pasteForm,
      options.config.devTokens && devForm(options, accept, showError),
    ];
    const panel = h('section', { class: 'login', 'aria-labelledby': 'login-title' });
    for (const part of parts) if (part) panel.append(part);
    container.replaceChildren(panel);
    (providers[0] ?? pasted).focus();
  });
}

/** The development form: asks the hub for a dev token (POST /api/dev/tokens, outside production only). */
function devForm(
  options: LoginOptions,
  accept: (token: string) => void,
  showError: (text: string) => void,
): HTMLFormElement {
  const tenant = h('input', {
    id: 'login-tenant',
    name: 'tenant',
    value: 'demo',
    required: true,
    autocomplete: 'organization',
  });
  const userId = h('input', {
    id: 'login-user',
    name: 'userId',
    value: options.defaults.userId,
    required: true,
    autocomplete: 'username',
  });
  const name = h('input', {
    id: 'login-name',
    name: 'name',
    value: options.defaults.name,
    required: true,
    autocomplete: 'name',
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h(
    'form',
    { class: 'login-dev', 'aria-label': 'Development sign-in' },
    h('h3', {}, 'Development sign-in'),
    h('p', {}, 'Development tokens come from the hub (disabled when NODE_ENV=production).'),
    h('label', { for: 'login-tenant' }, 'Tenant'),
    tenant,
    h('label', { for: 'login-user' }, 'User id'),
    userId,
    h('label', { for: 'login-name' }, 'Display name'),
    name,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    requestDevToken(options.hubUrl, {
      tenantId: tenant.value.trim(),
      role: options.role,
      userId: userId.value.trim(),
      name: name.value.trim(),
    }).then(accept, (failure: Error) => {
      submit.disabled = false;
      showError(`Sign-in failed: ${failure.message}`);
    });
  });
  return form;
}

/** The identity inside a staff JWT, for display and "is it mine?" checks only (the hub verifies the token). */
export function decodeStaffToken(
  token: string,
): { userId: string; name: string; role: string; tenantId: string; expiresAt?: number } | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))),
    ) as Record<string, unknown>;
    if (typeof claims.userId !== 'string') return undefined;
    return {
      userId: claims.userId,
      name: typeof claims.name === 'string' ? claims.name : claims.userId,
      role: typeof claims.role === 'string' ? claims.role : 'agent',
      tenantId: typeof claims.tenantId === 'string' ? claims.tenantId : '',
      ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1_000 } : {}),
    };
  } catch {
    return undefined;
  }
}
