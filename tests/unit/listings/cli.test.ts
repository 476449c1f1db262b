import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runListingsCli } from '../../../src/listings/cli.js';
import { openSqliteStore } from '../../../src/store/sqlite/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { ...process.env, HUB_DATA_DIR: dataDir, MONGODB_URI: '' };
  return runListingsCli(argv, { env, out: (line) => out.push(line), err: (line) => err.push(line) }).then(
    (code) => ({ code, out: out.join('\n'), err: err.join('\n') }),
  );
}

describe('npm run listings -- import', () => {
  it('imports a CSV feed into the tenant catalogue of the hub store and prints the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-listings-'));
    dirs.push(dir);
    const file = join(dir, 'feed.csv');
    writeFileSync(
      file,
      'ListingKey,StandardStatus,ListPrice,BedroomsTotal\nC-1,Active,"$650,000",3\nC-2,Sold,1,1\n,Active,2,2\n',
    );
    const result = await run(['import', file, '--tenant', 'demo'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { created: number; rejected: { row: number; reason: string }[] };
    expect(report.created).toBe(1);
    expect(report.rejected.map((row) => row.row)).toEqual([2, 3]);
    expect(result.err).toMatch(/demo: 3 rows, 1 created, 0 updated, 0 unchanged, 2 rejected/);
    const store = await openSqliteStore({ file: join(dir, 'hub.db') });
    try {
      expect(await store.getListing('demo', 'C-1')).toMatchObject({ ListPrice: 650_000, BedroomsTotal: 3 });
    } finally {
      await store.close();
    }
  });

  it('says what is wrong with the command, the tenant or the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-listings-'));
    dirs.push(dir);
    expect((await run(['export'], dir)).code).toBe(2);
    expect((await run(['import', 'feed.xml'], dir)).err).toMatch(/format/);
    const json = join(dir, 'feed.json');
    writeFileSync(json, '{"value": 3}');
    expect((await run(['import', json, '--tenant', 'nope'], dir)).err).toMatch(/Unknown tenant nope/);
    const bad = await run(['import', json], dir);
    expect([bad.code, bad.err]).toEqual([1, expect.stringMatching(/"value" or "listings"/) as string]);
    expect((await run(['import', join(dir, 'missing.csv')], dir)).code).toBe(1);
  });
});
