/**
 * The test identity provider (tests/fakes/oidc-issuer.ts: oidc-provider, a certified OpenID Connect
 * implementation) for trying staff sign-in locally, with three people who sign in with any password:
 * `jorge` (agent), `maria` (supervisor), `ana` (admin).
 *
 *   npx tsx scripts/oidc-issuer.ts [--hub http://localhost:3000]
 *
 * It prints the environment that points a hub at it (README "Try OIDC sign-in locally"); Ctrl-C stops it.
 */
import { parseArgs } from 'node:util';
import { startTestIssuer } from '../tests/fakes/oidc-issuer.js';

const { values } = parseArgs({ options: { hub: { type: 'string', default: 'http://localhost:3000' } } });
const hub = new URL(values.hub).origin;

const issuer = await startTestIssuer({
  redirectUris: () => [`${hub}/auth/oidc/callback`],
  accounts: {
    jorge: { email: 'jorge@jorgesalas.test', name: 'Jorge Salas', groups: ['hub-agents'] },
    maria: { email: 'maria@jorgesalas.test', name: 'Maria Lopez', groups: ['hub-supervisors'] },
    ana: { email: 'ana@jorgesalas.test', name: 'Ana Ruiz', groups: ['hub-admins'] },
  },
});

const env = {
  HUB_OIDC_ISSUER: issuer.issuer,
  HUB_OIDC_CLIENT_ID: issuer.clientId,
  HUB_OIDC_CLIENT_SECRET: issuer.clientSecret,
  HUB_OIDC_TENANT: 'demo',
  HUB_OIDC_LABEL: 'Test IdP',
  HUB_OIDC_SCOPES: 'openid email profile groups',
  HUB_OIDC_ALLOWED_GROUPS: 'hub-agents,hub-supervisors,hub-admins',
  HUB_OIDC_SUPERVISOR_GROUPS: 'hub-supervisors',
  HUB_OIDC_ADMIN_GROUPS: 'hub-admins',
  HUB_PUBLIC_URL: hub,
};
process.stdout.write(
  [
    `Test identity provider at ${issuer.issuer} (logins: jorge, maria, ana; any password).`,
    'Start the hub with:',
    '',
    ...Object.entries(env).map(([key, value]) => `export ${key}='${value}'`),
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
);

const stop = () => void issuer.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
