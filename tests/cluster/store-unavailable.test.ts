import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../src/app.js';
import type { Ack } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import type { SendResult } from '../../src/protocol/events.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { loadTenants } from '../../src/tenants.js';
import { widgetToken } from './harness.js';

describe('store unavailable', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-unavailable-'));
  const file = join(dataDir, 'hub.db');
  let store: Store;
  let hub: Hub;
  let url: string;
  beforeAll(async () => {
    store = createSqliteStore({ file, busyTimeoutMs: 100 });
    hub = createHub({
      store,
      tenants: loadTenants('config/tenants.json'),
      logger: createLogger('silent'),
      jwtSecret: 'test-secret-0123456789abcdef',
      devTokensEnabled: true,
    });
    url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await hub.close({ graceMs: 1_000 });
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses sends with UNAVAILABLE while the database is locked, writes nothing, then accepts the resend once', async () => {
    const socket = io(`${url}/widget`, {
      auth: { token: await widgetToken(url) },
      transports: ['websocket'],
    });
    const send = (clientMsgId: string, text: string) =>
      socket.timeout(5_000).emitWithAck('message:send', { clientMsgId, text }) as Promise<Ack<SendResult>>;
    try {
      const first = await send('u1', 'first');
      expect(first.ok).toBe(true);
      const conversationId = first.ok ? first.data.conversationId : '';
      await hub.idle();

      // Another process holds the write lock (a long migration, a stuck writer).
      const blocker = new Database(file);
      blocker.exec('BEGIN IMMEDIATE');
      try {
        const refused = await send('u2', 'second');
        expect(refused).toEqual({
          ok: false,
          error: { code: 'UNAVAILABLE', message: 'The store is unavailable; retry shortly' },
        });
      } finally {
        blocker.exec('ROLLBACK');
        blocker.close();
      }
      expect(await store.findMessageByClientId('demo', conversationId, 'u2')).toBeNull();

      const resent = await send('u2', 'second');
      expect(resent.ok).toBe(true);
      const again = await send('u2', 'second');
      expect(again.ok && again.data.duplicate).toBe(true);
      const texts = (await store.messagesAfter('demo', conversationId, 0)).map((m) => m.text);
      expect(texts.filter((text) => text === 'second')).toHaveLength(1);
    } finally {
      socket.close();
    }
  });
});
