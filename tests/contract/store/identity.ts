import { expect, it } from 'vitest';
import type { AuditRecord, StaffSessionRecord } from '../../../src/store/types.js';
import { type ContractContext, expectHubError, iso, OTHER_TENANT, T0, TENANT, uid } from './fixtures.js';

function makeSession(overrides: Partial<StaffSessionRecord> = {}): StaffSessionRecord {
  return {
    id: uid('session'),
    tenantId: TENANT,
    userId: 'maria',
    name: 'María López',
    role: 'supervisor',
    email: 'maria@example.com',
    providerId: 'default',
    createdAt: iso(T0),
    expiresAt: iso(T0 + 12 * 3_600_000),
    ...overrides,
  };
}

function makeAudit(index: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: uid(`audit-${String(index).padStart(3, '0')}`),
    tenantId: TENANT,
    at: iso(T0 + index * 1_000),
    actor: { type: 'staff', userId: index % 2 ? 'maria' : 'jorge', name: 'X', role: 'supervisor' },
    action: index % 3 ? 'lead.read' : 'conversation.claim',
    target: { type: 'lead', id: `lead-${index % 4}` },
    origin: '203.0.113.7',
    detail: { note: 'ñ ✓', nested: { n: index } },
    ...overrides,
  };
}

export function identityContract(ctx: ContractContext): void {
  it('stores staff sessions exactly, refuses a duplicate id, revokes once', async () => {
    const session = makeSession();
    expect(await ctx.store.createStaffSession(session)).toStrictEqual(session);
    expect(await ctx.store.getStaffSession(session.id)).toStrictEqual(session);
    await expectHubError(ctx.store.createStaffSession(session), 'CONFLICT');
    expect(await ctx.store.getStaffSession('missing')).toBeNull();

    expect(await ctx.store.revokeStaffSession(session.id, iso(T0 + 60_000))).toBe(true);
    expect(await ctx.store.revokeStaffSession(session.id, iso(T0 + 120_000))).toBe(false);
    expect(await ctx.store.revokeStaffSession('missing', iso(T0))).toBe(false);
    expect(await ctx.store.getStaffSession(session.id)).toStrictEqual({
      ...session,
      revokedAt: iso(T0 + 60_000),
    });
  });

  it('builds the roster from sign-ins; an admin-set role survives later sign-ins', async () => {
    const first = await ctx.store.recordStaffSignIn({
      tenantId: TENANT,
      userId: 'jorge',
      name: 'Jorge Salas',
      role: 'agent',
      email: 'jorge@example.com',
      at: iso(T0),
    });
    expect(first).toStrictEqual({
      tenantId: TENANT,
      userId: 'jorge',
      name: 'Jorge Salas',
      role: 'agent',
      roleSetBy: 'sign_in',
      email: 'jorge@example.com',
      active: true,
      lastSignInAt: iso(T0),
      createdAt: iso(T0),
      updatedAt: iso(T0),
    });
    const again = await ctx.store.recordStaffSignIn({
      tenantId: TENANT,
      userId: 'jorge',
      name: 'Jorge S.',
      role: 'supervisor',
      at: iso(T0 + 1_000),
    });
    expect(again).toMatchObject({ name: 'Jorge S.', role: 'supervisor', lastSignInAt: iso(T0 + 1_000) });
    expect(again.createdAt).toBe(iso(T0));

    const edited = await ctx.store.updateStaffMember(TENANT, 'jorge', {
      role: 'agent',
      updatedAt: iso(T0 + 2_000),
    });
    expect(edited).toMatchObject({ role: 'agent', roleSetBy: 'admin', active: true });
    const afterEdit = await ctx.store.recordStaffSignIn({
      tenantId: TENANT,
      userId: 'jorge',
      name: 'Jorge Salas',
      role: 'admin',
      at: iso(T0 + 3_000),
    });
    expect(afterEdit).toMatchObject({ role: 'agent', roleSetBy: 'admin', lastSignInAt: iso(T0 + 3_000) });

    expect(
      await ctx.store.updateStaffMember(TENANT, 'nobody', { active: false, updatedAt: iso(T0) }),
    ).toBeNull();
    expect(await ctx.store.getStaffMember(OTHER_TENANT, 'jorge')).toBeNull();
  });

  it('lists a tenant’s roster by name, isolated from other tenants; admins can add and disable members', async () => {
    for (const [userId, name] of [
      ['u3', 'carla Díaz'],
      ['u1', 'Ana Ruiz'],
      ['u2', 'Bruno Paz'],
    ] as const) {
      await ctx.store.recordStaffSignIn({ tenantId: TENANT, userId, name, role: 'agent', at: iso(T0) });
    }
    await ctx.store.recordStaffSignIn({
      tenantId: OTHER_TENANT,
      userId: 'u9',
      name: 'Other',
      role: 'agent',
      at: iso(T0),
    });
    const added = await ctx.store.putStaffMember({
      tenantId: TENANT,
      userId: 'u4',
      name: 'Dana Roe',
      role: 'supervisor',
      roleSetBy: 'sign_in',
      active: true,
      createdAt: iso(T0),
      updatedAt: iso(T0),
    });
    expect(added.roleSetBy).toBe('admin');
    await ctx.store.updateStaffMember(TENANT, 'u2', { active: false, updatedAt: iso(T0 + 1) });
    const roster = await ctx.store.listStaffMembers(TENANT);
    expect(roster.map((member) => member.userId)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(roster.find((member) => member.userId === 'u2')?.active).toBe(false);
    expect((await ctx.store.listStaffMembers(OTHER_TENANT)).map((member) => member.userId)).toEqual(['u9']);
    expect(await ctx.store.listStaffMembers('nobody')).toEqual([]);
  });

  it('appends audit entries and pages them newest first with filters, per tenant', async () => {
    const entries = Array.from({ length: 12 }, (_, index) => makeAudit(index));
    for (const entry of [...entries].reverse()) await ctx.store.appendAudit(entry);
    await ctx.store.appendAudit(makeAudit(50, { tenantId: OTHER_TENANT }));
    const newestFirst = [...entries].reverse();

    const page1 = await ctx.store.listAudit(TENANT, { limit: 5 });
    expect(page1).toStrictEqual(newestFirst.slice(0, 5));
    const last = page1.at(-1)!;
    const page2 = await ctx.store.listAudit(TENANT, { limit: 5, before: { at: last.at, id: last.id } });
    expect(page2).toStrictEqual(newestFirst.slice(5, 10));
    expect(await ctx.store.listAudit(TENANT)).toHaveLength(12);

    const byActor = await ctx.store.listAudit(TENANT, { actorId: 'maria' });
    expect(byActor.map((entry) => entry.id)).toEqual(
      newestFirst.filter((entry) => entry.actor.userId === 'maria').map((entry) => entry.id),
    );
    const claims = await ctx.store.listAudit(TENANT, { action: 'conversation.claim' });
    expect(claims.every((entry) => entry.action === 'conversation.claim')).toBe(true);
    expect(claims).toHaveLength(4);
    const lead1 = await ctx.store.listAudit(TENANT, { targetId: 'lead-1' });
    expect(lead1.map((entry) => entry.target.id)).toEqual(['lead-1', 'lead-1', 'lead-1']);
    const window = await ctx.store.listAudit(TENANT, { from: iso(T0 + 3_000), to: iso(T0 + 5_000) });
    expect(window.map((entry) => entry.at)).toEqual([iso(T0 + 5_000), iso(T0 + 4_000), iso(T0 + 3_000)]);
    expect(await ctx.store.listAudit(OTHER_TENANT)).toHaveLength(1);
  });

  it('orders audit entries of the same instant by id, and pages through them without gaps', async () => {
    const same = ['b', 'a', 'c'].map((suffix, index) =>
      makeAudit(index, { id: `same-${suffix}`, at: iso(T0) }),
    );
    for (const entry of same) await ctx.store.appendAudit(entry);
    const first = await ctx.store.listAudit(TENANT, { limit: 2 });
    expect(first.map((entry) => entry.id)).toEqual(['same-c', 'same-b']);
    const rest = await ctx.store.listAudit(TENANT, { limit: 2, before: { at: iso(T0), id: 'same-b' } });
    expect(rest.map((entry) => entry.id)).toEqual(['same-a']);
  });
}
