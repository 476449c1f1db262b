import { describe, expect, it } from 'vitest';
import {
  conversationSchema,
  followUpSchema,
  LEGACY_INDEXES,
  leadSchema,
  messageSchema,
} from '../../../src/store/mongo/schemas.js';
import { identityLinkSchema, visitorSecretSchema } from '../../../src/store/mongo/visitors.js';
import { readMarkSchema } from '../../../src/store/mongo/workday.js';
import {
  followUpDoc,
  messageDoc,
  patchUpdate,
  toConversation,
  toFollowUp,
  toMessage,
} from '../../../src/store/mongo/records.js';
import { redactUri } from '../../../src/store/mongo/errors.js';
import { consentSchema } from '../../../src/store/mongo/consent.js';
import type { ConversationDoc, MessageDoc } from '../../../src/store/mongo/schemas.js';

/** The pure parts of the Mongo adapter; the adapter itself is proven by the contract suite on a real MongoDB. */
describe('mongo records', () => {
  it('drops what MongoDB adds and nulls, keeping the port shape exactly', () => {
    const doc = {
      _id: 'object-id',
      __v: 0,
      id: 'c1',
      tenantId: 't',
      leadId: 'l',
      channel: 'widget',
      listing: { id: 'mls-1', address: null, price: 10 },
      botKind: 'lead',
      botState: { a: {} },
      owner: { type: 'agent', id: 'a1', name: null },
      status: 'open',
      temperature: 'cold',
      lastSeq: 3,
      version: 2,
      meta: {},
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      stateSince: '2024-01-01T00:00:00.000Z',
    } as unknown as ConversationDoc;
    expect(toConversation(doc)).toStrictEqual({
      id: 'c1',
      tenantId: 't',
      leadId: 'l',
      channel: 'widget',
      listing: { id: 'mls-1', price: 10 },
      botKind: 'lead',
      botState: { a: {} },
      owner: { type: 'agent', id: 'a1' },
      status: 'open',
      temperature: 'cold',
      lastSeq: 3,
      version: 2,
      lastLeadSeq: 0,
      processedSeq: 0,
      answeredSeq: 0,
      outbox: [],
      fence: 0,
      meta: {},
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      stateSince: '2024-01-01T00:00:00.000Z',
    });
  });

  it('stores the tenant on a message document but never returns it', () => {
    const input = {
      conversationId: 'c1',
      author: { type: 'lead' as const },
      visibility: 'everyone' as const,
      kind: 'text' as const,
      text: '',
      createdAt: '2024-01-01T00:00:00.000Z',
      clientMsgId: undefined,
    };
    const doc = messageDoc('t', input, 4);
    const { clientMsgId: _omit, ...rest } = input;
    expect(doc).toStrictEqual({ ...rest, tenantId: 't', seq: 4 });
    expect(toMessage({ ...doc, _id: 'x' } as MessageDoc)).toStrictEqual({ ...rest, seq: 4 });
  });

  it('schedules a job lease-free from attempt zero, with a real date for the claim query', () => {
    const job = {
      id: 'f1',
      tenantId: 't',
      conversationId: 'c1',
      step: 1,
      dueAt: '2024-01-01T00:00:00.000Z',
      status: 'pending' as const,
      attempts: 5,
      leaseOwner: 'w',
      leaseUntil: '2024-01-01T00:01:00.000Z',
      payload: { k: [] },
    };
    const doc = followUpDoc(job);
    expect(doc.dueAt).toBeInstanceOf(Date);
    const { leaseOwner: _owner, leaseUntil: _until, ...scheduled } = job;
    expect(toFollowUp(doc)).toStrictEqual({ ...scheduled, attempts: 0 });
  });

  it('turns undefined patch keys into $unset', () => {
    expect(patchUpdate({ status: 'human', listing: undefined, meta: {} })).toEqual({
      $set: { status: 'human', meta: {} },
      $unset: { listing: '' },
    });
  });

  it('redacts credentials from URIs', () => {
    expect(redactUri('mongodb+srv://u:p@cluster.example/db?x=1')).toBe(
      'mongodb+srv://***@cluster.example/db?x=1',
    );
    expect(redactUri('mongodb://127.0.0.1:27017')).toBe('mongodb://127.0.0.1:27017');
  });
});

describe('mongo indexes', () => {
  const keys = (schema: { indexes(): [Record<string, unknown>, Record<string, unknown>][] }) =>
    schema.indexes().map(([fields, options]) => ({ fields, unique: options.unique === true }));

  it('declares the indexes the queries need', () => {
    expect(keys(leadSchema)).toEqual([
      { fields: { tenantId: 1, id: 1 }, unique: true },
      { fields: { tenantId: 1, visitorId: 1 }, unique: false },
      { fields: { tenantId: 1, lookup: 1 }, unique: false },
    ]);
    expect(keys(conversationSchema)).toEqual([
      { fields: { tenantId: 1, id: 1 }, unique: true },
      { fields: { tenantId: 1, status: 1, updatedAt: -1 }, unique: false },
      { fields: { tenantId: 1, updatedAt: -1 }, unique: false },
      { fields: { tenantId: 1, leadId: 1 }, unique: false },
      { fields: { tenantId: 1, status: 1, handoffOrder: 1, id: 1 }, unique: false },
      { fields: { tenantId: 1, nameWords: 1 }, unique: false },
      { fields: { tenantId: 1, 'meta.lifecycle.outcome': 1, updatedAt: -1 }, unique: false },
      { fields: { tenantId: 1, updatedAt: -1, lastLeadSeq: 1, answeredSeq: 1 }, unique: false },
    ]);
    expect(keys(messageSchema)).toEqual([
      { fields: { tenantId: 1, conversationId: 1, seq: 1 }, unique: true },
      { fields: { tenantId: 1, searchText: 'text' }, unique: false },
      { fields: { tenantId: 1, conversationId: 1, clientMsgId: 1 }, unique: true },
    ]);
    const clientMsgIdIndex = messageSchema.indexes().find(([fields]) => 'clientMsgId' in fields);
    expect(clientMsgIdIndex?.[1]).toMatchObject({
      partialFilterExpression: { clientMsgId: { $exists: true } },
    });
    expect(keys(followUpSchema)).toEqual([
      { fields: { tenantId: 1, id: 1 }, unique: true },
      { fields: { status: 1, dueAt: 1 }, unique: false },
      { fields: { tenantId: 1, conversationId: 1, dueAt: 1 }, unique: false },
    ]);
    expect(keys(consentSchema)).toEqual([
      { fields: { tenantId: 1, leadId: 1, givenAt: 1, id: 1 }, unique: true },
      { fields: { tenantId: 1, leadId: 1, channel: 1, conversationId: 1, messageSeq: 1 }, unique: true },
    ]);
    expect(consentSchema.indexes()[1]?.[1]).toMatchObject({
      partialFilterExpression: { messageSeq: { $exists: true } },
    });
  });

  it('keys every tenant-owned record by tenant: each unique index starts with tenantId', () => {
    const schemas = {
      leads: leadSchema,
      conversations: conversationSchema,
      messages: messageSchema,
      followUps: followUpSchema,
      visitorSecrets: visitorSecretSchema,
      identityLinks: identityLinkSchema,
      readMarks: readMarkSchema,
    };
    for (const [name, schema] of Object.entries(schemas)) {
      const unique = schema.indexes().filter(([, options]) => options.unique === true);
      expect(unique.length, `${name} has a unique key`).toBeGreaterThan(0);
      for (const [fields] of unique) {
        expect(Object.keys(fields)[0], `${name} unique index ${JSON.stringify(fields)}`).toBe('tenantId');
      }
    }
  });

  it('lists the id-only indexes of earlier versions to drop, none of which is still declared', () => {
    const declaredNames = (schema: { indexes(): [Record<string, unknown>, Record<string, unknown>][] }) =>
      schema.indexes().map(([fields, options]) =>
        typeof options.name === 'string'
          ? options.name
          : Object.entries(fields)
              .map(([key, value]) => `${key}_${String(value)}`)
              .join('_'),
      );
    expect(LEGACY_INDEXES).toEqual({
      conversations: ['id_1', 'conversation_lead_name_text'],
      messages: ['conversationId_1_seq_1', 'conversationId_1_clientMsgId_1', 'message_text'],
      followUps: ['id_1'],
    });
    expect(declaredNames(conversationSchema)).not.toContain('id_1');
    expect(declaredNames(followUpSchema)).not.toContain('id_1');
    for (const name of LEGACY_INDEXES.messages) expect(declaredNames(messageSchema)).not.toContain(name);
  });
});
