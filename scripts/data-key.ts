import { newDataKey } from '../src/store/personal-data.js';

/**
 * Prints a new random key (base64 of 32 bytes) for HUB_DATA_KEYS (as `<id>:<key>`) or HUB_DATA_LOOKUP_KEY.
 * `npm run data-key` prints one; `npm run data-key -- --env` prints both settings ready to paste.
 */
const key = newDataKey();
if (process.argv.includes('--env')) {
  const id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`;
  process.stdout.write(`HUB_DATA_KEYS=${id}:${key}\nHUB_DATA_LOOKUP_KEY=${newDataKey()}\n`);
} else {
  process.stdout.write(`${key}\n`);
}
