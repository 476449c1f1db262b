/** The error-code table shared by acks, HTTP answers and logs. */
export const ErrorCode = {
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** Too many requests of one connection still running: retry once one of them is answered. */
  BUSY: 'BUSY',
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  /** An agent's message breaks a compliance rule: not sent; `details` holds the warning (docs/PROTOCOL.md). */
  COMPLIANCE: 'COMPLIANCE',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusByCode: Record<ErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  BUSY: 429,
  TEXT_TOO_LONG: 413,
  COMPLIANCE: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    if (options?.details) this.details = options.details;
  }
  /** Public, structured facts about the refusal (a compliance warning); sent to the client as is. */
  readonly details?: Record<string, unknown>;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Turns any thrown value into the public error body; unknown errors never leak their details. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof HubError)
    return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return { code: ErrorCode.INTERNAL, message: 'Internal error' };
}

export function toAck(error: unknown): Ack<never> {
  return { ok: false, error: toErrorBody(error) };
}

export function isHubError(error: unknown, code?: ErrorCode): error is HubError {
  return error instanceof HubError && (code === undefined || error.code === code);
}
