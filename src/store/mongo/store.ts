import { systemClock, type Clock } from '../../llm/clock.js';
import { searchTokens } from '../search-tokens.js';
import { handoffKeyOf, storedHandoffKey } from '../handoff-key.js';
import { type ClientSession, type Connection, createConnection } from 'mongoose';
import type { Logger } from 'pino';
import { HubError } from '../../errors.js';
import { createConsentMongo, type ConsentMongo } from './consent.js';
import { createListingMongo, type ListingMongo } from './listings.js';
import { createTenantMongo, type TenantMongo } from './tenants.js';
import type { TenantStore } from '../tenant-types.js';
import { createExperimentMongo, type ExperimentMongo } from './experiments.js';
import { createOutboxMongo, type OutboxMongo } from './outbox.js';
import type { OutboxEvent } from '../outbox-types.js';
import { erasedConversation, erasedLead } from '../erasure.js';
import { createIdentityMongo, type IdentityMongo } from './identity.js';
import { createKeyedQueue } from '../keyed-queue.js';
import { assertStartOf } from '../lead-start.js';
import { guard, insertOrConflict, isDuplicateKey, redactUri } from './errors.js';
import {
  followUpDoc,
  messageDoc,
  patchUpdate,
  toConversation as toStoredConversation,
  toFollowUp,
  toLead as toStoredLead,
  toMessage as toStoredMessage,
} from './records.js';
import { createPersonalDataCodec, type DataKeySettings, type PersonalDataCodec } from '../personal-data.js';
import {
  indexText,
  leadLookups,
  leadNameOf,
  nameWordHashes,
  openConversation,
  openLead,
  openMessage,
  sealBotState,
  sealConversation,
  sealLead,
  sealMessage,
} from '../sealed-records.js';
import {
  type ConversationDoc,
  createModels,
  type FollowUpDoc,
  LEGACY_INDEXES,
  type LeadDoc,
  type MessageDoc,
  type StoreModels,
} from './schemas.js';
import { createMongoEventLog, type MongoEventLog } from './analytics.js';
import {
  conversationChangeEvents,
  conversationStartedEvents,
  leadCreatedEvents,
  messageEvents,
  type ConversationScope,
} from '../../analytics/derive.js';
import { conversationCas, mongoTurnWriter } from './turn.js';
import { createMongoVisitorRecords } from './visitors.js';
import { mongoWorkday } from './workday.js';
import {
  isTurnMessage,
  withTurnFields,
  type AppendResult,
  type ConversationPatch,
  type ConversationRecord,
  type LeadAppendResult,
  type LeadErasure,
  type LeadRecord,
  type NewConversation,
  type NewMessage,
  type Store,
} from '../types.js';

export interface MongoStoreOptions {
  /** A MongoDB URI; the deployment must be a replica set (a single-node one is fine) for transactions. */
  uri: string;
  /** Database name; default: the one in the URI, else mongoose's default ("test"). */
  dbName?: string;
  logger?: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How long an operation waits for a reachable server before failing with UNAVAILABLE. Default 5,000. */
  serverSelectionTimeoutMs?: number;
  /** Create the indexes at connect (idempotent). Default true; turn off when a migration job owns them. */
  ensureIndexes?: boolean;
  /** Keys of the personal data at rest (personal-data.ts); default: the development keys. */
  dataKeys?: DataKeySettings;
  /** The hub's clock: the times the store stamps (updatedAt, a consent's recordedAt). Default: the system clock. */
  clock?: Clock;
}

/** Every acknowledged write is on a majority of the replica set, so it survives a primary failover. */
const MAJORITY = { w: 'majority' } as const;
/** What an append reads of its conversation: its seq, title, and what the events of a reply are derived from. */
const APPEND_PROJECTION = {
  lastSeq: 1,
  meta: 1,
  tenantId: 1,
  leadId: 1,
  id: 1,
  botKind: 1,
  owner: 1,
  listing: 1,
  createdAt: 1,
  status: 1,
  stateSince: 1,
} as const;
const DEFAULT_MESSAGE_LIMIT = 1_000;
const DEFAULT_CONVERSATION_LIMIT = 500;

/** Caller-supplied values are matched with $eq, so an object smuggled in as an id cannot become an operator. */
const eq = <T>(value: T) => ({ $eq: value });

/**
 * The MongoDB adapter of the store port (mongoose on a dedicated connection). Connects and awaits before
 * returning; fails with HubError UNAVAILABLE when the server cannot be reached or is not a replica set.
 */
export async function connectMongoStore(options: MongoStoreOptions): Promise<Store> {
  const {
    uri,
    dbName,
    logger,
    serverSelectionTimeoutMs = 5_000,
    ensureIndexes = true,
    dataKeys,
    clock = systemClock,
  } = options;
  const codec = createPersonalDataCodec(dataKeys);
  const where = `${redactUri(uri)}${dbName ? ` (database ${dbName})` : ''}`;
  const connection = createConnection(uri, {
    ...(dbName === undefined ? {} : { dbName }),
    serverSelectionTimeoutMS: serverSelectionTimeoutMs,
    writeConcern: MAJORITY,
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
  });
  let models: StoreModels;
  let identity: IdentityMongo;
  let consents: ConsentMongo;
  let listings: ListingMongo;
  let tenantSettings: TenantMongo;
  let experiments: ExperimentMongo;
  let eventLog: MongoEventLog;
  let outbox: OutboxMongo;
  try {
    await connection.asPromise();
    await assertReplicaSet(connection, where);
    models = createModels(connection);
    identity = createIdentityMongo(connection, codec);
    consents = createConsentMongo(connection, models.leads, clock);
    listings = createListingMongo(connection);
    tenantSettings = createTenantMongo(connection, codec);
    experiments = createExperimentMongo(connection);
    eventLog = createMongoEventLog(connection, MAJORITY, clock);
    outbox = createOutboxMongo(connection);
    if (ensureIndexes) {
      await dropLegacyIndexes(models);
      // Conversations written before the hand-off order get the key of a record without one (storedHandoffKey).
      await models.conversations.updateMany(
        { handoffOrder: { $exists: false } },
        [{ $set: { handoffOrder: { $concat: [handoffKeyOf(0, ''), '$stateSince'] } } }],
        { updatePipeline: true },
      );
      await Promise.all([
        ...Object.values(models).map((model: StoreModels[keyof StoreModels]) => model.createIndexes()),
        identity.ensureIndexes(),
        consents.model.createIndexes(),
        listings.model.createIndexes(),
        tenantSettings.model.createIndexes(),
        experiments.model.createIndexes(),
        eventLog.models.events.createIndexes(),
        eventLog.models.rollups.createIndexes(),
        eventLog.models.agentDays.createIndexes(),
        outbox.model.createIndexes(),
      ]);
    }
  } catch (error) {
    await connection.close(true).catch(() => undefined);
    if (error instanceof HubError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new HubError('UNAVAILABLE', `Cannot connect to MongoDB at ${where}: ${reason}`, { cause: error });
  }
  // Listeners go on after the first connect, whose failure is already reported by the rejection above.
  connection.on('error', (error: unknown) => logger?.error({ err: error }, 'MongoDB connection error'));
  connection.on('disconnected', () => logger?.warn(`MongoDB disconnected: ${where}`));
  connection.on('reconnected', () => logger?.info(`MongoDB reconnected: ${where}`));
  logger?.info(`MongoDB store connected: ${where}`);
  return {
    ...createMongoStore(
      connection,
      models,
      identity,
      consents,
      listings,
      experiments,
      outbox,
      codec,
      eventLog,
      clock,
    ),
    // Tenants and their settings (src/store/tenant-types.ts).
    ...tenantSettings.store,
  };
}

/** Drops the id-only unique indexes of earlier versions (LEGACY_INDEXES); missing ones are fine. */
async function dropLegacyIndexes(models: StoreModels): Promise<void> {
  for (const [model, names] of Object.entries(LEGACY_INDEXES) as [keyof typeof LEGACY_INDEXES, string[]][]) {
    for (const name of names) {
      try {
        await models[model].collection.dropIndex(name);
      } catch (error) {
        // 26 NamespaceNotFound (no collection yet), 27 IndexNotFound (already dropped or never built).
        const code = (error as { code?: number }).code;
        if (code !== 26 && code !== 27) throw error;
      }
    }
  }
}

async function assertReplicaSet(connection: Connection, where: string): Promise<void> {
  const hello = (await connection.db!.admin().command({ hello: 1 })) as { setName?: string; msg?: string };
  if (typeof hello.setName === 'string' || hello.msg === 'isdbgrid') return;
  throw new HubError(
    'UNAVAILABLE',
    `MongoDB at ${where} is a standalone server; the hub needs a replica set for its transactions ` +
      '(a single node is enough: start mongod with --replSet rs0 and run rs.initiate(), or use docker compose)',
  );
}

function createMongoStore(
  connection: Connection,
  models: StoreModels,
  identity: IdentityMongo,
  consents: ConsentMongo,
  listings: ListingMongo,
  experiments: ExperimentMongo,
  outbox: OutboxMongo,
  codec: PersonalDataCodec,
  eventLog: MongoEventLog,
  clock: Clock,
): Omit<Store, keyof TenantStore> {
  const stamp = () => new Date(clock.now()).toISOString();
  // Personal data is sealed on the way in and opened on the way out (sealed-records.ts).
  const toLead = (doc: LeadDoc) => openLead(codec, toStoredLead(doc));
  const toConversation = (doc: ConversationDoc) => openConversation(codec, toStoredConversation(doc));
  const toMessage = (doc: MessageDoc) => openMessage(codec, toStoredMessage(doc));
  const lookupsOf = (lead: LeadRecord) =>
    leadLookups(codec, lead).map(({ purpose, hash }) => `${purpose}:${hash}`);
  /** A conversation patch as stored: sealed meta and outbox, and the name hashes when the meta changes. */
  function storedPatch(tenantId: string, patch: ConversationPatch): Record<string, unknown> {
    const stored: Record<string, unknown> = { ...patch };
    if (patch.meta !== undefined) {
      stored.meta = sealConversation(codec, { meta: patch.meta }).meta;
      stored.nameWords = nameWordHashes(codec, tenantId, leadNameOf({ meta: patch.meta }));
    }
    if (patch.outbox !== undefined)
      stored.outbox = sealConversation(codec, { meta: {}, outbox: patch.outbox }).outbox;
    if ('botState' in patch) stored.botState = sealBotState(codec, patch.botState);
    // The indexed hand-off order follows the key, or a new state's time for a record written without one.
    if (patch.handoffKey !== undefined) stored.handoffOrder = patch.handoffKey;
    else if (patch.stateSince !== undefined) stored.handoffOrder = handoffKeyOf(0, patch.stateSince);
    return stored;
  }
  const { leads, conversations, messages, followUps } = models;
  const appendQueue = createKeyedQueue();
  let closed = false;

  const findByClientId = (tenantId: string, conversationId: string, clientMsgId: string) =>
    messages
      .findOne({ tenantId: eq(tenantId), conversationId: eq(conversationId), clientMsgId: eq(clientMsgId) })
      .lean<MessageDoc>();

  /**
   * One transaction: look for the clientMsgId, take the next seq with $inc on the conversation, insert the
   * message. Either both writes commit or neither does, so a seq is never skipped. Concurrent appends to one
   * conversation from other nodes conflict on the conversation document; the driver retries the loser with a
   * fresh snapshot, in which it sees the winner's message (duplicate) or its new lastSeq.
   */
  async function appendInTransaction(tenantId: string, message: NewMessage): Promise<AppendResult> {
    try {
      return await connection.transaction<AppendResult>(
        async (session) => {
          const { conversationId, clientMsgId } = message;
          if (clientMsgId !== undefined) {
            const existing = await findByClientId(tenantId, conversationId, clientMsgId).session(session);
            if (existing) return { message: toMessage(existing), duplicate: true };
          }
          const conversation = await conversations
            .findOneAndUpdate(
              { tenantId: eq(tenantId), id: eq(conversationId) },
              { $inc: { lastSeq: 1 }, $max: { updatedAt: message.createdAt } },
              { session, returnDocument: 'after', projection: APPEND_PROJECTION },
            )
            .lean<Pick<ConversationDoc, 'lastSeq' | 'meta'> & Omit<ConversationScope, 'meta'>>();
          if (!conversation) throw new HubError('NOT_FOUND', 'Conversation not found');
          if (isTurnMessage(message)) {
            await conversations.updateOne(
              { tenantId: eq(tenantId), id: eq(conversationId) },
              { $max: { lastLeadSeq: conversation.lastSeq } },
              { session },
            );
          }
          const doc = messageDoc(tenantId, sealMessage(codec, message), conversation.lastSeq);
          // The search index gets the words, without contact details or the lead's name (sealed-records.ts).
          const leadName = leadNameOf(
            openConversation(codec, {
              meta: conversation.meta ?? {},
              outbox: [],
            } as unknown as ConversationRecord),
          );
          // Whole words only, as keyed hashes (search-tokens.ts): no readable word in the index.
          const searchText = searchTokens(codec, tenantId, indexText(message.text, [leadName]).split(' '), {
            prefixes: false,
          });
          await messages.create([{ ...doc, ...(searchText === '' ? {} : { searchText }) }], { session });
          const stored = toMessage(doc);
          await eventLog.record(
            messageEvents({ ...conversation, meta: conversation.meta ?? {} }, stored),
            session,
          );
          return { message: stored, duplicate: false };
        },
        { readConcern: { level: 'snapshot' }, writeConcern: MAJORITY },
      );
    } catch (error) {
      // Belt and braces: a unique-index hit on clientMsgId means another writer stored it first.
      if (message.clientMsgId !== undefined && isDuplicateKey(error, 'clientMsgId')) {
        const existing = await findByClientId(tenantId, message.conversationId, message.clientMsgId);
        if (existing) return { message: toMessage(existing), duplicate: true };
      }
      throw error;
    }
  }

  /** A new conversation; its events (`lead.created`) go to the outbox in the same transaction. */
  async function insertConversation(
    input: NewConversation,
    events: OutboxEvent[] = [],
  ): Promise<ConversationRecord> {
    const conversation = withTurnFields(input);
    const doc = {
      ...sealConversation(codec, conversation),
      handoffOrder: storedHandoffKey(conversation),
      nameWords: nameWordHashes(codec, conversation.tenantId, leadNameOf(conversation)),
    };
    await insertOrConflict('Conversation', () =>
      connection.transaction(
        async (session) => {
          await conversations.create([doc], { session });
          await eventLog.record(conversationStartedEvents(conversation), session);
          if (events.length > 0) await outbox.write(events, session);
        },
        { writeConcern: MAJORITY },
      ),
    );
    return conversation;
  }

  /** One append at a time per conversation on this node: no write-conflict retries between local callers. */
  const appendQueued = (tenantId: string, message: NewMessage) =>
    appendQueue.run(`${tenantId}\u0000${message.conversationId}`, () =>
      appendInTransaction(tenantId, message),
    );

  /**
   * A lead's first message: the conversation, titled with the lead's name, then the message. Not one transaction:
   * a failed append leaves the conversation, which the lead's resend then finds.
   */
  async function start(
    input: NewConversation,
    message: Omit<NewMessage, 'conversationId'>,
    events: OutboxEvent[] = [],
  ): Promise<LeadAppendResult> {
    const lead = leadNameOf(input)
      ? null
      : await leads.findOne({ tenantId: eq(input.tenantId), id: eq(input.leadId) }).lean<LeadDoc>();
    const leadName = lead ? toLead(lead).name : undefined;
    const conversation = await insertConversation(
      leadName ? { ...input, meta: { ...input.meta, leadName } } : input,
      events,
    );
    const appended = await appendQueued(conversation.tenantId, {
      ...message,
      conversationId: conversation.id,
    });
    return { ...appended, conversation, started: true };
  }

  async function findOpenConversation(tenantId: string, leadId: string): Promise<ConversationRecord | null> {
    const doc = await conversations
      .findOne({ tenantId: eq(tenantId), leadId: eq(leadId), status: { $ne: 'closed' } })
      .sort({ updatedAt: -1 })
      .lean<ConversationDoc>();
    return doc ? toConversation(doc) : null;
  }

  const workday = mongoWorkday(models, { codec, toConversation });
  const commitTurn = mongoTurnWriter(
    connection,
    models,
    MAJORITY,
    {
      conversationPatch: storedPatch,
      leadPatch: (patch) => sealLead(codec, patch as LeadRecord),
      lookupsOf: (doc) => lookupsOf(toLead(doc)),
      toConversation,
      writeEvents: outbox.write,
    },
    eventLog,
    clock,
  );
  /** Runs `write` in a transaction with the events when there are any, alone otherwise. */
  const withEvents = <T>(
    events: OutboxEvent[] | undefined,
    write: (session?: ClientSession) => Promise<T | null>,
  ): Promise<T | null> =>
    events?.length
      ? connection.transaction<T | null>(
          async (session) => {
            const result = await write(session);
            if (result !== null) await outbox.write(events, session);
            return result;
          },
          { writeConcern: MAJORITY },
        )
      : write();
  const store: Omit<Store, keyof TenantStore> = {
    kind: 'mongo',
    searchConversations: (tenantId, query) =>
      guard('conversation search', () => workday.searchConversations(tenantId, query)),
    markRead: (tenantId, conversationId, userId, seq) =>
      guard('read mark', () => workday.markRead(tenantId, conversationId, userId, seq)),
    unreadCounts: (tenantId, userId, conversationIds) =>
      guard('unread counts', () => workday.unreadCounts(tenantId, userId, conversationIds)),
    // Staff sessions, roster and audit log (src/identity/).
    ...identity.store,
    // TCPA consent records (src/store/consent-types.ts).
    ...consents.store,
    // The listing catalogue (src/store/listing-types.ts).
    ...listings.store,
    // Experiment definitions (src/store/experiment-types.ts).
    ...experiments.store,
    // The lead event log and its rollups (src/store/analytics-types.ts).
    appendLeadEvents: (events) => guard('lead events', () => eventLog.appendLeadEvents(events)),
    leadEvents: (tenantId, query) => guard('lead events', () => eventLog.leadEvents(tenantId, query)),
    rollups: (tenantId, query) => guard('rollups', () => eventLog.rollups(tenantId, query)),
    agentRollups: (tenantId, query) => guard('rollups', () => eventLog.agentRollups(tenantId, query)),
    // The CRM event outbox (src/store/outbox-types.ts).
    ...outbox.store,

    createLead: (lead) =>
      guard('lead', async () => {
        await insertOrConflict('Lead', () =>
          connection.transaction(
            async (session) => {
              await leads.create([{ ...sealLead(codec, lead), lookup: lookupsOf(lead) }], { session });
              await eventLog.record(leadCreatedEvents(lead), session);
            },
            { writeConcern: MAJORITY },
          ),
        );
        return lead;
      }),
    getLead: (tenantId, id) =>
      guard('lead lookup', async () => {
        const doc = await leads.findOne({ tenantId: eq(tenantId), id: eq(id) }).lean<LeadDoc>();
        return doc ? toLead(doc) : null;
      }),
    findLeadByVisitor: (tenantId, visitorId) =>
      guard('lead lookup', async () => {
        const doc = await leads
          .findOne({ tenantId: eq(tenantId), visitorId: eq(visitorId) })
          .sort({ updatedAt: -1 })
          .lean<LeadDoc>();
        return doc ? toLead(doc) : null;
      }),
    updateLead: (tenantId, id, patch, options = {}) =>
      guard('lead update', () =>
        withEvents(options.events, async (session) => {
          const { $set, $unset } = patchUpdate(sealLead(codec, patch as LeadRecord));
          if (patch.updatedAt === undefined) $set.updatedAt = stamp();
          const doc = await leads
            .findOneAndUpdate(
              { tenantId: eq(tenantId), id: eq(id) },
              { $set, ...(Object.keys($unset).length ? { $unset } : {}) },
              { returnDocument: 'after', runValidators: true, ...(session ? { session } : {}) },
            )
            .lean<LeadDoc>();
          if (!doc) return null;
          const lead = toLead(doc);
          // The lookup hashes follow the phone and email the update left.
          if ('phone' in patch || 'email' in patch) {
            await leads.updateOne(
              { tenantId: eq(tenantId), id: eq(id) },
              { $set: { lookup: lookupsOf(lead) } },
              session ? { session } : {},
            );
          }
          return lead;
        }),
      ),
    findLeadsByContact: (tenantId, kind, value) =>
      guard('lead lookup', async () => {
        if (kind !== 'phone' && kind !== 'email')
          throw new HubError('INVALID_PAYLOAD', 'Look leads up by phone or email');
        const hash = typeof value === 'string' ? codec.lookup(kind, tenantId, value) : null;
        if (!hash) return [];
        const docs = await leads
          .find({ tenantId: eq(tenantId), lookup: eq(`${kind}:${hash}`) })
          .sort({ updatedAt: -1 })
          .limit(50)
          .lean<LeadDoc[]>();
        return docs.map(toLead);
      }),

    createConversation: (input) => guard('conversation', () => insertConversation(input)),
    getConversation: (tenantId, id) =>
      guard('conversation lookup', async () => {
        const doc = await conversations
          .findOne({ tenantId: eq(tenantId), id: eq(id) })
          .lean<ConversationDoc>();
        return doc ? toConversation(doc) : null;
      }),
    findOpenConversationForLead: (tenantId, leadId) =>
      guard('conversation lookup', () => findOpenConversation(tenantId, leadId)),
    eraseLead: (tenantId, leadId, at, options = {}) =>
      guard('lead erasure', () =>
        connection.transaction<LeadErasure | null>(
          async (session) => {
            const doc = await leads
              .findOne({ tenantId: eq(tenantId), id: eq(leadId) })
              .session(session)
              .lean<LeadDoc>();
            if (!doc) return null;
            await outbox.write(options.events ?? [], session);
            // Replaced whole: no field of the lead document survives but the tombstone's (and no lookup hashes).
            await leads.replaceOne({ tenantId: eq(tenantId), id: eq(leadId) }, erasedLead(toLead(doc), at), {
              session,
            });
            const byLead = { tenantId: eq(tenantId), leadId: eq(leadId) };
            const consentsDeleted = await consents.model.deleteMany(byLead, { session });
            await models.visitorSecrets.deleteMany(byLead, { session });
            await models.identityLinks.deleteMany(byLead, { session });
            const erasure: LeadErasure = {
              conversations: 0,
              messages: 0,
              consents: consentsDeleted.deletedCount,
              followUpsCancelled: 0,
            };
            const docs = await conversations.find(byLead).session(session).lean<ConversationDoc[]>();
            for (const conversationDoc of docs) {
              const conversation = erasedConversation(toConversation(conversationDoc), at);
              const key = { tenantId: eq(tenantId), conversationId: eq(conversation.id) };
              await conversations.replaceOne(
                { tenantId: eq(tenantId), id: eq(conversation.id) },
                sealConversation(codec, conversation),
                { session },
              );
              erasure.messages += (await messages.deleteMany(key, { session })).deletedCount;
              erasure.followUpsCancelled += (
                await followUps.updateMany(
                  { ...key, status: 'pending' },
                  { $set: { status: 'cancelled' } },
                  { session },
                )
              ).modifiedCount;
              await followUps.updateMany(key, { $set: { payload: {} } }, { session });
              erasure.conversations += 1;
            }
            return erasure;
          },
          { writeConcern: MAJORITY },
        ),
      ),
    listConversationsForLead: (tenantId, leadId, limit = DEFAULT_CONVERSATION_LIMIT) =>
      guard('conversation list', async () => {
        const docs = await conversations
          .find({ tenantId: eq(tenantId), leadId: eq(leadId) })
          .sort({ updatedAt: -1, id: 1 })
          .limit(Math.max(1, limit))
          .lean<ConversationDoc[]>();
        return docs.map(toConversation);
      }),
    listConversations: (tenantId, query = {}) =>
      guard('conversation list', async () => {
        const limit = query.limit ?? DEFAULT_CONVERSATION_LIMIT;
        if (limit <= 0) return [];
        const statuses = query.statuses ?? [];
        if (query.byHandoff) {
          // The hand-off order: (handoffKey, id), strictly between the range's ends.
          const { after: from, before: to, last } = query.byHandoff;
          const beyond = (op: '$gt' | '$lt', at: { key: string; id: string }) => ({
            $or: [
              { handoffOrder: { [op]: String(at.key) } },
              { handoffOrder: eq(String(at.key)), id: { [op]: String(at.id) } },
            ],
          });
          const range = [...(from ? [beyond('$gt', from)] : []), ...(to ? [beyond('$lt', to)] : [])];
          const order = last ? -1 : 1;
          const ranked = await conversations
            .find({
              tenantId: eq(tenantId),
              ...(statuses.length ? { status: { $in: statuses } } : {}),
              ...(range.length ? { $and: range } : {}),
            })
            .sort({ handoffOrder: order, id: order })
            .limit(limit)
            .lean<ConversationDoc[]>();
          return ranked.map(toConversation);
        }
        const direction = query.oldestFirst ? 1 : -1;
        const after = query.oldestFirst ? '$gt' : '$lt';
        const docs = await conversations
          .find({
            tenantId: eq(tenantId),
            ...(statuses.length ? { status: { $in: statuses } } : {}),
            ...(query.updatedBefore !== undefined || query.updatedAfter !== undefined
              ? {
                  updatedAt: {
                    ...(query.updatedBefore !== undefined ? { $lte: String(query.updatedBefore) } : {}),
                    ...(query.updatedAfter !== undefined ? { $gt: String(query.updatedAfter) } : {}),
                  },
                }
              : {}),
            ...(query.pendingTurn
              ? { $expr: { $gt: [{ $ifNull: ['$lastLeadSeq', 0] }, { $ifNull: ['$answeredSeq', 0] }] } }
              : {}),
            // Keyset paging on (updatedAt, id), in the chosen order.
            ...(query.after !== undefined
              ? {
                  $or: [
                    { updatedAt: { [after]: String(query.after.updatedAt) } },
                    { updatedAt: eq(String(query.after.updatedAt)), id: { [after]: String(query.after.id) } },
                  ],
                }
              : {}),
          })
          .sort({ updatedAt: direction, id: direction })
          .limit(limit)
          .lean<ConversationDoc[]>();
        return docs.map(toConversation);
      }),
    updateConversation: (tenantId, id, patch, expectedVersion, options = {}) =>
      guard('conversation update', async () => {
        const cas = conversationCas(
          tenantId,
          id,
          storedPatch(tenantId, patch),
          expectedVersion,
          options.fence,
          stamp(),
        );
        // One transaction: the compare-and-set, the lead events its change records (src/analytics/derive.ts) and
        // the CRM events it raised (the outbox), all only when the compare-and-set wins.
        return connection.transaction<ConversationRecord | null>(
          async (session) => {
            const before = await conversations
              .findOne({ tenantId: eq(tenantId), id: eq(id) })
              .session(session)
              .lean<ConversationDoc>();
            const doc = await conversations
              .findOneAndUpdate(cas.filter, cas.update, {
                session,
                returnDocument: 'after',
                runValidators: true,
              })
              .lean<ConversationDoc>();
            if (!doc || !before) return null;
            const saved = toConversation(doc);
            await eventLog.record(conversationChangeEvents(toConversation(before), saved), session);
            if (options.events?.length) await outbox.write(options.events, session);
            return saved;
          },
          { writeConcern: MAJORITY },
        );
      }),
    commitTurn: (tenantId, id, write) => guard('turn write', () => commitTurn(tenantId, id, write)),

    appendMessage: (tenantId, message) => guard('message', () => appendQueued(tenantId, message)),
    appendToOpenConversation: (tenantId, leadId, message, startInput, options = {}) =>
      guard('message', async () => {
        if (startInput) assertStartOf(tenantId, leadId, startInput);
        const conversation = await findOpenConversation(tenantId, leadId);
        if (!conversation) return startInput ? start(startInput, message, options.startEvents) : null;
        const appended = await appendQueued(tenantId, { ...message, conversationId: conversation.id });
        return { ...appended, conversation };
      }),
    messagesAfter: (tenantId, conversationId, afterSeq, options = {}) =>
      guard('message list', async () => {
        const limit = options.limit ?? DEFAULT_MESSAGE_LIMIT;
        if (limit <= 0) return [];
        const docs = await messages
          .find({
            conversationId: eq(conversationId),
            seq: { $gt: afterSeq },
            tenantId: eq(tenantId),
            ...(options.visibility ? { visibility: { $in: options.visibility } } : {}),
          })
          .sort({ seq: 1 })
          .limit(limit)
          .lean<MessageDoc[]>();
        return docs.map(toMessage);
      }),
    lastMessages: (tenantId, conversationId, count) =>
      guard('message list', async () => {
        if (count <= 0) return [];
        const docs = await messages
          .find({ conversationId: eq(conversationId), tenantId: eq(tenantId) })
          .sort({ seq: -1 })
          .limit(count)
          .lean<MessageDoc[]>();
        return docs.reverse().map(toMessage);
      }),
    findMessageByClientId: (tenantId, conversationId, clientMsgId) =>
      guard('message lookup', async () => {
        const doc = await findByClientId(tenantId, conversationId, clientMsgId);
        return doc ? toMessage(doc) : null;
      }),

    scheduleFollowUps: (jobs) =>
      guard('follow-up', async () => {
        if (jobs.length === 0) return;
        // Upsert with $setOnInsert: scheduling a job id again is a no-op, like the SQLite adapter's INSERT OR IGNORE.
        await followUps.bulkWrite(
          jobs.map((job) => ({
            updateOne: {
              filter: { tenantId: eq(job.tenantId), id: eq(job.id) },
              update: { $setOnInsert: followUpDoc(job) },
              upsert: true,
            },
          })),
          { ordered: true },
        );
      }),
    cancelFollowUps: (tenantId, conversationId) =>
      guard('follow-up cancel', async () => {
        const result = await followUps.updateMany(
          { tenantId: eq(tenantId), conversationId: eq(conversationId), status: 'pending' },
          { $set: { status: 'cancelled' } },
        );
        return result.modifiedCount;
      }),
    claimDueFollowUps: (now, owner, leaseMs, limit) =>
      guard('follow-up claim', async () => {
        const leaseUntil = new Date(now.getTime() + leaseMs);
        const claimed = [];
        // One atomic findOneAndUpdate per job: the filter is re-checked on the document as it is leased, so two
        // owners can never lease the same job, whatever the interleaving.
        while (claimed.length < limit) {
          const doc = await followUps
            .findOneAndUpdate(
              {
                status: 'pending',
                dueAt: { $lte: now },
                $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }],
              },
              { $set: { leaseOwner: owner, leaseUntil }, $inc: { attempts: 1 } },
              { sort: { dueAt: 1, _id: 1 }, returnDocument: 'after' },
            )
            .lean<FollowUpDoc>();
          if (!doc) break;
          claimed.push(toFollowUp(doc));
        }
        return claimed;
      }),
    completeFollowUp: (tenantId, id, owner, status) =>
      guard('follow-up completion', async () => {
        const result = await followUps.updateOne(
          { tenantId: eq(tenantId), id: eq(id), leaseOwner: eq(owner), status: 'pending' },
          { $set: { status }, $unset: { leaseOwner: '', leaseUntil: '' } },
        );
        return result.matchedCount === 1;
      }),
    postponeFollowUp: (tenantId, id, owner, dueAt) =>
      guard('follow-up postponement', async () => {
        const result = await followUps.updateOne(
          { tenantId: eq(tenantId), id: eq(id), leaseOwner: eq(owner), status: 'pending' },
          { $set: { dueAt }, $unset: { leaseOwner: '', leaseUntil: '' } },
        );
        return result.matchedCount === 1;
      }),
    listFollowUps: (tenantId, conversationId) =>
      guard('follow-up list', async () => {
        const docs = await followUps
          .find({ tenantId: eq(tenantId), conversationId: eq(conversationId) })
          .sort({ dueAt: 1, _id: 1 })
          .lean<FollowUpDoc[]>();
        return docs.map(toFollowUp);
      }),

    ...createMongoVisitorRecords(models),

    ping: () =>
      guard('ping', async () => {
        if (closed) throw new HubError('UNAVAILABLE', 'The MongoDB store is closed');
        await connection.db!.admin().command({ ping: 1 });
      }),
    async close() {
      if (closed) return;
      closed = true;
      await connection.close();
    },
  };
  return store;
}
