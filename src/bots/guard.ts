import { contentViolations, styleViolations, type Violation } from './guard-rules.js';
import { memoised } from './read/memo.js';
import type { Lang } from './text.js';

export { GuardRule, type Violation } from './guard-rules.js';

/** Bot replies are at most this long (DOMAIN.md section 7). */
export const MAX_REPLY_CHARS = 320;

export interface GuardOptions {
  lang: Lang;
  /** Apply the bot style rules (one question, length, no emojis, no markdown). Default true; coaching passes false. */
  style?: boolean;
  maxChars?: number;
}

export interface GuardResult {
  ok: boolean;
  violations: Violation[];
}

/**
 * The content rules' verdicts on the texts checked lately (read/memo.ts): the bot says the same few lines to every
 * lead (its questions, its fixed answers), each checked before it goes out. Each caller gets its own copies.
 */
const contentLately = memoised(128, (text: string): readonly Violation[] => contentViolations(text));

/** The outbound guard: Fair Housing, commission quotes, referral kickbacks and (for bot replies) style. */
export function checkOutbound(text: string, options: GuardOptions): GuardResult {
  const violations = contentLately(text).map((violation) => ({ ...violation }));
  if (options.style ?? true) violations.push(...styleViolations(text, options.maxChars ?? MAX_REPLY_CHARS));
  return { ok: violations.length === 0, violations };
}

export type StreamGuardResult = { release: string } | { blocked: Violation[] };

export interface StreamGuard {
  /** Adds a model delta; returns the text that may now reach the lead (possibly empty) or the violations. */
  push(delta: string): StreamGuardResult;
  /** End of stream: checks the whole text and releases the rest, or blocks. */
  finish(): StreamGuardResult;
  /** Everything released so far. */
  released(): string;
}

/** Words that keep a clause held until its sentence ends (a rule may need the rest of the sentence). */
const SENSITIVE =
  /commission|comisi|fee|rate|percent|%|\d|referr|referid|gift|regalo|area|neighbo|barrio|zona|vecin|famil|people|gente|those|safe|segur|crime|crimen|school|escuela|church|iglesia|kind of|like you/i;

/** The end index (exclusive) of the last clause or sentence boundary in `text` at or after `from`, or -1. */
function lastBoundary(text: string, from: number): number {
  let end = -1;
  const pattern = /[.!?;:](?=\s|$)|\n|,(?=\s)/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const stop = match.index + match[0].length;
    if (stop >= text.length && match[0] !== '\n') continue;
    if (match[0] === ',' && SENSITIVE.test(text.slice(from, stop))) continue;
    end = stop;
  }
  return end;
}

/**
 * Releases streamed text only at the boundaries `boundary` finds (the end index of the last one at or after `from`,
 * or -1), after the whole text up to there has passed `check` (its violations; none when it may go out), so no token
 * of a failing clause ever goes out. Once blocked it stays blocked. Bot replies and listing narratives stream
 * through it, each with its own check and boundaries.
 */
export function createReleaseGate(
  check: (text: string) => Violation[],
  boundary: (text: string, from: number) => number,
): StreamGuard {
  let buffer = '';
  let releasedUpTo = 0;
  let blocked: Violation[] | null = null;

  const releaseTo = (end: number): StreamGuardResult => {
    const violations = check(buffer.slice(0, end));
    if (violations.length > 0) {
      blocked = violations;
      return { blocked };
    }
    const release = buffer.slice(releasedUpTo, end);
    releasedUpTo = end;
    return { release };
  };

  return {
    push(delta) {
      if (blocked) return { blocked };
      buffer += delta;
      const end = boundary(buffer, releasedUpTo);
      if (end <= releasedUpTo) return { release: '' };
      return releaseTo(end);
    },
    finish() {
      if (blocked) return { blocked };
      return releaseTo(buffer.length);
    },
    released: () => buffer.slice(0, releasedUpTo),
  };
}

/**
 * Guards streamed model text: text is released only at clause or sentence boundaries, after the whole text so far
 * has passed the outbound guard.
 */
export function createStreamGuard(options: GuardOptions): StreamGuard {
  return createReleaseGate((text) => {
    const verdict = checkOutbound(text, options);
    return verdict.ok ? [] : verdict.violations;
  }, lastBoundary);
}

/** The line that replaces a blocked bot reply: re-asks the current question (or promises a follow-up). */
export function safeLine(options: { lang: Lang; question?: string; agentName: string }): string {
  const { lang, question, agentName } = options;
  if (question)
    return lang === 'es' ? `Sigamos con lo tuyo. ${question}` : `Let's keep things moving. ${question}`;
  return lang === 'es'
    ? `Alguien del equipo de ${agentName} te dará seguimiento sobre eso.`
    : `Someone from ${agentName}'s team will follow up with you on that.`;
}
