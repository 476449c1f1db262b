import { createSqliteStore } from '../../src/store/sqlite/store.js';

/**
 * One hub process's worth of store traffic for store.sqlite-processes.test.ts: opens the shared database file,
 * says "ready", waits for "go" so that every process starts at once, runs its job and reports each outcome
 * (value or error message) over IPC.
 */
export type WorkerJob =
  | { kind: 'append'; file: string; tenantId: string; conversationId: string; clientMsgIds: string[] }
  | { kind: 'cas'; file: string; tenantId: string; conversationId: string; worker: string; versions: number }
  | { kind: 'claim'; file: string; worker: string; nowMs: number; leaseMs: number; limit: number };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };
export type WorkerMessage = { type: 'ready' } | { type: 'done'; outcomes: Outcome<unknown>[] };

async function attempt<T>(operation: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

async function runJob(job: WorkerJob): Promise<Outcome<unknown>[]> {
  const store = createSqliteStore({ file: job.file });
  const outcomes: Outcome<unknown>[] = [];
  try {
    await send({ type: 'ready' });
    await new Promise((resolve) => process.once('message', resolve));
    if (job.kind === 'append') {
      for (const clientMsgId of job.clientMsgIds) {
        const message = {
          conversationId: job.conversationId,
          clientMsgId,
          author: { type: 'lead' as const },
          visibility: 'everyone' as const,
          kind: 'text' as const,
          text: clientMsgId,
          createdAt: new Date().toISOString(),
        };
        outcomes.push(
          await attempt(async () => {
            const result = await store.appendMessage(job.tenantId, message);
            return { clientMsgId, seq: result.message.seq, duplicate: result.duplicate };
          }),
        );
      }
    } else if (job.kind === 'cas') {
      for (let version = 0; version < job.versions; version += 1) {
        const patch = { meta: { leadName: `${job.worker} at ${version}` } };
        outcomes.push(
          await attempt(async () => {
            const result = await store.updateConversation(job.tenantId, job.conversationId, patch, version);
            return { version, won: result !== null };
          }),
        );
      }
    } else {
      for (;;) {
        const outcome = await attempt(() =>
          store.claimDueFollowUps(new Date(job.nowMs), job.worker, job.leaseMs, job.limit),
        );
        outcomes.push(outcome);
        if (!outcome.ok || outcome.value.length === 0) break;
      }
    }
  } finally {
    await store.close();
  }
  return outcomes;
}

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );
}

const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;
const outcomes = await runJob(job);
await send({ type: 'done', outcomes });
process.disconnect();
