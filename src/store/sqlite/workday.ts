import type Database from 'better-sqlite3';
import { historyLimit, searchWords } from '../search-text.js';
import { prefixToken, wordToken } from '../search-tokens.js';
import type { PersonalDataCodec } from '../personal-data.js';
import type { ConversationRecord, HistoryPage, HistoryQuery, Store } from '../types.js';

/**
 * History, full-text search and read marks of the SQLite store. Message words go into an FTS5 table, written by the
 * store in the same transaction as the message (so a message is findable as soon as its ack is sent), without
 * contact details or the lead's name (sealed-records.ts indexText), each word as keyed hashes (search-tokens.ts:
 * whole words, and prefixes of 3 to 10 letters for the word being typed); the lead's name is searched by whole words
 * through keyed hashes (conversation_name_words, written by sqlite/connection.ts), never stored in the clear.
 */
export const WORKDAY_SCHEMA = `
CREATE TABLE IF NOT EXISTS read_marks (
  tenant_id TEXT NOT NULL, conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, conversation_id, user_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
  tenant_id UNINDEXED, conversation_id UNINDEXED, kind UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
DROP TRIGGER IF EXISTS search_messages;
DROP TRIGGER IF EXISTS search_lead_name_insert;
DROP TRIGGER IF EXISTS search_lead_name_update;
`;

/** The columns of a conversation row the SQLite store parses. */
interface ConversationRowLike {
  tenant_id: string;
  id: string;
  version: number;
  last_seq: number;
  last_lead_seq: number;
  answered_seq: number;
  updated_at: string;
  data: string;
}

/** Creates the tables and triggers (idempotent) and returns the store methods that use them. */
export function sqliteWorkday(
  db: Database.Database,
  parse: (row: ConversationRowLike) => ConversationRecord,
  codec: PersonalDataCodec,
): Pick<Store, 'searchConversations' | 'markRead' | 'unreadCounts'> {
  db.transaction(() => {
    db.exec(WORKDAY_SCHEMA);
  }).immediate();

  const markRead = db.prepare(
    `INSERT INTO read_marks (tenant_id, conversation_id, user_id, seq)
     SELECT tenant_id, id, ?, ? FROM conversations WHERE tenant_id = ? AND id = ?
     ON CONFLICT (tenant_id, conversation_id, user_id) DO UPDATE SET seq = MAX(seq, excluded.seq)`,
  );
  const unread = db.prepare<[string, string, string], { id: string; unread: number }>(
    `SELECT c.id AS id, (
       SELECT COUNT(*) FROM messages m
       WHERE m.tenant_id = c.tenant_id AND m.conversation_id = c.id
         AND m.seq > COALESCE((SELECT seq FROM read_marks r
                               WHERE r.tenant_id = c.tenant_id AND r.conversation_id = c.id AND r.user_id = ?), 0)
         AND json_extract(m.data, '$.author.type') = 'lead'
     ) AS unread
     FROM conversations c WHERE c.tenant_id = ? AND c.id IN (SELECT value FROM json_each(?))`,
  );

  return {
    async searchConversations(tenantId, query: HistoryQuery): Promise<HistoryPage> {
      const where: string[] = ['tenant_id = ?'];
      const params: unknown[] = [tenantId];
      const inList = (column: string, values: readonly string[] | undefined) => {
        if (!values?.length) return;
        where.push(`${column} IN (SELECT value FROM json_each(?))`);
        params.push(JSON.stringify(values));
      };
      inList('status', query.statuses);
      if (query.outcomes?.length) {
        where.push(
          'id IN (SELECT id FROM conversations WHERE tenant_id = ? AND outcome IN (SELECT value FROM json_each(?)))',
        );
        params.push(tenantId, JSON.stringify(query.outcomes));
      }
      inList("json_extract(data, '$.temperature')", query.temperatures);
      if (query.ownerId !== undefined) {
        where.push("json_extract(data, '$.owner.id') = ?");
        params.push(query.ownerId);
      }
      if (query.from !== undefined) {
        where.push('updated_at >= ?');
        params.push(query.from);
      }
      if (query.to !== undefined) {
        where.push('updated_at <= ?');
        params.push(query.to);
      }
      const words = searchWords(query.text);
      if (words.length) {
        // Every word must appear in the conversation: in some message or as a word of the lead's name (whole
        // word, through its keyed hash). Only the last word, the one being typed, may be a prefix, from three
        // letters: every prefix expands to each word of the index it starts, and eight common ones ("com con pro
        // pre ...") held the store worker for 1.6 s a search; a prefix of one or two letters is never one.
        words.forEach((word, index) => {
          where.push(
            `(id IN (SELECT conversation_id FROM search_fts WHERE search_fts MATCH ? AND tenant_id = ?)
              OR id IN (SELECT conversation_id FROM conversation_name_words WHERE tenant_id = ? AND hash = ?))`,
          );
          // The index holds keyed hashes (search-tokens.ts): a whole word's token, or for the word being typed,
          // its token or its prefix's.
          const whole = `"${wordToken(codec, tenantId, word)}"`;
          const prefix = index === words.length - 1 ? prefixToken(codec, tenantId, word) : null;
          const match = prefix ? `${whole} OR "${prefix}"` : whole;
          params.push(match, tenantId, tenantId, codec.lookup('name-word', tenantId, word) ?? '');
        });
      }
      const filter = where.join(' AND ');
      const offset = Math.max(0, Math.floor(query.offset ?? 0));
      // The page and the total in one pass over the matches (the word lookups run once, not once per count).
      const rows = db
        .prepare<unknown[], ConversationRowLike & { total: number }>(
          `SELECT tenant_id, id, version, last_seq, last_lead_seq, answered_seq, updated_at, data,
             COUNT(*) OVER () AS total
           FROM conversation_rows WHERE ${filter}
           ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
        )
        .all(...params, historyLimit(query.limit), offset);
      const countAll = () =>
        db
          .prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM conversation_rows WHERE ${filter}`)
          .get(...params)?.n ?? 0;
      // No row: no match at all, or a page past the end (only then is the total counted apart).
      const total = rows[0]?.total ?? (offset === 0 ? 0 : countAll());
      return { conversations: rows.map(parse), total };
    },
    async markRead(tenantId, conversationId, userId, seq) {
      markRead.run(userId, seq, tenantId, conversationId);
    },
    async unreadCounts(tenantId, userId, conversationIds) {
      if (conversationIds.length === 0) return {};
      const counts: Record<string, number> = {};
      for (const row of unread.all(userId, tenantId, JSON.stringify(conversationIds)))
        counts[row.id] = row.unread;
      return counts;
    },
  };
}
