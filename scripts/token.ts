import { runTokenCli } from '../src/identity/token-cli.js';

// `npm run token -- --tenant demo --role supervisor --user maria --name "Maria Lopez"`. The container image maps
// `npm run token` to the compiled dist/src/identity/token-main.js (see the Dockerfile).
process.exitCode = await runTokenCli(process.argv.slice(2));
