import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { z } from 'zod';
import { HubError } from './errors.js';
import { idSchema, listingSchema, StaffRole } from './protocol/common.js';
import { shownText } from './protocol/text.js';

const ISSUER = 'jorge-hub';

export const staffClaimsSchema = z.object({
  kind: z.literal('staff'),
  tenantId: idSchema,
  role: z.enum(StaffRole),
  userId: idSchema,
  name: shownText(120),
  /**
   * The sign-in session a token was issued for (POST /auth/session/token): once the session ends (sign-out), the
   * token is refused on every node. Operator and development tokens carry none.
   */
  sid: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type StaffClaims = z.infer<typeof staffClaimsSchema>;

export const widgetClaimsSchema = z.object({
  kind: z.literal('widget'),
  tenantId: idSchema,
  /** The public handle of the visitor secret behind this session (checked on connect: revoked or expired ends it). */
  secretId: idSchema,
  leadId: idSchema,
  listing: listingSchema.optional(),
  intent: z.enum(['buy', 'sell']).optional(),
});
export type WidgetClaims = z.infer<typeof widgetClaimsSchema>;

export interface TokenService {
  signStaff(claims: Omit<StaffClaims, 'kind'>, ttlSeconds?: number): Promise<string>;
  signWidget(claims: Omit<WidgetClaims, 'kind'>): Promise<string>;
  verifyStaff(token: unknown): Promise<StaffClaims>;
  verifyWidget(token: unknown): Promise<WidgetClaims>;
}

/** The longest token the hub verifies. */
export const MAX_TOKEN_CHARS = 16_384;

/** HS256 JWTs: staff tokens (issued by the operator's identity service or /api/dev/tokens) and widget sessions. */
export function createTokenService(secret: string, widgetTtlSeconds: number): TokenService {
  // Imported into WebCrypto once: given the secret's bytes, jose imports them again for every token it signs or
  // verifies, which cost about as much as the signature itself (a widget session signs one, its connection
  // verifies it).
  let imported: Promise<CryptoKey> | undefined;
  const hmacKey = () =>
    (imported ??= crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    ));

  const sign = async (claims: Record<string, unknown>, audience: string, ttlSeconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(await hmacKey());

  async function verify<T>(token: unknown, audience: string, schema: z.ZodType<T>): Promise<T> {
    if (typeof token !== 'string' || token.length === 0)
      throw new HubError('UNAUTHORIZED', 'A token is required');
    // Long enough for a widget token carrying a listing at its schema's limits (up to about 11 KB with accented text), short enough that a
    // forged giant never reaches the signature check.
    if (token.length > MAX_TOKEN_CHARS) throw new HubError('UNAUTHORIZED', 'The token is too long');
    try {
      // A token without `exp` is refused: every token this hub accepts expires (docs/SECURITY.md).
      const { payload } = await jwtVerify(token, await hmacKey(), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience,
        requiredClaims: ['exp'],
      });
      const claims = schema.safeParse(payload);
      if (!claims.success) throw new HubError('UNAUTHORIZED', 'Token claims are invalid');
      return claims.data;
    } catch (error) {
      if (error instanceof HubError) throw error;
      const expired = error instanceof joseErrors.JWTExpired;
      throw new HubError('UNAUTHORIZED', expired ? 'Token expired' : 'Token is invalid', { cause: error });
    }
  }

  return {
    signStaff: (claims, ttlSeconds = 12 * 3600) => sign({ ...claims, kind: 'staff' }, 'staff', ttlSeconds),
    signWidget: (claims) => sign({ ...claims, kind: 'widget' }, 'widget', widgetTtlSeconds),
    verifyStaff: (token) => verify(token, 'staff', staffClaimsSchema),
    verifyWidget: (token) => verify(token, 'widget', widgetClaimsSchema),
  };
}
