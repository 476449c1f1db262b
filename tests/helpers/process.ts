import { spawn, type ChildProcess } from 'node:child_process';
import { onTestFinished } from 'vitest';

export interface HubProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `src/server.ts` as a real process on a free port and waits until it listens. */
export async function spawnHub(env: Record<string, string>): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      // Like startHub: the per-client limits are off unless the test's env sets them (tests/security does).
      HUB_MAX_CONNECTIONS_PER_IP: '0',
      HUB_WIDGET_SESSIONS_FREE_PER_MIN_PER_NET: '0',
      HUB_WIDGET_SESSIONS_PER_MIN_PER_TENANT: '0',
      HUB_SOCKET_EVENTS_PER_10S: '0',
      HUB_SOCKET_MAX_IN_FLIGHT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 45_000);
    const onData = () => {
      const match = /"port":(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout.on('data', onData);
    void exited.then(() => reject(new Error(`hub exited early:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}
