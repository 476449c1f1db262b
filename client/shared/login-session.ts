/**
 * The hub's sign-in endpoints as the staff apps use them: which sign-in methods the hub offers, the OpenID Connect
 * redirect, the silent renewal of short-lived access tokens through the HttpOnly session cookie, and sign-out.
 * No token ever travels in a URL: the session cookie is HttpOnly and the access token comes back in a JSON body.
 */
export interface SignInProvider {
  id: string;
  label: string;
  tenantId: string;
}

export interface AuthConfig {
  devTokens: boolean;
  providers: SignInProvider[];
}

export interface SessionToken {
  token: string;
  /** ISO time after which the hub refuses the token. */
  expiresAt: string;
}

export async function fetchAuthConfig(hubUrl: string): Promise<AuthConfig> {
  try {
    const response = await fetch(`${hubUrl}/api/auth/config`, { credentials: 'same-origin' });
    if (!response.ok) return { devTokens: false, providers: [] };
    return (await response.json()) as AuthConfig;
  } catch {
    return { devTokens: false, providers: [] };
  }
}

/** A fresh access token from the sign-in session cookie; undefined when there is no (valid) session. */
export async function renewFromSession(hubUrl: string): Promise<SessionToken | undefined> {
  try {
    const response = await fetch(`${hubUrl}/auth/session/token`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) return undefined;
    const answer = (await response.json()) as Partial<SessionToken> & { token: string | null };
    return answer.token && answer.expiresAt
      ? { token: answer.token, expiresAt: answer.expiresAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Ends the sign-in session (the cookie is cleared by the hub). */
export async function signOutSession(hubUrl: string): Promise<void> {
  await fetch(`${hubUrl}/auth/logout`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  }).catch(() => undefined);
}

/** Leaves for the identity provider; it comes back to this app with a session cookie (and nothing in the URL). */
export function startProviderSignIn(hubUrl: string, providerId: string, app: 'agent' | 'supervisor'): void {
  location.assign(`${hubUrl}/auth/oidc/${encodeURIComponent(providerId)}/login?app=${app}`);
}

const SIGN_IN_ERRORS: Record<string, string> = {
  refused: 'Sign-in refused: your account is not allowed to use this hub (domain or group).',
  failed: 'Sign-in failed: the identity provider did not complete the sign-in. Try again.',
  expired: 'Sign-in took too long. Try again.',
};

/** The reason a provider sign-in came back refused (`?signin_error=`), removed from the address bar. */
export function takeSignInError(): string | undefined {
  const url = new URL(location.href);
  const code = url.searchParams.get('signin_error');
  if (!code) return undefined;
  url.searchParams.delete('signin_error');
  history.replaceState(null, '', url);
  return SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.failed;
}
