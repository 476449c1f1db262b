/**
 * A bounded memo of a pure function of one text: a bot step folds and tokenises the same few texts many times over
 * (the message, its sentences, the agent's name), each reader on its own. The memo answers a text seen lately with
 * the value computed for it, which is what computing it afresh gives (the function is pure and its values are
 * never changed by whoever gets them: strings, or read-only arrays of read-only objects).
 *
 * Bounded: two generations of at most `limit` texts each. A text is looked up in the recent one, then in the older
 * one (and brought back to the recent one); when the recent one is full it becomes the older one, and the older one
 * is dropped. So at most 2 x `limit` texts are held, and a text used in every step stays.
 */
export function memoised<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  const keep = (text: string, value: T): T => {
    if (recent.size >= limit) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, value);
    return value;
  };
  return (text) => {
    const hit = recent.get(text);
    if (hit !== undefined || recent.has(text)) return hit as T;
    const old = older.get(text);
    if (old !== undefined || older.has(text)) return keep(text, old as T);
    return keep(text, compute(text));
  };
}
