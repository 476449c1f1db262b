import { describe, expect, it } from 'vitest';
import { admit, userIdFromSubject, type OidcProviderSettings } from '../../../src/identity/oidc-settings.js';

const settings: OidcProviderSettings = {
  id: 'default',
  label: 'Okta',
  tenantId: 'demo',
  issuer: 'https://idp.example.com',
  clientId: 'hub',
  scopes: 'openid email profile',
  allowedDomains: ['jorgesalas.com'],
  allowedGroups: [],
  groupsClaim: 'groups',
  adminGroups: ['hub-admins'],
  supervisorGroups: ['hub-supervisors'],
};
const person = { sub: 'u-1', email: 'ana@jorgesalas.com', email_verified: true, name: 'Ana Ruiz' };

describe('who may sign in, with which role', () => {
  it.each([
    [
      { ...person, groups: [] },
      { ok: true, role: 'agent' },
    ],
    [
      { ...person, groups: ['hub-supervisors'] },
      { ok: true, role: 'supervisor' },
    ],
    [
      { ...person, groups: ['hub-supervisors', 'hub-admins'] },
      { ok: true, role: 'admin' },
    ],
    [
      { ...person, groups: 'hub-admins' },
      { ok: true, role: 'admin' },
    ],
    [
      { ...person, email: 'ANA@JorgeSalas.com' },
      { ok: true, role: 'agent' },
    ],
    [
      { ...person, email: 'ana@evil.com' },
      { ok: false, reason: 'domain evil.com not allowed' },
    ],
    [{ ...person, email: 'ana@jorgesalas.com.evil.com' }, { ok: false }],
    [
      { ...person, email_verified: false },
      { ok: false, reason: 'email not verified' },
    ],
    [{ sub: 'u-1' }, { ok: false, reason: 'no email' }],
    [{ email: 'ana@jorgesalas.com' }, { ok: false, reason: 'no subject' }],
  ] as [Record<string, unknown>, { ok: boolean; role?: string; reason?: string }][])(
    '%j → %j',
    (claims, expected) => {
      const result = admit(settings, claims);
      expect(result.ok).toBe(expected.ok);
      if (result.ok) expect(result.identity.role).toBe(expected.role);
      else if (expected.reason) expect(result.reason).toBe(expected.reason);
    },
  );

  it('checks allowed groups when configured', () => {
    const groupsOnly = { ...settings, allowedDomains: [], allowedGroups: ['hub-staff'] };
    expect(admit(groupsOnly, { sub: 'x', groups: ['hub-staff'] }).ok).toBe(true);
    expect(admit(groupsOnly, { sub: 'x', groups: ['others'] })).toEqual({
      ok: false,
      reason: 'not in an allowed group',
    });
  });

  it('keeps a valid subject as the user id and hashes others into a stable valid id', () => {
    expect(userIdFromSubject('default', 'jorge')).toBe('jorge');
    const hashed = userIdFromSubject('default', 'auth0|abc def@x');
    expect(hashed).toMatch(/^oidc-[0-9a-f]{32}$/);
    expect(userIdFromSubject('default', 'auth0|abc def@x')).toBe(hashed);
    expect(userIdFromSubject('other', 'auth0|abc def@x')).not.toBe(hashed);
    expect(admit(settings, person)).toMatchObject({
      ok: true,
      identity: { userId: 'u-1', name: 'Ana Ruiz', email: 'ana@jorgesalas.com' },
    });
  });
});
