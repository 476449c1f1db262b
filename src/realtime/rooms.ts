/** Room names. Every name carries the tenant, so nothing can cross tenants by a room collision. */
export const rooms = {
  /** In /widget: the lead's sockets; in /agent and /supervisor: staff who joined or monitor it. */
  conversation: (tenantId: string, conversationId: string) => `c:${tenantId}:${conversationId}`,
  /** In /widget: every socket of one lead (several tabs), before a conversation exists. */
  lead: (tenantId: string, leadId: string) => `l:${tenantId}:${leadId}`,
  /** In /agent: every staff socket of the tenant (hand-off packets, inbox updates). */
  tenantStaff: (tenantId: string) => `t:${tenantId}`,
  /** In /supervisor: sockets subscribed to the tenant's board. */
  board: (tenantId: string) => `b:${tenantId}`,
} as const;
