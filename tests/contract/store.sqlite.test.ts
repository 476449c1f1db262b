import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../helpers/sqlite-store.js';
import type { Store } from '../../src/store/types.js';
import { runStoreContract } from './store.contract.js';

/** Each test gets a fresh temp folder with a real database file; peers and re-opens use the same file. */
runStoreContract('sqlite', async (options = {}) => {
  const dir = await mkdtemp(join(tmpdir(), 'jorge-store-'));
  const file = join(dir, 'data', 'hub.db');
  let current: Store = createSqliteStore({ file, ...options });
  const peers: Store[] = [];
  return {
    store: current,
    async reopen() {
      await current.close();
      current = createSqliteStore({ file, ...options });
      return current;
    },
    async openPeer() {
      const peer = createSqliteStore({ file, ...options });
      peers.push(peer);
      return peer;
    },
    async cleanup() {
      for (const store of [current, ...peers]) await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
