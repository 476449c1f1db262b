import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataKeysFromConfig, loadConfig } from '../config.js';
import { loadTenants } from '../tenants.js';
import type { Store } from '../store/types.js';
import { importListings, type ListingImportReport } from './import.js';
import { listingEventMessage, type PostListingEvent } from './notify.js';
import { formatOf, isFeedError } from './rows.js';

const USAGE = `Usage: npm run listings -- import <file.json|file.csv> [--tenant <id>] [--format json|csv]

Imports a listing feed (RESO Data Dictionary field names) into the tenant's catalogue, upserting by ListingKey.
The store is the hub's (MONGODB_URI, else the SQLite file in HUB_DATA_DIR); the tenant defaults to the first one
of HUB_TENANTS_FILE. Prints the report as JSON: counts, every rejected row with its reason. Exit code 0 when the
file was imported (even with rejected rows), 1 when it could not be read, 2 for a usage error.`;

/** A listing change as a staff-only event written to the store (staff see it when they open the conversation). */
export function postToStore(store: Store, now: () => Date): PostListingEvent {
  return (tenantId, conversationId, event) =>
    store.appendMessage(tenantId, {
      ...listingEventMessage(conversationId, event),
      createdAt: now().toISOString(),
    });
}

async function openStore(env: NodeJS.ProcessEnv): Promise<Store> {
  const config = loadConfig(env);
  if (config.MONGODB_URI) {
    const { connectMongoStore } = await import('../store/mongo/store.js');
    return connectMongoStore({ uri: config.MONGODB_URI, dataKeys: dataKeysFromConfig(config) });
  }
  const { createSqliteWorkerHost, openSqliteStore } = await import('../store/sqlite/store.js');
  return openSqliteStore(createSqliteWorkerHost(), {
    file: join(config.HUB_DATA_DIR, 'hub.db'),
    dataKeys: dataKeysFromConfig(config),
  });
}

/** `listings import <file> [--tenant id] [--format json|csv]`; returns the exit code. */
export async function runListingsCli(
  argv: string[],
  io: { env?: NodeJS.ProcessEnv; out?: (line: string) => void; err?: (line: string) => void } = {},
): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const [command, file, ...rest] = argv;
  const options = new Map<string, string>();
  for (let index = 0; index < rest.length; index += 2) {
    const name = rest[index]!;
    const value = rest[index + 1];
    if (!['--tenant', '--format'].includes(name) || value === undefined) {
      err(USAGE);
      return 2;
    }
    options.set(name, value);
  }
  if (command !== 'import' || !file) {
    err(USAGE);
    return 2;
  }
  const format = (options.get('--format') ?? formatOf(file)) as 'json' | 'csv' | undefined;
  if (format !== 'json' && format !== 'csv') {
    err(`Cannot tell the format of ${file}: name it .json or .csv, or pass --format json|csv`);
    return 2;
  }
  const tenants = loadTenants(loadConfig(env).HUB_TENANTS_FILE);
  const tenantId = options.get('--tenant') ?? tenants.all()[0]?.id;
  if (!tenantId || !tenants.get(tenantId)) {
    err(`Unknown tenant ${tenantId ?? '(none configured)'}`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    err(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const store = await openStore(env);
  let report: ListingImportReport;
  try {
    const now = () => new Date();
    report = await importListings(text, format, { store, tenantId, now, post: postToStore(store, now) });
  } catch (error) {
    if (!isFeedError(error)) throw error;
    err(`${file}: ${error.message}`);
    return 1;
  } finally {
    await store.close();
  }
  out(JSON.stringify(report, null, 2));
  err(
    `${tenantId}: ${report.rows} rows, ${report.created} created, ${report.updated} updated, ` +
      `${report.unchanged} unchanged, ${report.rejected.length} rejected, ${report.conversationsTold} conversations told`,
  );
  return 0;
}
