import express, { type Request, type Response, type Router } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { publicOrigin, readCookie, setCookie } from './cookies.js';
import { wrap } from './http.js';
import { admit, type OidcProviderSettings, type SessionSettings } from './oidc-settings.js';
import type { SessionService } from './sessions.js';

const LOGIN_COOKIE = 'jorge_oidc';
const LOGIN_TTL_S = 600;
const CALLBACK_PATH = '/auth/oidc/callback';
const appSchema = z.enum(['agent', 'supervisor']).catch('agent');
const loginStateSchema = z.object({
  p: z.string(),
  s: z.string(),
  n: z.string(),
  v: z.string(),
  a: z.enum(['agent', 'supervisor']),
});

export interface OidcDeps {
  providers: OidcProviderSettings[];
  settings: SessionSettings;
  /** Signs the short-lived login-state cookie (state, nonce, PKCE verifier). */
  secret: string;
  sessions: SessionService;
  store: Store;
  logger: Logger;
  now: () => Date;
}

const isLoopback = (issuer: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(issuer);

/**
 * OpenID Connect sign-in (authorization code flow with PKCE, openid-client): `/auth/oidc/:provider/login`
 * redirects to the provider with state, nonce and a code challenge kept in a signed HttpOnly cookie; the callback
 * checks them, admits the user by email domain and groups, maps groups to a role, records the sign-in in the
 * roster and starts a session. Nothing secret ever goes in a URL the hub builds.
 */
export function createOidcRouter(deps: OidcDeps): Router {
  const { providers, settings, sessions, store, logger } = deps;
  const key = new TextEncoder().encode(deps.secret);
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const discovered = new Map<string, Promise<oidc.Configuration>>();

  /** Discovery once per provider (retried after a failure). Plain http only for a loopback issuer (tests). */
  function configOf(provider: OidcProviderSettings): Promise<oidc.Configuration> {
    let pending = discovered.get(provider.id);
    if (!pending) {
      pending = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        isLoopback(provider.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      pending.catch(() => discovered.delete(provider.id));
      discovered.set(provider.id, pending);
    }
    return pending;
  }

  const back = (res: Response, app: string, error?: string) =>
    res.redirect(302, `/${app}/${error ? `?signin_error=${error}` : ''}`);
  const secure = (req: Request) => publicOrigin(req, settings.publicUrl).startsWith('https://');

  const router = express.Router();
  router.get(
    '/auth/oidc/:provider/login',
    wrap(async (req, res) => {
      const app = appSchema.parse(req.query.app);
      const provider = byId.get(String(req.params.provider));
      if (!provider) return back(res, app, 'failed');
      let config: oidc.Configuration;
      try {
        config = await configOf(provider);
      } catch (error) {
        logger.error({ err: error, provider: provider.id }, 'OpenID Connect discovery failed');
        return back(res, app, 'failed');
      }
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const loginState = await new SignJWT({ p: provider.id, s: state, n: nonce, v: verifier, a: app })
        .setProtectedHeader({ alg: 'HS256' })
        .setAudience('oidc-login')
        .setIssuedAt()
        .setExpirationTime(`${LOGIN_TTL_S}s`)
        .sign(key);
      // Lax: the provider's redirect back is a cross-site top-level navigation that must carry it.
      setCookie(res, LOGIN_COOKIE, loginState, {
        maxAgeS: LOGIN_TTL_S,
        path: '/auth/oidc',
        sameSite: 'Lax',
        secure: secure(req),
      });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: `${publicOrigin(req, settings.publicUrl)}${CALLBACK_PATH}`,
        scope: provider.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      res.set('cache-control', 'no-store').redirect(302, url.href);
    }),
  );

  router.get(
    CALLBACK_PATH,
    wrap(async (req, res) => {
      const clear = () =>
        setCookie(res, LOGIN_COOKIE, '', {
          maxAgeS: 0,
          path: '/auth/oidc',
          sameSite: 'Lax',
          secure: secure(req),
        });
      let state: z.infer<typeof loginStateSchema>;
      try {
        const { payload } = await jwtVerify(readCookie(req, LOGIN_COOKIE) ?? '', key, {
          algorithms: ['HS256'],
          audience: 'oidc-login',
        });
        state = loginStateSchema.parse(payload);
      } catch {
        clear();
        return back(res, 'agent', 'expired');
      }
      clear();
      const provider = byId.get(state.p);
      if (!provider) return back(res, state.a, 'failed');
      const origin = publicOrigin(req, settings.publicUrl);
      let claims: Record<string, unknown>;
      try {
        const config = await configOf(provider);
        const tokens = await oidc.authorizationCodeGrant(config, new URL(`${origin}${req.originalUrl}`), {
          pkceCodeVerifier: state.v,
          expectedState: state.s,
          expectedNonce: state.n,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
        if (claims[provider.groupsClaim] === undefined || claims.email === undefined) {
          // Some providers put groups or the email only in the userinfo answer.
          const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
          claims = { ...info, ...claims, ...(claims.email === undefined ? { email: info.email } : {}) };
          if (claims[provider.groupsClaim] === undefined)
            claims[provider.groupsClaim] = info[provider.groupsClaim];
        }
      } catch (error) {
        logger.warn({ err: error, provider: provider.id }, 'OpenID Connect callback failed');
        return back(res, state.a, 'failed');
      }
      const admission = admit(provider, claims);
      if (!admission.ok) {
        logger.warn({ provider: provider.id, reason: admission.reason }, 'staff sign-in refused');
        return back(res, state.a, 'refused');
      }
      const { identity } = admission;
      const existing = await store.getStaffMember(provider.tenantId, identity.userId);
      if (existing && !existing.active) {
        logger.warn({ provider: provider.id, userId: identity.userId }, 'staff sign-in refused: disabled');
        return back(res, state.a, 'refused');
      }
      const member = await store.recordStaffSignIn({
        tenantId: provider.tenantId,
        userId: identity.userId,
        name: identity.name,
        role: identity.role,
        ...(identity.email ? { email: identity.email } : {}),
        at: deps.now().toISOString(),
      });
      await sessions.start(req, res, {
        tenantId: provider.tenantId,
        userId: member.userId,
        name: member.name,
        role: member.role,
        ...(member.email ? { email: member.email } : {}),
        providerId: provider.id,
      });
      logger.info({ provider: provider.id, userId: member.userId, role: member.role }, 'staff signed in');
      res.set('cache-control', 'no-store');
      back(res, state.a);
    }),
  );
  return router;
}
