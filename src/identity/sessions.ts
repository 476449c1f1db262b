import { createHash, randomBytes } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { StaffClaims, TokenService } from '../auth.js';
import { HubError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { StaffSessionRecord, Store } from '../store/types.js';
import { publicOrigin, readCookie, setCookie } from './cookies.js';
import { wrap } from './http.js';
import type { SessionSettings } from './oidc-settings.js';

export const SESSION_COOKIE = 'jorge_session';

/** The store keeps the SHA-256 of the cookie secret, never the secret itself. */
export const sessionIdOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface SessionDeps {
  store: Store;
  tokens: TokenService;
  settings: SessionSettings;
  logger: Logger;
  now: () => Date;
  /** A session ended (sign-out): its tokens are refused and its sockets closed on every node (src/app.ts). */
  onEnded?: (session: Pick<StaffSessionRecord, 'id' | 'tenantId' | 'userId'>) => void;
}

export interface SessionService {
  /** Starts a session for a signed-in staff member and sets its cookie. */
  start(
    req: Request,
    res: Response,
    session: Omit<StaffSessionRecord, 'id' | 'createdAt' | 'expiresAt'>,
  ): Promise<void>;
  router: Router;
}

const isSecure = (req: Request, settings: SessionSettings) =>
  publicOrigin(req, settings.publicUrl).startsWith('https://');

/**
 * Sign-in sessions: an HttpOnly, SameSite=Strict cookie (Secure over https) holds a random secret; the browser
 * trades it for short-lived staff tokens (POST /auth/session/token, silent renewal) and ends it (POST /auth/logout).
 */
export function createSessionService(deps: SessionDeps): SessionService {
  const { store, tokens, settings, logger, now } = deps;
  const cookie = (req: Request, res: Response, value: string, maxAgeS: number) =>
    setCookie(res, SESSION_COOKIE, value, {
      maxAgeS,
      path: '/',
      sameSite: 'Strict',
      secure: isSecure(req, settings),
    });

  /** The live session of the request's cookie, or undefined (unknown, revoked, expired, member disabled). */
  async function current(req: Request) {
    const secret = readCookie(req, SESSION_COOKIE);
    if (!secret || secret.length > 200) return undefined;
    const session = await store.getStaffSession(sessionIdOf(secret));
    if (!session || session.revokedAt !== undefined) return undefined;
    if (Date.parse(session.expiresAt) <= now().getTime()) return undefined;
    const member = await store.getStaffMember(session.tenantId, session.userId);
    if (member && !member.active) return undefined;
    // The roster is the authority on roles: an admin's change applies at the next renewal.
    return { session, role: member?.role ?? session.role, name: member?.name ?? session.name };
  }

  /** Refuses requests a cross-site page could forge (a JSON content type needs a CORS preflight). */
  const requireJson = (req: Request) => {
    if (!req.is('application/json')) throw new HubError('INVALID_PAYLOAD', 'Send application/json');
  };

  const router = express.Router();
  router.post(
    '/auth/session/token',
    wrap(async (req, res) => {
      requireJson(req);
      res.set('cache-control', 'no-store');
      const live = await current(req);
      if (!live) {
        res.json({ token: null });
        return;
      }
      const { session, role, name } = live;
      const remainingS = Math.floor((Date.parse(session.expiresAt) - now().getTime()) / 1_000);
      const ttlS = Math.max(1, Math.min(settings.accessTokenTtlS, remainingS));
      const user: Omit<StaffClaims, 'kind'> = {
        tenantId: session.tenantId,
        role,
        userId: session.userId,
        name,
      };
      // Bound to the session: refused everywhere once it ends, whatever time the token has left.
      const token = await tokens.signStaff({ ...user, sid: session.id }, ttlS);
      res.json({ token, expiresAt: new Date(now().getTime() + ttlS * 1_000).toISOString(), user });
    }),
  );
  router.post(
    '/auth/logout',
    wrap(async (req, res) => {
      requireJson(req);
      const secret = readCookie(req, SESSION_COOKIE);
      if (secret && secret.length <= 200) {
        const id = sessionIdOf(secret);
        const session = await store.getStaffSession(id);
        const revoked = await store.revokeStaffSession(id, now().toISOString());
        if (revoked) logger.info('staff session ended');
        if (session) deps.onEnded?.(session);
      }
      cookie(req, res, '', 0);
      res.set('cache-control', 'no-store').json({ signedOut: true });
    }),
  );

  return {
    router,
    async start(req, res, fields) {
      const secret = randomBytes(32).toString('base64url');
      const createdAt = now();
      await store.createStaffSession({
        ...fields,
        id: sessionIdOf(secret),
        createdAt: createdAt.toISOString(),
        expiresAt: new Date(createdAt.getTime() + settings.sessionTtlS * 1_000).toISOString(),
      });
      cookie(req, res, secret, settings.sessionTtlS);
    },
  };
}
