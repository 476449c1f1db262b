import { parseLines, type ParsedEntry } from './parser.js';
import {
  NextAction,
  ObjectionType,
  Readiness,
  Severity,
  Urgency,
  type CoachingResult,
  type CoachingSource,
  type ObjectionResult,
  type QualificationResult,
} from './types.js';

/**
 * The line-tagged output formats shared by the model and the rule-based coach, so clients render both sources the
 * same way. One section per line, in this order:
 *
 *   NEXT: <action> | <what to do now, one line>    (action: one of NextAction, e.g. book_showing)
 *   FOCUS: <what to focus on now, one line>
 *   OBJECTION: none | <one of ObjectionType> (<low|medium|high>)
 *   SAY: <a response the agent can use verbatim>
 *   ASK: <the next question; targets the first missing slot when one is missing>
 *   URGENCY: <low|medium|high|critical>
 *   COMPLIANCE: none | <flag>; <flag>
 *
 * Qualification analysis:
 *
 *   COMPLETENESS: <0-100>%
 *   MISSING: none | <slot>, <slot>
 *   NEXT: <question> | <question>
 *   READINESS: <not_ready|warming|ready>
 *   URGENCY: <low|medium|high|critical>
 *   SUMMARY: <two or three sentences>
 *
 * A repeated COMPLIANCE (or NEXT) line adds to the list; for the other tags the last line wins.
 */
export const COACHING_TAGS = ['NEXT', 'FOCUS', 'OBJECTION', 'SAY', 'ASK', 'URGENCY', 'COMPLIANCE'] as const;
export const QUALIFICATION_TAGS = [
  'COMPLETENESS',
  'MISSING',
  'NEXT',
  'READINESS',
  'URGENCY',
  'SUMMARY',
] as const;

export type CoachingTag = (typeof COACHING_TAGS)[number];
export type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
const isNone = (text: string) => /^(none|no|n\/a|nothing|-)?\.?$/i.test(text.trim());

function lastOf(entries: ParsedEntry[], tag: string): string | undefined {
  return entries.filter((entry) => entry.tag === tag).at(-1)?.text;
}
function allOf(entries: ParsedEntry[], tag: string): string[] {
  return entries.filter((entry) => entry.tag === tag).map((entry) => entry.text);
}
function pick<T extends string>(values: readonly T[], text: string | undefined): T | undefined {
  const lower = text?.toLowerCase() ?? '';
  return values.find((value) => new RegExp(`\\b${value}\\b`).test(lower));
}

const objectionSynonyms: [RegExp, ObjectionType][] = [
  [/zestimate|zillow|online estimate/, 'zestimate'],
  [/sell(ing)? first|sell first/, 'sell_first'],
  [/interest|financing|rate/, 'rates'],
  [/think/, 'think'],
  [/competition|other agent|another agent|competitor/, 'competition'],
  [/authority|spouse|partner|decision maker/, 'authority'],
  [/timing|time|not ready/, 'timing'],
];

export function parseObjection(text: string | undefined): ObjectionResult | null {
  if (text === undefined || isNone(text)) return null;
  const lower = text.toLowerCase();
  const type =
    pick(ObjectionType, lower) ??
    pick(ObjectionType, lower.replace(/ /g, '_')) ??
    objectionSynonyms.find(([test]) => test.test(lower))?.[1];
  if (!type) return null;
  return { type, severity: pick(Severity, lower) ?? 'medium' };
}

export function parseCompliance(lines: string[]): string[] {
  const flags = lines.flatMap((line) => line.split(/\s*;\s*/)).map((flag) => flag.trim());
  return [...new Set(flags.filter((flag) => !isNone(flag)))];
}

/** "book_showing | Book the showing they asked for (Saturday)"; an unknown action reads as qualify. */
export function parseNext(text: string | undefined): CoachingResult['next'] {
  const raw = text ?? '';
  const [head = '', ...rest] = raw.split('|');
  const action = NextAction.find(
    (value) =>
      head
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_') === value,
  );
  if (action) return { action, text: rest.join('|').trim() };
  const loose = NextAction.find((value) => new RegExp(`\\b${value}\\b`).test(raw.toLowerCase()));
  return { action: loose ?? 'qualify', text: raw.trim() };
}

/**
 * The card's result from its parsed lines; `shown`: the sections the card showed when not every one (a
 * coaching.sections arm), kept with the result.
 */
export function coachingResultFrom(
  entries: ParsedEntry[],
  source: CoachingSource,
  shown?: readonly string[],
): CoachingResult {
  return {
    next: parseNext(lastOf(entries, 'NEXT')),
    focus: lastOf(entries, 'FOCUS') ?? '',
    objection: parseObjection(lastOf(entries, 'OBJECTION')),
    say: lastOf(entries, 'SAY') ?? '',
    ask: lastOf(entries, 'ASK') ?? '',
    urgency: pick(Urgency, lastOf(entries, 'URGENCY')) ?? 'medium',
    compliance: parseCompliance(allOf(entries, 'COMPLIANCE')),
    source,
    ...(shown ? { sections: COACHING_TAGS.filter((tag) => shown.includes(tag)) } : {}),
  };
}

/** What a card's next action is recorded as (coaching shown and used): `hidden` when the card did not show NEXT. */
export function cardAction(card: { next: { action: string }; sections?: readonly string[] }): string {
  return card.sections && !card.sections.includes('NEXT') ? 'hidden' : card.next.action;
}

export function parseCoaching(text: string, source: CoachingSource): CoachingResult {
  return coachingResultFrom(parseLines(COACHING_TAGS, text), source);
}

/** Tags with no (non-empty) line in the parsed output. */
export function missingTags(entries: ParsedEntry[], tags: readonly string[]): string[] {
  return tags.filter((tag) => !entries.some((entry) => entry.tag === tag && entry.text !== ''));
}

/** One tagged line per section, each ending with a newline. */
export function coachingLines(result: CoachingResult): Record<CoachingTag, string> {
  const objection = result.objection ? `${result.objection.type} (${result.objection.severity})` : 'none';
  const compliance = result.compliance.length
    ? result.compliance.map((flag) => oneLine(flag).replace(/;/g, ',')).join('; ')
    : 'none';
  const next = oneLine(result.next.text);
  return {
    NEXT: `NEXT: ${result.next.action}${next ? ` | ${next.replace(/\|/g, '/')}` : ''}\n`,
    FOCUS: `FOCUS: ${oneLine(result.focus)}\n`,
    OBJECTION: `OBJECTION: ${objection}\n`,
    SAY: `SAY: ${oneLine(result.say)}\n`,
    ASK: `ASK: ${oneLine(result.ask)}\n`,
    URGENCY: `URGENCY: ${result.urgency}\n`,
    COMPLIANCE: `COMPLIANCE: ${compliance}\n`,
  };
}

export function formatCoaching(result: CoachingResult): string {
  const lines = coachingLines(result);
  return COACHING_TAGS.map((tag) => lines[tag]).join('');
}

export function qualificationResultFrom(entries: ParsedEntry[], source: CoachingSource): QualificationResult {
  const percent = Number(/(\d{1,3})/.exec(lastOf(entries, 'COMPLETENESS') ?? '')?.[1] ?? 0);
  const missing = lastOf(entries, 'MISSING') ?? '';
  return {
    completeness: Math.min(100, Math.max(0, percent)),
    missing: isNone(missing) ? [] : missing.split(/\s*,\s*/).filter(Boolean),
    nextQuestions: allOf(entries, 'NEXT')
      .flatMap((line) => line.split(/\s*\|\s*/))
      .filter((question) => question !== '' && !isNone(question)),
    readiness: pick(Readiness, lastOf(entries, 'READINESS')?.replace(/[\s-]+/g, '_')) ?? 'not_ready',
    urgency: pick(Urgency, lastOf(entries, 'URGENCY')) ?? 'medium',
    summary: lastOf(entries, 'SUMMARY') ?? '',
    source,
  };
}

export function parseQualification(text: string, source: CoachingSource): QualificationResult {
  return qualificationResultFrom(parseLines(QUALIFICATION_TAGS, text), source);
}

export function qualificationLines(result: QualificationResult): Record<QualificationTag, string> {
  return {
    COMPLETENESS: `COMPLETENESS: ${Math.round(result.completeness)}%\n`,
    MISSING: `MISSING: ${result.missing.length ? result.missing.join(', ') : 'none'}\n`,
    NEXT: `NEXT: ${result.nextQuestions.length ? result.nextQuestions.map((q) => oneLine(q).replace(/\|/g, '/')).join(' | ') : 'none'}\n`,
    READINESS: `READINESS: ${result.readiness}\n`,
    URGENCY: `URGENCY: ${result.urgency}\n`,
    SUMMARY: `SUMMARY: ${oneLine(result.summary)}\n`,
  };
}

export function formatQualification(result: QualificationResult): string {
  const lines = qualificationLines(result);
  return QUALIFICATION_TAGS.map((tag) => lines[tag]).join('');
}
