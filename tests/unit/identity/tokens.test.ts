import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenService } from '../../../src/auth.js';

const SECRET = 'unit-secret-0123456789abcdefghij';
const visitor = (n: number) => ({ tenantId: 'demo', secretId: `s-${n}`, leadId: `lead-${n}` });

afterEach(() => vi.restoreAllMocks());

describe('the token service', () => {
  it('imports its secret into WebCrypto once, not once per token signed or verified', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const tokens = createTokenService(SECRET, 60);
    const signed = await Promise.all([1, 2, 3].map((n) => tokens.signWidget(visitor(n))));
    const staff = await tokens.signStaff({ tenantId: 'demo', role: 'agent', userId: 'ana', name: 'Ana' });
    const claims = await Promise.all(signed.map((token) => tokens.verifyWidget(token)));
    expect(claims.map((claim) => claim.leadId)).toEqual(['lead-1', 'lead-2', 'lead-3']);
    expect((await tokens.verifyStaff(staff)).userId).toBe('ana');
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('still refuses a token signed with another secret, and a widget token offered as a staff token', async () => {
    const ours = createTokenService(SECRET, 60);
    const theirs = createTokenService(`${SECRET}-other`, 60);
    const forged = await theirs.signWidget(visitor(1));
    await expect(ours.verifyWidget(forged)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const widget = await ours.signWidget(visitor(1));
    await expect(ours.verifyStaff(widget)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await ours.verifyWidget(widget)).leadId).toBe('lead-1');
  });
});
