import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSqliteConnection } from '../../src/store/sqlite/store.js';

/** A paging URL with a token of its own, and its signing secret: neither may be readable on disk. */
const URL_TOKEN = 'pagetoken7q4zk';
const SECRET = 'alertsecret9w2xj';

/** The database and its write-ahead log as the disk holds them. */
function filesOnDisk(file: string): string {
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

describe("a staff member's alert channel at rest (issue 33, finding 5)", () => {
  it('keeps the URL and the signing secret sealed in hub.db and hub.db-wal, and reads them back whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-alert-channel-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'hub.db');
    const { store, db } = openSqliteConnection({ file });
    onTestFinished(() => {
      db.close();
    });
    const at = '2026-11-25T06:00:00.000Z';
    await store.recordStaffSignIn({ tenantId: 'demo', userId: 'ana', name: 'Ana Ruiz', role: 'agent', at });
    const channel = {
      kind: 'url' as const,
      url: `https://sms.example.com/hook?token=${URL_TOKEN}`,
      secret: SECRET,
      setAt: at,
      setBy: 'ana',
    };
    await store.updateStaffMember('demo', 'ana', { alertChannel: channel, updatedAt: at });

    expect((await store.getStaffMember('demo', 'ana'))?.alertChannel).toEqual(channel);
    expect((await store.listStaffMembers('demo'))[0]?.alertChannel).toEqual(channel);
    const disk = filesOnDisk(file);
    // The file read works: the member's name is not personal data of a lead and stays readable.
    expect(disk).toContain('Ana Ruiz');
    expect(disk).not.toContain(URL_TOKEN);
    expect(disk).not.toContain(SECRET);
  });
});
