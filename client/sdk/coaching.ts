import { COACHING_TAGS, QUALIFICATION_TAGS } from '../../src/coaching/format.js';
import { createLineParser, type LineParser, type SectionUpdate } from '../../src/coaching/parser.js';

/** The sections of a coaching stream, in display order (lower-case keys of the line tags). */
export const COACH_SECTIONS = ['next', 'focus', 'objection', 'say', 'ask', 'urgency', 'compliance'] as const;
export type CoachSectionKey = (typeof COACH_SECTIONS)[number];
/** The sections of a qualification analysis, in display order. */
export const QUALIFICATION_SECTIONS = [
  'completeness',
  'missing',
  'next',
  'readiness',
  'urgency',
  'summary',
] as const;

export type CoachingStreamKind = 'coaching' | 'qualification';

export interface CoachingView {
  /** Section text by lower-case key, in order of appearance; a repeated tag (COMPLIANCE, NEXT) adds a line. */
  sections: Record<string, string>;
  /** The section still being written, if any. */
  current?: string;
}

export interface CoachingParser {
  /** Feeds the next streamed delta; returns every section so far (the one being written included). */
  push(delta: string): CoachingView;
  /** The stream ended: closes the last section. */
  end(): CoachingView;
  /** Starts over with the given text (a snapshot after a reconnect). */
  reset(text?: string): CoachingView;
  readonly view: CoachingView;
}

/**
 * An incremental parser for the hub's line-tagged coaching format (`NEXT:`, `FOCUS:`, `OBJECTION:`, `SAY:`, `ASK:`,
 * `URGENCY:`, `COMPLIANCE:`; a qualification analysis uses `COMPLETENESS:`, `MISSING:`, `NEXT:`, `READINESS:`,
 * `URGENCY:`, `SUMMARY:`). It wraps the hub's own parser (src/coaching/parser.ts), so the console shows sections
 * exactly as the hub stores them.
 */
export function createCoachingParser(kind: CoachingStreamKind = 'coaching'): CoachingParser {
  const tags = kind === 'qualification' ? QUALIFICATION_TAGS : COACHING_TAGS;
  let parser: LineParser = createLineParser(tags);
  /** Sections (by index) that are finished: the last unfinished one is being written. */
  let done = new Set<number>();
  let view: CoachingView = { sections: {} };

  const render = (updates: SectionUpdate[]): CoachingView => {
    for (const update of updates) if (update.done) done.add(update.index);
    const entries = parser.entries();
    const sections: Record<string, string> = {};
    for (const entry of entries) {
      const key = entry.tag.toLowerCase();
      const previous = sections[key];
      sections[key] = previous && entry.text ? `${previous}\n${entry.text}` : entry.text || (previous ?? '');
    }
    const last = entries.length - 1;
    view = {
      sections,
      ...(last >= 0 && !done.has(last) ? { current: entries[last]!.tag.toLowerCase() } : {}),
    };
    return view;
  };

  const self: CoachingParser = {
    push: (delta) => render(parser.push(delta)),
    end: () => render(parser.end()),
    reset(text = '') {
      parser = createLineParser(tags);
      done = new Set();
      view = { sections: {} };
      return text ? self.push(text) : view;
    },
    get view() {
      return view;
    },
  };
  return self;
}

/** Parses a whole coaching (or qualification) text at once. */
export function parseCoaching(text: string, kind: CoachingStreamKind = 'coaching'): CoachingView {
  const parser = createCoachingParser(kind);
  parser.push(text);
  return parser.end();
}
