import { errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { shownText } from '../protocol/text.js';

/** The audience every site identity token names (a staff or widget token of this hub never does). */
export const IDENTITY_TOKEN_AUDIENCE = 'jorge-hub:identity';
/** The longest lifetime (exp - iat) the hub accepts: a token is signed when the page is rendered, used at once. */
export const IDENTITY_TOKEN_MAX_LIFETIME_S = 600;
/** Clock difference allowed between the site's backend and the hub. */
const CLOCK_TOLERANCE_S = 30;
/** A token longer than this never reaches the signature check. */
export const IDENTITY_TOKEN_MAX_CHARS = 4_096;

const identityClaims = z.object({
  sub: z.string().min(1).max(200),
  iat: z.number().int(),
  exp: z.number().int(),
  name: shownText(120).optional(),
  email: z.string().min(3).max(254).optional(),
  phone: z.string().min(3).max(40).optional(),
});

/** A site user its backend proved with a signed identity token. */
export interface TokenIdentity {
  userId: string;
  name?: string;
  email?: string;
  phone?: string;
  /** When the site's backend signed it (iat, in ms): it must be after the lead's last revocation. */
  issuedAtMs: number;
}

export type IdentityTokenResult =
  { ok: true; identity: TokenIdentity } | { ok: false; reason: 'expired' | 'invalid' | 'too_long_lived' };

/**
 * Verifies a site identity token (docs/SECURITY.md "Visitor identity"): an HS256 JWT signed with the tenant's
 * identitySecret, `iss` = the tenant id, `aud` = IDENTITY_TOKEN_AUDIENCE, `sub` = the site's user id, `iat` and
 * `exp` at most IDENTITY_TOKEN_MAX_LIFETIME_S apart, and the optional `name`, `email` and `phone` it vouches for.
 * Any other algorithm (`none` included), a changed claim, another key, another tenant or an expired token is refused.
 */
export async function verifyIdentityToken(
  identitySecret: string,
  tenantId: string,
  token: string,
  now: Date,
): Promise<IdentityTokenResult> {
  if (token.length > IDENTITY_TOKEN_MAX_CHARS) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(identitySecret), {
      algorithms: ['HS256'],
      issuer: tenantId,
      audience: IDENTITY_TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'iat', 'exp'],
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_S,
      // iat not in the future, nor older than the longest lifetime.
      maxTokenAge: IDENTITY_TOKEN_MAX_LIFETIME_S,
    });
    const claims = identityClaims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    const { sub, iat, exp, name, email, phone } = claims.data;
    if (exp - iat > IDENTITY_TOKEN_MAX_LIFETIME_S) return { ok: false, reason: 'too_long_lived' };
    return {
      ok: true,
      identity: {
        userId: sub,
        ...(name ? { name } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
        issuedAtMs: iat * 1000,
      },
    };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'invalid' };
  }
}
