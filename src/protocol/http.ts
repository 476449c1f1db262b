import { z } from 'zod';
import { shownText } from './text.js';
import { idSchema, listingSchema, StaffRole } from './common.js';
import { CHALLENGE_NONCE } from './challenge.js';

export const widgetSessionBody = z.strictObject({
  tenantId: idSchema,
  listing: listingSchema.optional(),
  intent: z.enum(['buy', 'sell']).optional(),
  page: z.strictObject({ url: z.string().max(2_000), title: z.string().max(300) }).optional(),
  /** The secret a previous session returned; an unknown, expired or revoked one starts a new visitor. */
  visitorSecret: z.string().min(1).max(200).optional(),
  /**
   * A signed-in site user, proven by a short-lived identity token its backend signed (an HS256 JWT with the
   * tenant's identity secret: sub, iat, exp within 10 minutes, iss = tenantId, aud = "jorge-hub:identity", and the
   * name, email and phone it vouches for; docs/SECURITY.md "Visitor identity"). An invalid, expired or revoked one is
   * ignored (the visitor is anonymous, or resumes by its visitorSecret).
   */
  identityToken: z.string().min(1).max(4_096).optional(),
  /**
   * A solved proof-of-work challenge (src/protocol/challenge.ts): sent again with the request after a
   * RATE_LIMITED answer carrying `details.challenge`. Accepted once.
   */
  challenge: z
    .strictObject({ token: z.string().min(1).max(300), nonce: z.string().regex(CHALLENGE_NONCE) })
    .optional(),
  /**
   * LEGACY (only for a tenant with legacyIdentityHash): hash = hex HMAC-SHA256(tenant identity secret, userId);
   * it never expires and does not cover name, email or phone.
   */
  identity: z
    .strictObject({
      userId: z.string().min(1).max(200),
      hash: z.string().min(1).max(200),
      name: shownText(120).optional(),
      email: z.string().min(3).max(254).optional(),
      phone: z.string().min(3).max(40).optional(),
    })
    .optional(),
});
export type WidgetSessionBody = z.infer<typeof widgetSessionBody>;

export interface WidgetSessionResult {
  token: string;
  /** Keep it (localStorage) and send it back to resume the same visitor; never show or log it. */
  visitorSecret: string;
}

export const devTokenBody = z.strictObject({
  tenantId: idSchema,
  role: z.enum(StaffRole),
  userId: idSchema,
  name: shownText(120),
});
export type DevTokenBody = z.infer<typeof devTokenBody>;
