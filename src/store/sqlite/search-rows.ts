/**
 * The search-index rows of message appends. FTS5 writes what it buffered at every SAVEPOINT, so a batch that
 * inserted its rows call by call (each in its own savepoint, sqlite/batch.ts) paid one index flush per message.
 * While a batch defers them, appends only collect their rows; the batch writes them with `flush` before any
 * other call and before COMMIT (one flush), and `dropAfter` forgets those of a call that rolled back. Outside a
 * batch every row is written at once.
 */
export interface SearchRows {
  add(tenantId: string, conversationId: string, body: string): void;
  defer(): void;
  /** The number of rows collected so far (a call's starting mark). */
  mark(): number;
  dropAfter(mark: number): void;
  /** Writes the collected rows and stops deferring. */
  flush(): void;
}

export function createSearchRows(
  insert: (tenantId: string, conversationId: string, body: string) => void,
): SearchRows {
  let deferring = false;
  let rows: [string, string, string][] = [];
  return {
    add(tenantId, conversationId, body) {
      if (deferring) rows.push([tenantId, conversationId, body]);
      else insert(tenantId, conversationId, body);
    },
    defer() {
      deferring = true;
    },
    mark: () => rows.length,
    dropAfter(mark) {
      rows.length = Math.min(rows.length, mark);
    },
    flush() {
      const pending = rows;
      rows = [];
      deferring = false;
      for (const [tenantId, conversationId, body] of pending) insert(tenantId, conversationId, body);
    },
  };
}
