import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { isHubError, type ErrorCode } from '../../../src/errors.js';
import type { Clock } from '../../../src/llm/clock.js';
import type {
  ConversationRecord,
  FollowUpJob,
  LeadRecord,
  NewMessage,
  Store,
} from '../../../src/store/types.js';

/**
 * What an adapter's test file hands to runStoreContract. The suite asks for a fresh harness per test and calls
 * cleanup after it, whatever happened.
 */
export interface StoreHarness {
  /** A store on empty data. */
  store: Store;
  /**
   * For adapters that persist: closes the current store and opens a new one on the same data (a process
   * restart). From then on cleanup closes the new one. Leave it out when nothing survives close().
   */
  reopen?: () => Promise<Store>;
  /**
   * For adapters that several hub nodes share: opens one more store on the same data, as a second node (or
   * process) would. cleanup closes every peer. Leave it out when the data lives in one instance.
   */
  openPeer?: () => Promise<Store>;
  /** Closes whatever is still open and removes the data. */
  cleanup: () => Promise<void>;
}

/** How a harness's stores are opened: `clock` is the one the store stamps its times with (the system's without). */
export interface StoreFactoryOptions {
  clock?: Clock;
}

export type StoreFactory = (options?: StoreFactoryOptions) => Promise<StoreHarness>;

/** What each section of the suite sees: the current test's harness, created fresh before every test. */
export interface ContractContext {
  readonly store: Store;
  readonly harness: StoreHarness;
  /** A store on empty data of its own, opened with these options; closed and removed after the test. */
  openWith(options: StoreFactoryOptions): Promise<Store>;
}

/** Fixed past clock: every fixture time is before the real clock, so "now" always sorts after it. */
export const T0 = Date.parse('2024-05-01T12:00:00.000Z');
export const iso = (ms: number): string => new Date(ms).toISOString();
export const at = (offsetMs: number): Date => new Date(T0 + offsetMs);

const run = randomUUID().slice(0, 8);
let counter = 0;
/** Ids unique across tenants, tests and runs (adapters may key conversations and jobs by id alone). */
export const uid = (prefix: string): string => `${prefix}-${run}-${++counter}`;

export const TENANT = 'tenant-a';
export const OTHER_TENANT = 'tenant-b';

export function makeLead(overrides: Partial<LeadRecord> = {}): LeadRecord {
  return {
    id: uid('lead'),
    tenantId: TENANT,
    profile: {},
    temperature: 'cold',
    optedOut: false,
    createdAt: iso(T0),
    updatedAt: iso(T0),
    ...overrides,
  };
}

/** A lead with every optional field set and a nested profile. */
export function makeFullLead(overrides: Partial<LeadRecord> = {}): LeadRecord {
  return makeLead({
    visitorId: uid('visitor'),
    name: 'Ana María Núñez',
    email: 'ana@example.com',
    phone: '+1 (415) 555-0100',
    intent: 'buy',
    profile: {
      buyer: { budgetMax: 1_250_000, beds: 3, areas: ['Mission', 'Noe Valley'], preapproved: true },
      seller: null,
      offerType: 'cash',
      score: 0.75,
      tags: [],
      empty: {},
    },
    temperature: 'warm',
    optedOut: true,
    optedOutAt: iso(T0 + 60_000),
    sourceListing: {
      id: 'mls-42',
      address: '1 Main St',
      price: 999_500.5,
      beds: 2,
      baths: 1.5,
      area: 'SoMa',
    },
    ...overrides,
  });
}

export function makeConversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: uid('conv'),
    tenantId: TENANT,
    leadId: uid('lead'),
    channel: 'widget',
    botKind: 'lead',
    botState: { version: 1, step: 'greeting' },
    owner: { type: 'bot' },
    status: 'open',
    temperature: 'cold',
    lastSeq: 0,
    version: 0,
    lastLeadSeq: 0,
    processedSeq: 0,
    answeredSeq: 0,
    outbox: [],
    fence: 0,
    meta: {},
    createdAt: iso(T0),
    updatedAt: iso(T0),
    stateSince: iso(T0),
    ...overrides,
  };
}

/** Plain JSON with the shapes that trip stores up: nesting, empties, nulls, floats, big integers, unicode. */
export const awkwardJson = {
  version: 3,
  step: 'budget',
  slots: { budget: { min: 0, max: 1_250_000 }, beds: null, areas: ['Noe Valley', 'Bernal Heights'] },
  history: [{ q: 'budget', tries: 2 }, [], {}],
  empty: {},
  emptyList: [],
  flags: { asked: true, confirmed: false },
  ratio: -0.125,
  big: Number.MAX_SAFE_INTEGER,
  text: 'café ☕ 家 🏠 — "quoted" \\ back\nline',
  'key with spaces': 'ok',
  ñandú: 'unicode key',
};

export function makeMessage(conversationId: string, overrides: Partial<NewMessage> = {}): NewMessage {
  return {
    conversationId,
    author: { type: 'lead' },
    visibility: 'everyone',
    kind: 'text',
    text: 'hello',
    createdAt: iso(T0 + 1_000),
    ...overrides,
  };
}

export function makeFollowUp(conversationId: string, overrides: Partial<FollowUpJob> = {}): FollowUpJob {
  return {
    id: uid('fu'),
    tenantId: TENANT,
    conversationId,
    step: 1,
    dueAt: iso(T0),
    status: 'pending',
    attempts: 0,
    payload: {},
    ...overrides,
  };
}

/** Asserts that the promise rejects with a HubError of the given code. */
export async function expectHubError(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  let failure: unknown;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  expect(failure, `expected a rejection with HubError ${code}`).toBeDefined();
  expect(
    isHubError(failure, code),
    `expected HubError ${code}, got ${String((failure as Error | undefined)?.name)}: ${String(
      (failure as Error | undefined)?.message,
    )}`,
  ).toBe(true);
}

export const seqs = (messages: { seq: number }[]): number[] => messages.map((message) => message.seq);
export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);
