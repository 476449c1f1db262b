import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { redisServerAvailable } from '../../scripts/lib/hub-processes.js';

/** Every live process of a process group (Linux /proc). */
function groupMembers(pgid: number): { pid: number; command: string }[] {
  const members: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || Number(fields[2]) !== pgid) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      members.push({ pid: Number(entry), command });
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

/** `npm run cluster` in its own process group; resolves once it printed its nodes. */
async function startCluster() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-cluster-kill-'));
  const npm = spawn(
    'npm',
    ['run', 'cluster', '--', '--nodes', '2', '--base-port', '0', '--data-dir', dataDir],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const pgid = npm.pid!;
  onTestFinished(() => {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Ctrl-C stops every node');
  return { npm, pgid };
}

const hasProc = (() => {
  try {
    readdirSync('/proc/self');
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasProc || !redisServerAvailable())('npm run cluster killed with SIGKILL', () => {
  it('leaves no hub and no Redis running when npm is killed', async () => {
    const { npm, pgid } = await startCluster();
    const before = groupMembers(pgid);
    expect(before.filter((member) => member.command.includes('src/server.ts'))).toHaveLength(2);
    expect(before.some((member) => member.command.startsWith('redis-server'))).toBe(true);
    npm.kill('SIGKILL');
    await expect
      .poll(() => groupMembers(pgid).map((member) => member.command), { timeout: 20_000, interval: 250 })
      .toEqual([]);
  }, 90_000);

  it('leaves no hub and no Redis running when the cluster script itself is killed', async () => {
    const { pgid } = await startCluster();
    const script = groupMembers(pgid).find(
      (member) => member.command.includes('scripts/cluster.ts') && member.command.includes('preflight'),
    );
    expect(script).toBeDefined();
    process.kill(script!.pid, 'SIGKILL');
    await expect
      .poll(() => groupMembers(pgid).map((member) => member.command), { timeout: 20_000, interval: 250 })
      .toEqual([]);
  }, 90_000);
});
