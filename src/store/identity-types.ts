import type { StaffRole } from '../protocol/common.js';

/**
 * A staff sign-in session (OpenID Connect). The browser holds a random secret in an HttpOnly cookie; the store
 * keeps only its SHA-256 (`id`), so a stolen database cannot be replayed as cookies.
 */
export interface StaffSessionRecord {
  id: string;
  tenantId: string;
  userId: string;
  name: string;
  role: StaffRole;
  email?: string;
  /** Which sign-in provider created it. */
  providerId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}

/** How a member's role was last set: by a sign-in (provider claims) or by an admin (kept across sign-ins). */
export type RoleSource = 'sign_in' | 'admin';

/** One member of a tenant's staff roster. */
export type AlertChannel =
  | { kind: 'url'; url: string; secret: string; setAt: string; setBy: string }
  | { kind: 'tenant_webhook'; setAt: string; setBy: string };

export interface StaffMemberRecord {
  tenantId: string;
  userId: string;
  name: string;
  role: StaffRole;
  roleSetBy: RoleSource;
  email?: string;
  /** False when an admin disabled the member: sign-ins and session renewals are refused. */
  active: boolean;
  lastSignInAt?: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Where this member is paged away from the screen (src/integrations): their own signed webhook URL (an SMS
   * gateway, a CRM) with its signing secret, or the tenant's webhook with their user id. Never shown back.
   */
  alertChannel?: AlertChannel | null;
}

export interface StaffSignIn {
  tenantId: string;
  userId: string;
  name: string;
  /** The role the provider's claims map to; ignored when an admin set the member's role. */
  role: StaffRole;
  email?: string;
  at: string;
}

export type StaffMemberPatch = Partial<
  Pick<StaffMemberRecord, 'name' | 'role' | 'active' | 'alertChannel'>
> & {
  updatedAt: string;
};

/** Who did something, as the audit log keeps it. */
export interface AuditActor {
  type: 'staff' | 'system';
  userId?: string;
  name?: string;
  role?: StaffRole;
}

/** One append-only audit entry: who, when, what (action and target), from where. */
export interface AuditRecord {
  id: string;
  tenantId: string;
  at: string;
  actor: AuditActor;
  action: string;
  target: { type: 'lead' | 'conversation' | 'staff' | 'delivery' | 'experiment' | 'tenant'; id: string };
  /** The client address (the first X-Forwarded-For hop behind the load balancer). */
  origin: string;
  detail?: Record<string, unknown>;
}

export interface AuditQuery {
  /** Newest first; at most this many (default 50, at most 500). */
  limit?: number;
  /** Paging cursor: only entries strictly older than this (at, id) pair. */
  before?: { at: string; id: string };
  actorId?: string;
  action?: string;
  targetId?: string;
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
}

/** The identity part of the store port (src/store/types.ts extends it). */
export interface IdentityStore {
  /** Throws HubError CONFLICT when the id exists. */
  createStaffSession(session: StaffSessionRecord): Promise<StaffSessionRecord>;
  getStaffSession(id: string): Promise<StaffSessionRecord | null>;
  /** Marks a session revoked; false when it does not exist or was already revoked. */
  revokeStaffSession(id: string, at: string): Promise<boolean>;

  /** Creates the member on first sign-in, else updates name, email, last sign-in and (unless admin-set) role. */
  recordStaffSignIn(signIn: StaffSignIn): Promise<StaffMemberRecord>;
  getStaffMember(tenantId: string, userId: string): Promise<StaffMemberRecord | null>;
  /** The tenant's roster, by name. */
  listStaffMembers(tenantId: string): Promise<StaffMemberRecord[]>;
  /** An admin's edit; a role change marks the role admin-set. Null when the member does not exist. */
  updateStaffMember(
    tenantId: string,
    userId: string,
    patch: StaffMemberPatch,
  ): Promise<StaffMemberRecord | null>;
  /** Creates or replaces a roster entry as an admin writes it (role admin-set). */
  putStaffMember(member: StaffMemberRecord): Promise<StaffMemberRecord>;

  /** Appends an audit entry; entries are never updated or deleted through the store port. */
  appendAudit(entry: AuditRecord): Promise<void>;
  listAudit(tenantId: string, query?: AuditQuery): Promise<AuditRecord[]>;
}
