import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createTokenService } from '../auth.js';
import { dataKeysFromConfig, loadConfig, type Config } from '../config.js';
import { idSchema } from '../protocol/common.js';
import { createSqliteWorkerHost, openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/types.js';
import { tenantIdSchema } from '../names.js';
import { validTenant } from '../store/tenant-types.js';

export const TENANT_USAGE = `Creates a tenant in the hub's store with its first admin, or lists the stored tenants.

  npm run tenant -- create --id team-b --name "Team B Realty" --market "Ontario, CA" --agent-name "Ana Ruiz" \\
    --origin https://homes.team-b.example [--origin ...] [--time-zone America/Los_Angeles] \\
    --admin ana --admin-name "Ana Ruiz" [--admin-email ana@team-b.example]
  npm run tenant -- list

  create   writes the tenant (version 1) and its admin to the store of this environment (HUB_DATA_DIR or
           MONGODB_URI), audits both, and prints a 12-hour staff token for the admin on stdout. Running hubs
           serve the new tenant within HUB_TENANT_REFRESH_MS; every other setting is edited in the Admin page.
  list     prints each stored tenant's id, version, name and last change.`;

const createArgs = z.object({
  id: tenantIdSchema,
  name: z.string().trim().min(1).max(120),
  market: z.string().trim().min(1).max(120),
  'agent-name': z.string().trim().min(1).max(120),
  origin: z
    .array(z.string().min(1))
    .min(1, 'at least one --origin (the listing site that embeds the widget)'),
  'time-zone': z.string().optional(),
  admin: idSchema,
  'admin-name': z.string().trim().min(1).max(120),
  'admin-email': z.email().optional(),
});

async function openConfiguredStore(config: Config): Promise<Store> {
  if (config.MONGODB_URI) {
    const { connectMongoStore } = await import('../store/mongo/store.js');
    return connectMongoStore({ uri: config.MONGODB_URI, dataKeys: dataKeysFromConfig(config) });
  }
  return openSqliteStore(createSqliteWorkerHost(), {
    file: join(config.HUB_DATA_DIR, 'hub.db'),
    synchronous: config.HUB_SQLITE_SYNCHRONOUS,
    dataKeys: dataKeysFromConfig(config),
  });
}

const issues = (error: z.ZodError) =>
  error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n');

/** `create`: the tenant and its admin in one go; returns the admin's token. Throws an Error with a readable message. */
export async function createTenantFromArgs(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: () => Date = () => new Date(),
): Promise<{ tenantId: string; adminToken: string }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      market: { type: 'string' },
      'agent-name': { type: 'string' },
      origin: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
      admin: { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
    },
    strict: true,
  });
  const parsed = createArgs.safeParse(values);
  if (!parsed.success) throw new Error(issues(parsed.error));
  const args = parsed.data;
  let settings;
  try {
    settings = validTenant({
      id: args.id,
      name: args.name,
      market: args.market,
      agentName: args['agent-name'],
      widgetOrigins: args.origin,
      ...(args['time-zone'] ? { timeZone: args['time-zone'] } : {}),
    });
  } catch (error) {
    throw new Error(`--${(error as Error).message}`, { cause: error });
  }
  const config = loadConfig(env);
  const store = await openConfiguredStore(config);
  try {
    const at = now().toISOString();
    await store.createTenant(settings, at, 'command');
    await store.putStaffMember({
      tenantId: args.id,
      userId: args.admin,
      name: args['admin-name'],
      role: 'admin',
      roleSetBy: 'admin',
      active: true,
      ...(args['admin-email'] ? { email: args['admin-email'] } : {}),
      createdAt: at,
      updatedAt: at,
    });
    const actor = { type: 'system' as const, name: 'npm run tenant' };
    await store.appendAudit({
      id: randomUUID(),
      tenantId: args.id,
      at,
      actor,
      action: 'tenant.create',
      target: { type: 'tenant', id: args.id },
      origin: 'command',
      detail: { name: args.name, market: args.market, widgetOrigins: args.origin },
    });
    await store.appendAudit({
      id: randomUUID(),
      tenantId: args.id,
      at,
      actor,
      action: 'staff.create',
      target: { type: 'staff', id: args.admin },
      origin: 'command',
      detail: { name: args['admin-name'], role: 'admin' },
    });
  } finally {
    await store.close();
  }
  const tokens = createTokenService(config.HUB_JWT_SECRET, config.HUB_WIDGET_TOKEN_TTL_S);
  const adminToken = await tokens.signStaff(
    { tenantId: args.id, role: 'admin', userId: args.admin, name: args['admin-name'] },
    12 * 3600,
  );
  return { tenantId: args.id, adminToken };
}

/** The command: the admin's token alone on stdout, the details on stderr; exit 2 on a usage error. */
export async function runTenantCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || rest.includes('--help')) {
    process.stdout.write(`${TENANT_USAGE}\n`);
    return command ? 0 : 2;
  }
  try {
    if (command === 'list') {
      const store = await openConfiguredStore(loadConfig(env));
      try {
        for (const record of await store.listTenants()) {
          process.stdout.write(
            `${record.tenantId}\tversion ${record.version}\t${record.settings.name}\t${record.updatedAt} by ${record.updatedBy}\n`,
          );
        }
      } finally {
        await store.close();
      }
      return 0;
    }
    if (command !== 'create') throw new Error(`unknown command "${command}" (create or list)`);
    const { tenantId, adminToken } = await createTenantFromArgs(rest, env);
    process.stdout.write(`${adminToken}\n`);
    process.stderr.write(
      `Tenant ${tenantId} created with its admin. The token above (12 h) signs the admin in: paste it into the sign-in screen of /supervisor/ and open Admin.\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${TENANT_USAGE}\n`);
    return 2;
  }
}
