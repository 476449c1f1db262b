import { runTenantCli } from './cli.js';

// The compiled entry of the tenant command (the container runs `node dist/src/tenancy/cli-main.js`).
process.exitCode = await runTenantCli(process.argv.slice(2));
