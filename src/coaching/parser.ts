/**
 * An incremental parser for line-tagged model output ("FOCUS: ...", "SAY: ..."). It is fed text deltas as they
 * stream and reports each section as soon as its tag is known, then again as its text grows, so a client can
 * render section by section. Pure and dependency-free: the browser apps can use it on `coach:token` text.
 *
 * Rules:
 * - A line is tagged when it starts with a known tag and a colon, case-insensitive, optionally decorated with
 *   markdown (`- `, `**FOCUS:**`, `# `). The tag may be split across any number of deltas.
 * - An untagged non-empty line continues the previous section (joined with a space); before any tag it is ignored.
 * - Section text is trimmed; trailing markdown emphasis (`**`) is dropped.
 * - A section is `done` when the next tagged line starts or the stream ends.
 */
export interface SectionUpdate {
  tag: string;
  /** Index of the section in `entries` (a tag may appear more than once). */
  index: number;
  /** The section text so far (trimmed). */
  text: string;
  done: boolean;
}

export interface ParsedEntry {
  tag: string;
  text: string;
}

export interface LineParser {
  /** Feeds a delta; returns the sections it started, grew or finished. */
  push(delta: string): SectionUpdate[];
  /** Ends the stream: finishes the open line and section. */
  end(): SectionUpdate[];
  /** Every tagged section so far, in order. */
  entries(): ParsedEntry[];
}

const TAG_LINE = /^[\s>#*_-]*([A-Za-z][A-Za-z_ ]{0,30}?)\s*[*_]*\s*:/;
/** What the start of a line may look like while its tag is still streaming. */
const TAG_PREFIX = /^[\s>#*_-]*[A-Za-z_ ]*[*_]*\s*$/;
const MAX_TAG_PREFIX = 40;

/** What a line (so far) is, by the rules above: shared with the section filter (sections.ts), so both agree. */
export type LineKind =
  | { kind: 'tagged'; tag: string; bodyStart: number }
  /** Its first characters could still become a tag: wait for more (never when `final`). */
  | { kind: 'undecided' }
  /** Only whitespace so far. */
  | { kind: 'blank' }
  /** Not a known tag: it continues the previous section. */
  | { kind: 'untagged' };

/** Classifies a line (its text since the last newline, `\r` removed); `final`: no more text will come. */
export function lineKind(line: string, known: ReadonlySet<string>, final: boolean): LineKind {
  const match = TAG_LINE.exec(line);
  const tag = match?.[1]?.trim().replace(/ +/g, '_').toUpperCase();
  if (match && tag && known.has(tag)) return { kind: 'tagged', tag, bodyStart: match[0].length };
  if (!final && !match && TAG_PREFIX.test(line) && line.length < MAX_TAG_PREFIX) return { kind: 'undecided' };
  if (line.trim() === '') return { kind: 'blank' };
  return { kind: 'untagged' };
}

function clean(text: string): string {
  return text
    .replace(/^[\s*_]+/, '')
    .replace(/[\s*_]*\*\*[\s*_]*$/, '')
    .trim();
}

export function createLineParser(tags: readonly string[]): LineParser {
  const known = new Set(tags.map((tag) => tag.toUpperCase()));
  const entries: { tag: string; raw: string; done: boolean; reported?: string }[] = [];
  /** The current line's text since the last newline. */
  let line = '';
  /** What the current line is: not yet known, a tagged section (its entry), or a continuation. */
  let mode:
    { kind: 'pending' } | { kind: 'tagged'; entry: number; bodyStart: number } | { kind: 'continuation' } = {
    kind: 'pending',
  };
  /** For a continuation: the entry's raw text before this line. */
  let continuationBase = '';

  const last = () => entries[entries.length - 1];

  /** Reports a section when its visible state (text, done) changed since it was last reported. */
  const report = (updates: SectionUpdate[], index: number): void => {
    const entry = entries[index]!;
    const text = clean(entry.raw);
    const state = `${entry.done ? 1 : 0}${text}`;
    if (entry.reported === state) return;
    entry.reported = state;
    updates.push({ tag: entry.tag, index, text, done: entry.done });
  };

  function classify(updates: SectionUpdate[], final: boolean): void {
    const found = lineKind(line, known, final);
    if (found.kind === 'tagged') {
      const previous = last();
      if (previous && !previous.done) {
        previous.done = true;
        report(updates, entries.length - 1);
      }
      entries.push({ tag: found.tag, raw: '', done: false });
      mode = { kind: 'tagged', entry: entries.length - 1, bodyStart: found.bodyStart };
      report(updates, entries.length - 1);
      return;
    }
    if (found.kind === 'undecided' || found.kind === 'blank') return; // still undecided
    mode = { kind: 'continuation' };
    continuationBase = last()?.raw ?? '';
  }

  function grow(updates: SectionUpdate[]): void {
    if (mode.kind === 'tagged') {
      const entry = entries[mode.entry]!;
      const raw = line.slice(mode.bodyStart);
      if (raw === entry.raw) return;
      entry.raw = raw;
      report(updates, mode.entry);
      return;
    }
    if (mode.kind === 'continuation') {
      const entry = last();
      if (!entry) return;
      const addition = clean(line);
      const raw = addition ? `${clean(continuationBase)} ${addition}` : continuationBase;
      if (raw === entry.raw) return;
      entry.raw = raw;
      report(updates, entries.length - 1);
    }
  }

  function endLine(updates: SectionUpdate[], final: boolean): void {
    if (mode.kind === 'pending') classify(updates, true);
    grow(updates);
    line = '';
    mode = { kind: 'pending' };
    if (final) {
      const entry = last();
      if (entry && !entry.done) {
        entry.done = true;
        report(updates, entries.length - 1);
      }
    }
  }

  return {
    push(delta) {
      const updates: SectionUpdate[] = [];
      const parts = delta.replace(/\r/g, '').split('\n');
      parts.forEach((part, index) => {
        if (index > 0) endLine(updates, false);
        if (part === '') return;
        line += part;
        if (mode.kind === 'pending') classify(updates, false);
        if (mode.kind !== 'pending') grow(updates);
      });
      return dedupe(updates);
    },
    end() {
      const updates: SectionUpdate[] = [];
      endLine(updates, true);
      return dedupe(updates);
    },
    entries: () => entries.map((entry) => ({ tag: entry.tag, text: clean(entry.raw) })),
  };
}

/** Keeps the last update per section within one call. */
function dedupe(updates: SectionUpdate[]): SectionUpdate[] {
  const byIndex = new Map<number, SectionUpdate>();
  for (const item of updates) {
    byIndex.delete(item.index);
    byIndex.set(item.index, item);
  }
  return [...byIndex.values()];
}

/** Parses a complete text in one go. */
export function parseLines(tags: readonly string[], text: string): ParsedEntry[] {
  const parser = createLineParser(tags);
  parser.push(text);
  parser.end();
  return parser.entries();
}
