import { type Model, Schema } from 'mongoose';
import type { ConversationDoc, MessageDoc } from './schemas.js';
import type { PersonalDataCodec } from '../personal-data.js';
import { historyLimit, searchWords } from '../search-text.js';
import { wordToken } from '../search-tokens.js';
import type { ConversationRecord, HistoryPage, HistoryQuery, Store } from '../types.js';

/** One user's read mark in one conversation: lead messages after `seq` are unread. */
export interface ReadMarkDoc {
  tenantId: string;
  conversationId: string;
  userId: string;
  seq: number;
}

export const readMarkSchema = new Schema<ReadMarkDoc>(
  {
    tenantId: { type: String, required: true },
    conversationId: { type: String, required: true },
    userId: { type: String, required: true },
    seq: { type: Number, required: true, min: 0 },
  },
  { collection: 'readmarks', versionKey: false, id: false, minimize: false, strict: 'throw' },
);
readMarkSchema.index({ tenantId: 1, conversationId: 1, userId: 1 }, { unique: true });

const eq = <T>(value: T) => ({ $eq: value });

/**
 * History, full-text search and read marks of the MongoDB store. Search uses the text index on
 * `messages.searchText` (the message's words without contact details or the lead's name; language "none": whole
 * words, case and accents ignored) and the keyed hashes of the lead name's words in `conversations.nameWords`;
 * every word must appear in the conversation.
 */
export function mongoWorkday(
  models: {
    conversations: Model<ConversationDoc>;
    messages: Model<MessageDoc>;
    readMarks: Model<ReadMarkDoc>;
  },
  sealed: { codec: PersonalDataCodec; toConversation: (doc: ConversationDoc) => ConversationRecord },
): Pick<Store, 'searchConversations' | 'markRead' | 'unreadCounts'> {
  const { conversations, messages, readMarks } = models;
  const { codec, toConversation } = sealed;

  async function idsWithWord(tenantId: string, word: string): Promise<Set<string>> {
    const search = { $search: `"${wordToken(codec, tenantId, word)}"` };
    const [fromMessages, fromNames] = await Promise.all([
      messages.distinct('conversationId', { tenantId: eq(tenantId), $text: search }),
      conversations.distinct('id', {
        tenantId: eq(tenantId),
        nameWords: eq(codec.lookup('name-word', tenantId, word) ?? ''),
      }),
    ]);
    return new Set([...fromMessages, ...fromNames].map(String));
  }

  return {
    async searchConversations(tenantId, query: HistoryQuery): Promise<HistoryPage> {
      const filter: Record<string, unknown> = { tenantId: eq(tenantId) };
      if (query.statuses?.length) filter.status = { $in: query.statuses };
      if (query.outcomes?.length) filter['meta.lifecycle.outcome'] = { $in: query.outcomes };
      if (query.temperatures?.length) filter.temperature = { $in: query.temperatures };
      if (query.ownerId !== undefined) filter['owner.id'] = eq(query.ownerId);
      if (query.from !== undefined || query.to !== undefined) {
        filter.updatedAt = {
          ...(query.from !== undefined ? { $gte: String(query.from) } : {}),
          ...(query.to !== undefined ? { $lte: String(query.to) } : {}),
        };
      }
      const words = searchWords(query.text);
      if (words.length) {
        let ids: Set<string> | undefined;
        for (const word of words) {
          const found = await idsWithWord(tenantId, word);
          ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
          if (ids.size === 0) break;
        }
        filter.id = { $in: [...(ids ?? [])] };
      }
      const [total, docs] = await Promise.all([
        conversations.countDocuments(filter),
        conversations
          .find(filter)
          .sort({ updatedAt: -1, id: 1 })
          .skip(Math.max(0, Math.floor(query.offset ?? 0)))
          .limit(historyLimit(query.limit))
          .lean<ConversationDoc[]>(),
      ]);
      return { conversations: docs.map(toConversation), total };
    },
    async markRead(tenantId, conversationId, userId, seq) {
      const exists = await conversations.exists({ tenantId: eq(tenantId), id: eq(conversationId) });
      if (!exists) return;
      await readMarks.updateOne(
        { tenantId: eq(tenantId), conversationId: eq(conversationId), userId: eq(userId) },
        { $max: { seq } },
        { upsert: true },
      );
    },
    async unreadCounts(tenantId, userId, conversationIds) {
      if (conversationIds.length === 0) return {};
      const known = await conversations.distinct('id', {
        tenantId: eq(tenantId),
        id: { $in: conversationIds.map(String) },
      });
      const marks = await readMarks
        .find({ tenantId: eq(tenantId), userId: eq(userId), conversationId: { $in: known } })
        .lean<ReadMarkDoc[]>();
      const markOf = new Map(marks.map((mark) => [mark.conversationId, mark.seq]));
      const counts: Record<string, number> = {};
      await Promise.all(
        known.map(async (id) => {
          counts[String(id)] = await messages.countDocuments({
            tenantId: eq(tenantId),
            conversationId: eq(String(id)),
            seq: { $gt: markOf.get(String(id)) ?? 0 },
            'author.type': 'lead',
          });
        }),
      );
      return counts;
    },
  };
}
