import type { Author } from '../protocol/common.js';
import type { Tenant } from '../tenants.js';

/** Who bot replies are from: the tenant's assistant, never the agent (leads must not mistake the bot for a person). */
export function assistantAuthor(tenant: Pick<Tenant, 'assistantName'>): Author {
  return { type: 'bot', name: tenant.assistantName };
}
