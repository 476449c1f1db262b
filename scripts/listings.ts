import { runListingsCli } from '../src/listings/cli.js';

// `npm run listings -- import feed.csv --tenant demo` (docs/LISTINGS.md).
process.exitCode = await runListingsCli(process.argv.slice(2));
