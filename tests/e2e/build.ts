import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const repoRoot = resolve(import.meta.dirname, '../..');
export const clientDist = join(repoRoot, 'client', 'dist');
const configFile = join(repoRoot, 'client', 'vite.config.ts');
/** What the browser apps are built from: a change in any of these makes client/dist stale. */
const sources = [
  join(repoRoot, 'client'),
  join(repoRoot, 'src', 'protocol'),
  join(repoRoot, 'src', 'coaching'),
  // The Reports' charts read the duration histogram's edges (src/analytics/rollups.ts).
  join(repoRoot, 'src', 'analytics'),
];
const outputs = [
  'widget.js',
  'agent/index.html',
  'supervisor/index.html',
  'supervisor/admin.html',
  'demo/index.html',
  'demo/seller/index.html',
].map((file) => join(clientDist, file));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isFresh(): boolean {
  if (!outputs.every((file) => existsSync(file))) return false;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return sources.every((source) => newestMtime(source) <= built);
}

/** Builds client/dist with Vite's JS API when it is missing or older than its sources (one build at a time). */
export async function ensureClientBuilt(): Promise<void> {
  if (isFresh()) return;
  const lock = join(
    tmpdir(),
    `jorge-hub-client-build-${createHash('sha1').update(repoRoot).digest('hex').slice(0, 10)}`,
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another client build (${lock})`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    if (isFresh()) return;
    const { build } = await import('vite');
    await build({ configFile, logLevel: 'warn' });
    await build({ configFile, mode: 'widget', logLevel: 'warn' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
