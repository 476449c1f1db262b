import { type ChildProcess, fork } from 'node:child_process';

/**
 * A server under test in its own process, so that the benchmark's clients (and the fake model) do not share its
 * event loop, as in production. The child speaks a small IPC protocol: it sends `{type: 'ready', port}` once it
 * listens, answers each request with a message of an agreed type, and exits when the parent disconnects.
 */
export interface ChildServer {
  readonly child: ChildProcess;
  /** Sends `message` (nothing when empty) and resolves with the first reply of type `answer`. */
  ask<T>(message: string, answer: string): Promise<T>;
  /** Disconnects and waits for the child to exit. */
  stop(): Promise<void>;
}

export function forkServer(path: string, args: string[], nodeOptions: string[] = []): ChildServer {
  // BENCH_SERVER_NODE_OPTIONS (e.g. --cpu-prof) goes to the server process, for profiling a run.
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
  const child = fork(path, args, {
    execArgv: ['--import', 'tsx', '--expose-gc', ...nodeOptions, ...extra],
    stdio: 'inherit',
  });
  return {
    child,
    ask<T>(message: string, answer: string) {
      return new Promise<T>((resolve, reject) => {
        const onMessage = (reply: { type: string }) => {
          if (reply.type !== answer) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(reply as T);
        };
        const onExit = (code: number | null) => {
          child.off('message', onMessage);
          reject(new Error(`${path} exited (${code}) before answering ${answer}`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        if (message) child.send(message);
      });
    },
    async stop() {
      if (child.connected) child.disconnect();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    },
  };
}
