import { readdirSync, readFileSync } from 'node:fs';

/** CPU time per thread of this process over a window: the main thread, the busiest other, the rest (ms). */
export interface ThreadCpuMs {
  main: number;
  busiestOther: number;
  rest: number;
}

/** CPU ticks (user + system, 1/100 s) of each thread of this process, by thread id; empty where /proc is absent. */
export function threadTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(tid), Number(fields[11]) + Number(fields[12]));
    }
  } catch {
    ticks.clear();
  }
  return ticks;
}

/** CPU time per thread since `before` (a threadTicks() reading), in 10 ms steps; undefined without /proc. */
export function threadCpuSince(before: Map<number, number>): ThreadCpuMs | undefined {
  const now = threadTicks();
  if (now.size === 0) return undefined;
  const spent = [...now].map(([tid, ticks]) => ({ tid, ms: (ticks - (before.get(tid) ?? 0)) * 10 }));
  const main = spent.find((thread) => thread.tid === process.pid)?.ms ?? 0;
  const others = spent.filter((thread) => thread.tid !== process.pid).map((thread) => thread.ms);
  const busiestOther = Math.max(0, ...others);
  const rest = others.reduce((sum, value) => sum + value, 0) - busiestOther;
  return { main, busiestOther, rest };
}
