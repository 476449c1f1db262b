import { runTenantCli } from '../src/tenancy/cli.js';

// `npm run tenant -- create --id team-b ... --admin ana --admin-name "Ana Ruiz"` (docs/OPERATIONS.md "Tenants").
process.exitCode = await runTenantCli(process.argv.slice(2));
