import { runTokenCli } from './token-cli.js';

// The compiled entry of the token command (the container runs `node dist/src/identity/token-main.js`).
process.exitCode = await runTokenCli(process.argv.slice(2));
