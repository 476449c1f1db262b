import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runningArm } from '../../../src/analytics/experiment-arm.js';
import { experimentInputSchema, newExperiment } from '../../../src/analytics/experiments.js';
import { listingForBot } from '../../../src/listings/facts.js';
import { createSqliteWorkerHost, type SqliteWorkerHost } from '../../../src/store/sqlite/host.js';
import { openSqliteStore } from '../../../src/store/sqlite/store.js';
import type { ListingInput } from '../../../src/store/types.js';
import { iso, makeConversation, makeMessage, T0, TENANT } from '../../contract/store/fixtures.js';

/** A host that records the methods sent to it and, while `held`, keeps every call from leaving (a busy worker). */
function recordingHost() {
  const host = createSqliteWorkerHost();
  const sent: string[] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> | undefined;
  const recorded: SqliteWorkerHost = {
    ...host,
    call: async (handle, method, args, atMs) => {
      sent.push(method);
      await gate;
      return host.call(handle, method, args, atMs);
    },
  };
  return {
    host: recorded,
    sent,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

const running = (id: string) => {
  const input = experimentInputSchema.parse({
    name: 'Areas first',
    target: 'bot.question_order',
    variants: [
      { name: 'control', weight: 1, control: true },
      {
        name: 'areas-first',
        weight: 1,
        settings: { buyerOrder: ['areas', 'budget', 'financing', 'size', 'urgency'] },
      },
    ],
    primaryMetric: 'qualified_rate',
    guardrails: [],
  });
  return {
    ...newExperiment(input, { id, tenantId: TENANT, salt: `salt-${id}`, at: iso(T0) }),
    status: 'running' as const,
  };
};

const home: ListingInput = {
  ListingKey: 'L-1',
  StandardStatus: 'Active',
  ListPrice: 725_000,
  BedroomsTotal: 4,
  BathroomsTotalInteger: 3,
  LivingArea: 2_350,
};

async function serverShape() {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-lookups-'));
  const writes = recordingHost();
  const searches = recordingHost();
  const lookups = recordingHost();
  const store = await openSqliteStore(
    writes.host,
    { file: join(dir, 'hub.db') },
    searches.host,
    lookups.host,
  );
  onTestFinished(async () => {
    writes.release();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store, writes, searches, lookups };
}

describe('the reads of a lead’s first message on the lookup worker (the server’s shape)', () => {
  it('run there, never on the writer, and see every write acked before them', async () => {
    const { store, writes, searches, lookups } = await serverShape();
    expect(await runningArm(store, TENANT, 'lead-1')).toBeUndefined();
    const experiment = await store.createExperiment(running('exp-1'));
    // Sent right after the start's ack: the lead's arm of the experiment that started a moment before.
    expect(await runningArm(store, TENANT, 'lead-1')).toMatchObject({ experimentId: experiment.id });
    await store.updateExperiment({ ...experiment, status: 'stopped', stoppedAt: iso(T0 + 1) }, 1);
    expect(await runningArm(store, TENANT, 'lead-1')).toBeUndefined();
    const named = { id: 'L-1', address: 'a page may say anything' };
    expect(await listingForBot(store, TENANT, named)).toMatchObject({
      id: 'L-1',
      address: 'a page may say anything',
    });
    await store.upsertListings(TENANT, [home], iso(T0));
    expect(await listingForBot(store, TENANT, named)).toMatchObject({ id: 'L-1', price: 725_000, beds: 4 });
    expect(await listingForBot(store, TENANT, { id: 'L-2' })).toEqual({ id: 'L-2' });
    expect(new Set(lookups.sent)).toEqual(new Set(['listExperiments', 'getListing', 'hasListings']));
    expect(writes.sent.filter((method) => lookups.sent.includes(method))).toEqual([]);
    expect(searches.sent).toEqual([]);
  });

  it('answer while the writer is busy with appends (they do not queue behind its group commit)', async () => {
    const { store, writes } = await serverShape();
    const experiment = await store.createExperiment(running('exp-2'));
    const conversation = await store.createConversation(makeConversation());
    writes.hold();
    const append = store.appendMessage(TENANT, makeMessage(conversation.id, { text: 'still in flight' }));
    // On the writer this read would wait for the held append; on the lookup worker it answers now.
    expect(await runningArm(store, TENANT, 'lead-2')).toMatchObject({ experimentId: experiment.id });
    expect(await store.getListing(TENANT, 'L-404')).toBeNull();
    writes.release();
    expect((await append).duplicate).toBe(false);
  });
});
