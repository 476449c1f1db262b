/**
 * The widget session's proof of work (docs/SECURITY.md "Widget sessions under a flood"). Past a threshold the hub
 * answers a new anonymous session with a signed, expiring challenge; the widget finds a nonce such that
 * SHA-256("<token>.<nonce>") starts with `bits` zero bits and sends the session request again with it. Shared by
 * the hub (verify) and the SDK (solve): pure functions, no Node or browser API.
 */

/** What the hub hands out, in the refusal's `details.challenge`. */
export interface SessionChallenge {
  token: string;
  /** Leading zero bits the hash must have. */
  bits: number;
  /** When the token stops being accepted (ISO time). */
  expiresAt: string;
}

/** What the widget sends back, as `challenge` in the session request. */
export interface ChallengeSolution {
  token: string;
  nonce: string;
}

/** A nonce: base-36 digits (the solver counts up). */
export const CHALLENGE_NONCE = /^[0-9a-z]{1,16}$/;

/** The bytes hashed for a nonce. */
export const challengeInput = (token: string, nonce: string): string => `${token}.${nonce}`;

/** How many zero bits a digest starts with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
