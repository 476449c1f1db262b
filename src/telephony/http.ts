import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { HubError, httpStatusByCode, toErrorBody } from '../errors.js';
import type { Logger } from '../logger.js';

type Handler = (req: Request, res: Response) => Promise<void>;

export const wrap = (handler: Handler) => (req: Request, res: Response, next: NextFunction) => {
  handler(req, res).catch(next);
};

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HubError('INVALID_PAYLOAD', `${issue?.path.join('.') || what}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The URL the provider posted to, as it signed it: the configured public base URL, else the Host header. */
export function requestUrl(req: Request, publicUrl: string | undefined): string {
  const base = publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return `${base.replace(/\/+$/, '')}${req.originalUrl}`;
}

/** Refuses a request signed at a time outside the replay window (either way: clocks drift a little). */
export function requireFresh(signedAtMs: number, nowMs: number, windowMs: number): void {
  if (!Number.isFinite(signedAtMs) || Math.abs(nowMs - signedAtMs) > windowMs) {
    throw new HubError('FORBIDDEN', 'The request is outside the replay window');
  }
}

export function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    let hubError = error instanceof HubError ? error : undefined;
    const status = (error as { status?: number }).status;
    if (!hubError && status === 413) hubError = new HubError('TEXT_TOO_LONG', 'Request body too large');
    else if (!hubError && status !== undefined && status >= 400 && status < 500) {
      hubError = new HubError('INVALID_PAYLOAD', 'Request body is not valid');
    }
    if (!hubError) logger.error({ err: error }, 'telephony request failed');
    else if (hubError.code === 'FORBIDDEN' || hubError.code === 'UNAUTHORIZED') {
      logger.warn({ code: hubError.code, reason: hubError.message }, 'telephony request refused');
    }
    const body = toErrorBody(hubError ?? error);
    res.status(httpStatusByCode[body.code]).json({ error: body });
  };
}
