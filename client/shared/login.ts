import { requestDevToken } from '../sdk/index.js';
import { h } from './dom.js';

export interface StaffIdentity {
  token: string;
  hubUrl: string;
}

/** The hub the app talks to: `?hub=` (development with the Vite server) or the page's own origin. */
export function hubUrlFromPage(): string {
  const param = new URLSearchParams(location.search).get('hub');
  return (param ?? location.origin).replace(/\/$/, '');
}

/** A token from `?token=` (removed from the address bar) or from this tab's session storage. */
export function takeToken(storageKey: string): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(storageKey) ?? undefined;
}

export function forgetToken(storageKey: string): void {
  sessionStorage.removeItem(storageKey);
}

/** The development login form: asks the hub for a dev token (POST /api/dev/tokens). */
export function renderDevLogin(
  container: HTMLElement,
  options: {
    role: 'agent' | 'supervisor';
    storageKey: string;
    hubUrl: string;
    defaults: { userId: string; name: string };
    message?: string;
  },
): Promise<string> {
  return new Promise((resolve) => {
    const error = h(
      'p',
      { class: 'error-banner', role: 'alert', hidden: !options.message },
      options.message ?? '',
    );
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
      { class: 'login', 'aria-labelledby': 'login-title' },
      h('h2', { id: 'login-title' }, `Sign in as ${options.role} (development)`),
      h(
        'p',
        {},
        'Development tokens come from the hub; in production open this page with ?token=<staff JWT>.',
      ),
      error,
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
      }).then(
        (token) => {
          sessionStorage.setItem(options.storageKey, token);
          form.remove();
          resolve(token);
        },
        (failure: Error) => {
          submit.disabled = false;
          error.hidden = false;
          error.textContent = `Sign-in failed: ${failure.message}`;
        },
      );
    });
    container.replaceChildren(form);
    userId.focus();
  });
}

/** The identity inside a staff JWT, for display and "is it mine?" checks only (the hub verifies the token). */
export function decodeStaffToken(
  token: string,
): { userId: string; name: string; role: string; tenantId: string } | undefined {
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
    };
  } catch {
    return undefined;
  }
}
