/**
 * What one cross-node run costs, besides its latency: CPU of each server process (from /proc/<pid>/stat, 10 ms
 * ticks) and of Redis (INFO cpu), the bytes Redis read and wrote (INFO stats total_net_input/output_bytes) and the
 * commands it ran (INFO stats total_commands_processed). Read before and after a run; divided by what the run
 * delivered, they are per-token or per-message figures that wall-clock noise on a shared machine does not move much.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';

export interface CostSample {
  /** CPU ms of each watched process, in the order given. */
  cpuMs: number[];
  redisCpuMs: number;
  redisInBytes: number;
  redisOutBytes: number;
  redisCommands: number;
}

export interface RunCost {
  /** Per delivered unit (token event or message): µs of CPU of each watched process. */
  cpuUs: number[];
  redisCpuUs: number;
  redisInBytes: number;
  redisOutBytes: number;
  redisCommands: number;
}

const TICKS_PER_S = 100;

/** utime + stime of a process in ms (Linux); 0 when it is gone or /proc is not there. */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1_000) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

const infoField = (info: string, name: string) =>
  Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1] ?? 0);

export interface CostMeter {
  sample(pids: (number | undefined)[]): Promise<CostSample>;
  close(): Promise<void>;
}

/** A meter over one Redis server (its own connection; its INFO calls are a few hundred bytes, not subtracted). */
export async function createCostMeter(redisUrl: string): Promise<CostMeter> {
  const redis = new Redis(redisUrl, { lazyConnect: true, connectionName: 'bench:meter' });
  await redis.connect();
  return {
    async sample(pids) {
      const cpuMs = pids.map(processCpuMs);
      const info = await redis.info();
      return {
        cpuMs,
        redisCpuMs: (infoField(info, 'used_cpu_sys') + infoField(info, 'used_cpu_user')) * 1_000,
        redisInBytes: infoField(info, 'total_net_input_bytes'),
        redisOutBytes: infoField(info, 'total_net_output_bytes'),
        redisCommands: infoField(info, 'total_commands_processed'),
      };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The cost between two samples, per delivered unit. */
export function costPer(before: CostSample, after: CostSample, units: number): RunCost {
  const per = (value: number) => (units > 0 ? value / units : Number.NaN);
  return {
    cpuUs: after.cpuMs.map((ms, i) => per((ms - before.cpuMs[i]!) * 1_000)),
    redisCpuUs: per((after.redisCpuMs - before.redisCpuMs) * 1_000),
    redisInBytes: per(after.redisInBytes - before.redisInBytes),
    redisOutBytes: per(after.redisOutBytes - before.redisOutBytes),
    redisCommands: per(after.redisCommands - before.redisCommands),
  };
}
