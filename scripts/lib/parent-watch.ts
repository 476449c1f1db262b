/**
 * Parent-death watch: no hub or Redis outlives the process that started it, even when that process is killed
 * with SIGKILL (no handler runs then, so the children must notice by themselves).
 *
 * - Preloaded into a hub (`node --import tsx --import ./scripts/lib/parent-watch.ts src/server.ts` with
 *   HUB_PARENT_PID): when that process is gone, the hub gets SIGTERM (its graceful drain), and exits after
 *   HUB_PARENT_WATCH_GRACE_MS at the latest.
 * - Run as a program (`parent-watch.ts <parentPid> <childPid>`), beside a child that cannot watch by itself
 *   (redis-server): when the parent is gone it stops the child (SIGTERM, then SIGKILL) and exits; it also exits when
 *   the child is gone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const POLL_MS = 250;

/** True while the process exists (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent of a process (Linux /proc), or undefined. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The processes that launched this one, up to the npm that ran the script (`npm run cluster` → sh → tsx → this
 * script): npm killed with SIGKILL leaves sh and tsx running, so watching the parent alone misses it. Without
 * /proc (or without npm above), the parent alone.
 */
export function launcherPids(): number[] {
  const chain: number[] = [];
  for (
    let pid: number | undefined = process.ppid;
    pid !== undefined && chain.length < 6;
    pid = parentOf(pid)
  ) {
    chain.push(pid);
    let command: string;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      break;
    }
    if (/(^|\/)npm(-cli\.js)?( |$)|npm-cli\.js/.test(command)) return chain;
  }
  return [process.ppid];
}

function watchFromInside(parentPid: number, graceMs: number): void {
  const timer = setInterval(() => {
    if (alive(parentPid) && process.ppid === parentPid) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), graceMs).unref();
  }, POLL_MS);
  timer.unref();
}

function watchBeside(parentPid: number, childPid: number): void {
  const timer = setInterval(() => {
    if (!alive(childPid)) {
      clearInterval(timer);
      return;
    }
    if (alive(parentPid)) return;
    clearInterval(timer);
    process.kill(childPid, 'SIGTERM');
    setTimeout(() => {
      if (alive(childPid)) process.kill(childPid, 'SIGKILL');
    }, 2_000);
  }, POLL_MS);
}

const [, script, parentArg, childArg] = process.argv;
if (script && fileURLToPath(import.meta.url) === script && parentArg && childArg) {
  watchBeside(Number(parentArg), Number(childArg));
} else if (process.env.HUB_PARENT_PID) {
  watchFromInside(
    Number(process.env.HUB_PARENT_PID),
    Number(process.env.HUB_PARENT_WATCH_GRACE_MS ?? 10_000),
  );
}
