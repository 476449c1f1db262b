import type { ModelPurpose } from '../llm/port.js';
import { detectCompliance, complianceLabel } from './compliance.js';
import {
  COACHING_TAGS,
  coachingLines,
  coachingResultFrom,
  parseCompliance,
  QUALIFICATION_TAGS,
  qualificationLines,
  qualificationResultFrom,
} from './format.js';
import type { ParsedEntry } from './parser.js';
import { COACHING_PROMPT_VERSION, COACHING_SYSTEM_PROMPTS, coachingUserContent } from './prompt.js';
import {
  QUALIFICATION_PROMPT_VERSION,
  QUALIFICATION_SYSTEM_PROMPT,
  qualificationUserContent,
  ruleQualification,
} from './qualification.js';
import { ruleCoaching } from './rules.js';
import { shownSections } from './sections.js';
import type {
  CoachingContext,
  CoachingKind,
  CoachingResult,
  CoachingSource,
  QualificationResult,
} from './types.js';

export type AnyCoachingResult = CoachingResult | QualificationResult;
type Trigger = 'lead_message' | 'utterance' | 'request';

/** What differs between a coaching run and a qualification analysis. */
export interface KindSpec {
  purpose: ModelPurpose;
  tags: readonly string[];
  /** Without at least one of these, the model's output is not in the format (a failure). */
  coreTags: readonly string[];
  maxTokens: number;
  /** The system prompt for this context and its version (sent with the request, recorded with its usage). */
  system(context: CoachingContext): { text: string; version: string };
  /** A tag whose model lines are held back while streaming and written by `complete` (COMPLIANCE). */
  holdTag?: string;
  /**
   * The sections this context's card shows (a coaching.sections arm; the hold tag always among them), or undefined
   * for every section: the others are filtered out of everything that reaches the agent (sections.ts).
   */
  shown?(context: CoachingContext): readonly string[] | undefined;
  user(context: CoachingContext, trigger: Trigger): string;
  /** The rule-based result, its lines by tag. */
  rules(context: CoachingContext): Record<string, string>;
  /** The result of what was shown; `shown`: the sections the card showed, when not every one. */
  build(entries: ParsedEntry[], source: CoachingSource, shown?: readonly string[]): AnyCoachingResult;
  /**
   * Lines to append to a model answer: rule lines for what it left out (missing tags, compliance it missed).
   * `ruleLines` computes the rule-based lines; it is only called when a tag is missing.
   */
  complete(
    entries: ParsedEntry[],
    context: CoachingContext,
    ruleLines: () => Record<string, string>,
  ): string[];
}

function missingLines(
  entries: ParsedEntry[],
  tags: readonly string[],
  ruleLines: () => Record<string, string>,
) {
  const missing = tags.filter((tag) => !entries.some((entry) => entry.tag === tag && entry.text !== ''));
  if (missing.length === 0) return [];
  const lines = ruleLines();
  return missing.map((tag) => lines[tag] ?? '');
}

export const kindSpecs: Record<CoachingKind, KindSpec> = {
  coaching: {
    purpose: 'coaching',
    tags: COACHING_TAGS,
    coreTags: ['NEXT', 'FOCUS', 'SAY', 'ASK'],
    maxTokens: 450,
    system(context) {
      const version = context.promptVersion ?? COACHING_PROMPT_VERSION;
      return { text: COACHING_SYSTEM_PROMPTS[version], version };
    },
    holdTag: 'COMPLIANCE',
    shown: (context) => shownSections(context.sections),
    user: coachingUserContent,
    rules: (context) => coachingLines(ruleCoaching(context)),
    build: coachingResultFrom,
    complete(entries, context, ruleLines) {
      const lines = missingLines(entries, COACHING_TAGS, ruleLines).filter(
        (line) => !line.startsWith('COMPLIANCE'),
      );
      // The COMPLIANCE line was held back: the hub's own flags first (never dropped), then what the model added.
      const said = parseCompliance(
        entries.filter((entry) => entry.tag === 'COMPLIANCE').map((entry) => entry.text),
      );
      const hub = detectCompliance(context);
      const flags = hub.map((flag) => `COMPLIANCE: ${flag.detail}\n`);
      for (const text of said) {
        if (!hub.some((flag) => complianceLabel[flag.rule].test(text)))
          flags.push(`COMPLIANCE: ${text.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
      }
      if (flags.length === 0) flags.push('COMPLIANCE: none\n');
      return [...new Set([...lines, ...flags])];
    },
  },
  qualification: {
    purpose: 'analysis',
    tags: QUALIFICATION_TAGS,
    coreTags: ['NEXT', 'SUMMARY', 'READINESS'],
    maxTokens: 600,
    system: () => ({ text: QUALIFICATION_SYSTEM_PROMPT, version: QUALIFICATION_PROMPT_VERSION }),
    user: (context) => qualificationUserContent(context),
    rules: (context) => qualificationLines(ruleQualification(context)),
    build: qualificationResultFrom,
    complete: (entries, _context, ruleLines) => missingLines(entries, QUALIFICATION_TAGS, ruleLines),
  },
};
