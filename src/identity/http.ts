import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { StaffClaims, TokenService } from '../auth.js';
import { HubError, httpStatusByCode, toErrorBody } from '../errors.js';
import type { Logger } from '../logger.js';
import { requestError } from '../http/request-errors.js';
import { authorize, type Permission } from './permissions.js';

type Handler = (req: Request, res: Response) => Promise<void>;

/** An async Express handler whose rejections reach the error handler. */
export const wrap = (handler: Handler) => (req: Request, res: Response, next: NextFunction) => {
  handler(req, res).catch(next);
};

/** Validates at the edge: a zod failure becomes INVALID_PAYLOAD naming the first issue. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HubError(
      'INVALID_PAYLOAD',
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** The staff claims of `Authorization: Bearer <token>`, checked against the permission table. */
export async function staffFor(
  req: Request,
  tokens: TokenService,
  permission: Permission,
): Promise<StaffClaims> {
  const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
  const claims = await tokens.verifyStaff(match?.[1]);
  authorize(claims.role, permission);
  return claims;
}

/**
 * Where a request came from, for the audit log: Express's `req.ip`, which reads X-Forwarded-For only as far as the
 * app's `trust proxy` hops (HUB_TRUST_PROXY); a client cannot write its own origin into the log.
 */
export function requestOrigin(req: Request): string {
  return (req.ip || req.socket.remoteAddress || 'unknown').slice(0, 64);
}

/** The typed error envelope of the identity routes (same shape as src/http/routes.ts). */
export function identityErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const hubError = requestError(error);
    if (!hubError) logger.error({ err: error }, 'identity request failed');
    const body = toErrorBody(hubError ?? error);
    res.status(httpStatusByCode[body.code]).json({ error: body });
  };
}
