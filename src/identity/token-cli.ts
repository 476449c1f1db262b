import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { createTokenService } from '../auth.js';
import { loadConfig } from '../config.js';
import { idSchema, StaffRole } from '../protocol/common.js';
import { loadTenants } from '../tenants.js';

const MAX_TTL_S = 90 * 24 * 3600;
const UNIT_S = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** "3600", "90s", "30m", "12h", "7d" → seconds. */
export function parseTtlSeconds(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value.trim());
  if (!match) throw new Error(`--ttl: "${value}" is not a duration (e.g. 3600, 30m, 12h, 7d)`);
  const seconds = Number(match[1]) * UNIT_S[(match[2] || 's') as keyof typeof UNIT_S];
  if (seconds < 60 || seconds > MAX_TTL_S) throw new Error('--ttl: between 1 minute and 90 days');
  return seconds;
}

const argsSchema = z.object({
  tenant: idSchema,
  role: z.enum(StaffRole),
  user: idSchema,
  name: z.string().trim().min(1).max(120),
  ttl: z.string().default('12h'),
});

export const TOKEN_USAGE = `Mints a staff token (HS256 JWT signed with HUB_JWT_SECRET) and prints it on stdout.

  npm run token -- --tenant demo --role supervisor --user maria --name "Maria Lopez" [--ttl 12h]

  --tenant  a tenant id of HUB_TENANTS_FILE
  --role    agent | supervisor | admin
  --user    the staff user id (letters, digits, _ . : -)
  --name    the display name
  --ttl     lifetime: seconds or 30m, 12h, 7d (default 12h, at most 90d)`;

export interface MintedToken {
  token: string;
  expiresAt: string;
}

/** Parses the command line, checks the tenant, signs the token. Throws an Error with a readable message. */
export async function mintFromArgs(argv: string[], env: NodeJS.ProcessEnv): Promise<MintedToken> {
  const { values } = parseArgs({
    args: argv,
    options: {
      tenant: { type: 'string' },
      role: { type: 'string' },
      user: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(issues.join('\n'));
  }
  const args = parsed.data;
  const ttlSeconds = parseTtlSeconds(args.ttl);
  const config = loadConfig(env);
  const tenants = loadTenants(config.HUB_TENANTS_FILE);
  if (!tenants.get(args.tenant)) {
    const known = tenants
      .all()
      .map((tenant) => tenant.id)
      .join(', ');
    throw new Error(`--tenant: unknown tenant "${args.tenant}" (known: ${known})`);
  }
  const tokens = createTokenService(config.HUB_JWT_SECRET, config.HUB_WIDGET_TOKEN_TTL_S);
  const token = await tokens.signStaff(
    { tenantId: args.tenant, role: args.role, userId: args.user, name: args.name },
    ttlSeconds,
  );
  // The expiry the token itself carries (jose stamped it when signing): no second reading of the clock.
  const { exp } = decodeJwt(token);
  if (exp === undefined) throw new Error('the signed token has no expiry');
  return { token, expiresAt: new Date(exp * 1_000).toISOString() };
}

/** The command: the token alone on stdout (pipe-friendly), the details on stderr; exit 2 on a usage error. */
export async function runTokenCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${TOKEN_USAGE}\n`);
    return 0;
  }
  try {
    const { token, expiresAt } = await mintFromArgs(argv, env);
    process.stdout.write(`${token}\n`);
    process.stderr.write(`Staff token valid until ${expiresAt}. Paste it into the sign-in screen.\n`);
    // A hub started with its own secret refuses this token ("Token is invalid"): say which secret signed it.
    if (!env.HUB_JWT_SECRET) {
      process.stderr.write(
        'Signed with the development secret (HUB_JWT_SECRET is not set here): only a hub without HUB_JWT_SECRET accepts it.\n',
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${TOKEN_USAGE}\n`);
    return 2;
  }
}
