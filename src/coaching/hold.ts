/**
 * Holds back the lines of one tag while a model answer streams (the coach's COMPLIANCE line): the hub writes that
 * line itself once the answer is complete, merged with its own flags, so no client ever sees "COMPLIANCE: none"
 * streamed while the hub has a flag. Every other line passes through as it arrives; a line is delayed only while
 * its first characters could still be the held tag.
 */
export interface LineHold {
  /** The part of `delta` that may be shown now. */
  push(delta: string): string;
  /** The stream ended: what is left to show (an undecided line) and the held lines (each ending with a newline). */
  end(): { shown: string; held: string };
}

export function createLineHold(tag: string): LineHold {
  const start = new RegExp(`^[\\s>#*_-]*${tag}\\s*[*_]*\\s*:`, 'i');
  const upper = tag.toUpperCase();
  /** The line so far (only while undecided or held). */
  let line = '';
  let mode: 'undecided' | 'pass' | 'hold' = 'undecided';
  let held = '';

  const couldBeTag = (text: string) => {
    const bare = text.replace(/^[\s>#*_-]*/, '').toUpperCase();
    return bare.length < upper.length ? upper.startsWith(bare) : bare.startsWith(upper);
  };

  function feed(part: string): string {
    if (mode === 'pass') return part;
    line += part;
    if (mode === 'hold') return '';
    if (start.test(line)) {
      mode = 'hold';
      return '';
    }
    if (couldBeTag(line)) return '';
    mode = 'pass';
    const out = line;
    line = '';
    return out;
  }

  return {
    push(delta) {
      let out = '';
      const parts = delta.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) {
          if (mode === 'hold') held += `${line}\n`;
          else out += `${line}\n`;
          line = '';
          mode = 'undecided';
        }
        out += feed(part);
      });
      return out;
    },
    end() {
      let shown = '';
      if (mode === 'hold' && line !== '') held += `${line}\n`;
      else shown = line;
      line = '';
      mode = 'undecided';
      return { shown, held };
    },
  };
}
