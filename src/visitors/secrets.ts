import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe; the prefix makes a leaked secret easy to recognise in a secret scanner. */
export const newVisitorSecret = (): string => `vs1_${randomBytes(32).toString('base64url')}`;

/** What the store keeps: the hex SHA-256 (the secret has 256 bits of entropy, so a fast hash is enough). */
export const hashVisitorSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** The identity hash a site's backend computes: hex HMAC-SHA256 of its user id with the tenant's secret. */
export const identityHash = (identitySecret: string, userId: string): string =>
  createHmac('sha256', identitySecret).update(userId, 'utf8').digest('hex');

/** Constant-time check of a client-sent identity hash (hex, any case). */
export function verifyIdentityHash(identitySecret: string, userId: string, hash: string): boolean {
  const expected = Buffer.from(identityHash(identitySecret, userId), 'hex');
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) return false;
  return timingSafeEqual(expected, Buffer.from(hash, 'hex'));
}
