import {
  challengeInput,
  leadingZeroBits,
  type ChallengeSolution,
  type SessionChallenge,
} from '../../src/protocol/challenge.js';

/** Digests hashed at once: WebCrypto is asynchronous, and a batch keeps its per-call cost low. */
const BATCH = 256;

/**
 * Solves a widget-session challenge with WebCrypto's SHA-256 (browsers and Node 20 alike): the first nonce, counting
 * up from 0 in base 36, whose hash starts with `bits` zero bits. About 2^bits hashes (14 bits: a few hundred ms).
 */
export async function solveChallenge(
  challenge: Pick<SessionChallenge, 'token' | 'bits'>,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<ChallengeSolution> {
  const encoder = new TextEncoder();
  for (let base = 0; base < Number.MAX_SAFE_INTEGER; base += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, index) => (base + index).toString(36));
    const digests = await Promise.all(
      nonces.map((nonce) => subtle.digest('SHA-256', encoder.encode(challengeInput(challenge.token, nonce)))),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= challenge.bits);
    if (found >= 0) return { token: challenge.token, nonce: nonces[found]! };
  }
  throw new Error('no nonce found');
}
