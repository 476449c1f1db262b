import { randomUUID } from 'node:crypto';
import { createConnection } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { isHubError } from '../../src/errors.js';
import { connectMongoStore } from '../../src/store/mongo/store.js';
import type { Store } from '../../src/store/types.js';
import { runStoreContract } from './store.contract.js';

/**
 * The store contract on a real MongoDB (a replica set: `docker compose up -d mongo`). MongoDB cannot run on the
 * development machines, so without MONGODB_URI this run is skipped with a notice; HUB_REQUIRE_ALL does not cover
 * it (DESIGN.md §6). Each test uses its own database, dropped in cleanup.
 */
const uri = process.env.MONGODB_URI;

async function dropDatabase(dbName: string): Promise<void> {
  const admin = createConnection(uri!, { dbName });
  try {
    await admin.asPromise();
    await admin.dropDatabase();
  } finally {
    await admin.close();
  }
}

if (uri) {
  runStoreContract('mongo', async (options = {}) => {
    const dbName = `hub_contract_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const open = () => connectMongoStore({ uri, dbName, ...options });
    let current: Store = await open();
    const peers: Store[] = [];
    return {
      store: current,
      async reopen() {
        await current.close();
        current = await open();
        return current;
      },
      async openPeer() {
        const peer = await open();
        peers.push(peer);
        return peer;
      },
      async cleanup() {
        for (const store of [current, ...peers]) await store.close();
        await dropDatabase(dbName);
      },
    };
  });
} else {
  console.warn(
    '\n*** store contract: mongo SKIPPED: MONGODB_URI is not set. Run it with\n' +
      '***   docker compose up -d mongo\n' +
      '***   MONGODB_URI="mongodb://127.0.0.1:27017/?replicaSet=rs0" npx vitest run tests/contract\n',
  );
  describe.skip('store contract: mongo (needs MONGODB_URI)', () => {
    it('runs the store contract on MongoDB', () => undefined);
  });
}

/** Real failure paths that need no server: nothing listens on port 1, and a bad URI never reaches the network. */
describe('connectMongoStore without a server', () => {
  it('fails with UNAVAILABLE, quickly, without leaking the password', async () => {
    const started = Date.now();
    const error = await connectMongoStore({
      uri: 'mongodb://hub:s3cret-pa55@127.0.0.1:1/?replicaSet=rs0',
      serverSelectionTimeoutMs: 300,
    }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(isHubError(error, 'UNAVAILABLE')).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain('Cannot connect to MongoDB at mongodb://***@127.0.0.1:1');
    expect(message).not.toContain('s3cret-pa55');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails with UNAVAILABLE on a URI that is not a MongoDB URI', async () => {
    const error = await connectMongoStore({ uri: 'http://localhost:27017' }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(isHubError(error, 'UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/mongodb:\/\//);
  });
});
