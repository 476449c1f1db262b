import { fold } from '../text.js';
import { locateTokens, type Located } from './phrase-offsets.js';
import { tokenise, type Token } from './phrases.js';

/**
 * One text as every reader of a step sees it, each view computed once and only when first asked for: the raw
 * text, its folded form (text.ts `fold`), its tokens (phrases.ts `tokenise`), where each token sits in the folded
 * text (phrase-offsets.ts), and the set of its words (what a phrase book checks first). A step builds one for the
 * message it reads and hands it down; a reader never folds or tokenises that text again. A value, not a cache: it
 * is made for one text by whoever reads it, and nothing outlives the step.
 */
export interface ReadText {
  readonly raw: string;
  /** `fold(raw)`. */
  readonly folded: string;
  /** `tokenise(folded)`: folded words, apostrophes dropped, each with its clause. */
  readonly tokens: readonly Token[];
  /** The tokens with their offsets in `folded` (`locate(folded)`). */
  readonly located: Located;
  /** The distinct words of `tokens`. */
  readonly words: ReadonlySet<string>;
  /**
   * What a pure reader makes of this text, made once per `key` (the reader and every option it reads): a step that
   * reads one message as a buyer's, a seller's and a neutral lead's parses its dates once. The value is shared, so
   * it is never changed by whoever gets it.
   */
  derive<T>(key: string, make: () => T): T;
}

/** The read views of `raw`, each computed on first use. */
export function readText(raw: string): ReadText {
  return views(raw, undefined);
}

/** A text already folded (a reader's own cut of a message): its views, `folded` being the text itself. */
export function readFolded(folded: string): ReadText {
  return views(folded, folded);
}

function views(raw: string, given: string | undefined): ReadText {
  return new Views(raw, given);
}

/**
 * The views of one text as a class: its getters and `derive` are shared by every instance, so a text read costs
 * one object (an object literal made a getter function per view for every text).
 */
class Views implements ReadText {
  #folded: string | undefined;
  #tokens: readonly Token[] | undefined;
  #located: Located | undefined;
  #words: Set<string> | undefined;
  #derived: Map<string, unknown> | undefined;

  constructor(
    readonly raw: string,
    folded: string | undefined,
  ) {
    this.#folded = folded;
  }

  get folded(): string {
    return (this.#folded ??= fold(this.raw));
  }

  get tokens(): readonly Token[] {
    return (this.#tokens ??= tokenise(this.folded));
  }

  get located(): Located {
    return (this.#located ??= locateTokens(this.folded, this.tokens));
  }

  get words(): ReadonlySet<string> {
    if (!this.#words) {
      this.#words = new Set();
      for (const token of this.tokens) this.#words.add(token.word);
    }
    return this.#words;
  }

  derive<T>(key: string, make: () => T): T {
    this.#derived ??= new Map();
    if (!this.#derived.has(key)) this.#derived.set(key, make());
    return this.#derived.get(key) as T;
  }
}

/** A reader's input: a step's read text, or a plain string (a test, the coach) read on the spot. */
export type Readable = string | ReadText;

export const asRead = (text: Readable): ReadText => (typeof text === 'string' ? readText(text) : text);

/** `read` itself when `folded` is its folded text unchanged, else the views of `folded` (a reader's own cut). */
export const refold = (read: ReadText, folded: string): ReadText =>
  folded === read.folded ? read : readFolded(folded);

/**
 * The read texts of one step: one ReadText per distinct text (the message, its sentences, what is left once side
 * topics are taken out), made when a reader first asks. Made by the step and handed down with the turn; it lives
 * as long as the step.
 */
export type TextReader = (raw: string) => ReadText;

export function textReader(): TextReader {
  const made = new Map<string, ReadText>();
  return (raw) => {
    let read = made.get(raw);
    if (!read) {
      read = readText(raw);
      made.set(raw, read);
    }
    return read;
  };
}
