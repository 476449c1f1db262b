import { COACHING_TAGS, type CoachingTag } from './format.js';
import { lineKind } from './parser.js';

/**
 * Which sections a coaching card shows (a `coaching.sections` experiment's arm, docs/ANALYTICS.md). The model still
 * writes every section (the same prompt and cost as the control); what reaches the agent is filtered here, line by
 * line as it streams, so a hidden section is never sent, stored or shown. COMPLIANCE is always shown: an arm that
 * leaves it out gets it anyway (the experiment's schema refuses such an arm too).
 */

/** The sections an arm shows, in the card's order, COMPLIANCE always among them; undefined: every section. */
export function shownSections(sections: readonly CoachingTag[] | undefined): CoachingTag[] | undefined {
  if (!sections) return undefined;
  return COACHING_TAGS.filter((tag) => tag === 'COMPLIANCE' || sections.includes(tag));
}

export interface SectionFilter {
  /** The part of `delta` that may be shown now (in order; a line waits only while its tag is undecided). */
  push(delta: string): string;
  /** The stream ended: the rest of an undecided last line, when its section is shown. */
  end(): string;
}

/**
 * A streaming filter over line-tagged text: a line of a shown tag passes, a line of another tag is dropped, and a
 * line without a known tag belongs to the section before it (the parser's continuation rule, parser.ts
 * `lineKind`: the same classification); lines before any tag belong to no section and are dropped. Each line's
 * text passes as soon as its tag is known, so a shown section still streams token by token; a tag split across
 * deltas waits for its colon.
 */
export function createSectionFilter(tags: readonly string[], shown: readonly string[]): SectionFilter {
  const known = new Set(tags.map((tag) => tag.toUpperCase()));
  const visible = new Set(shown.map((tag) => tag.toUpperCase()));
  /** Whether the current section (the last tagged line's) is shown; before any tag nothing is. */
  let current = false;
  /** The current line: undecided (its text kept, `\r` removed, and as received), shown or hidden. */
  let mode: 'pending' | 'show' | 'hide' = 'pending';
  let line = '';
  let held = '';

  /** Decides the pending line when it can; returns what of it may go out now. */
  function decide(final: boolean): string {
    const found = lineKind(line, known, final);
    if (found.kind === 'undecided' || (found.kind === 'blank' && !final)) return '';
    if (found.kind === 'tagged') current = visible.has(found.tag);
    mode = current ? 'show' : 'hide';
    const out = current ? held : '';
    held = '';
    return out;
  }

  return {
    push(delta) {
      let out = '';
      delta.split('\n').forEach((part, index) => {
        if (index > 0) {
          if (mode === 'pending') out += decide(true);
          if (mode === 'show') out += '\n';
          mode = 'pending';
          line = '';
          held = '';
        }
        if (part === '') return;
        if (mode === 'show') out += part;
        else if (mode === 'pending') {
          line += part.replace(/\r/g, '');
          held += part;
          out += decide(false);
        }
      });
      return out;
    },
    end() {
      const out = mode === 'pending' && held !== '' ? decide(true) : '';
      mode = 'pending';
      line = '';
      held = '';
      return out;
    },
  };
}

/** The shown part of a whole text (rule lines, the lines completing a model answer). */
export function filterSections(tags: readonly string[], shown: readonly string[], text: string): string {
  const filter = createSectionFilter(tags, shown);
  return filter.push(text) + filter.end();
}
