import { z } from 'zod';
import { checkOutbound } from '../bots/guard.js';
import { BUYER_QUESTIONS, SELLER_QUESTIONS } from '../bots/state.js';
import { isPermutationOf, PersonaTone, type BotVariant } from '../bots/variant.js';
import { COACHING_TAGS, type CoachingTag } from '../coaching/format.js';
import { CoachingPromptVersion } from '../coaching/prompt-version.js';
import { shownSections } from '../coaching/sections.js';
import { assignVariant } from './assignment.js';

export { experimentOfVariantKey, variantKey } from './events.js';

/**
 * Experiment definitions (docs/ANALYTICS.md, "Experiments"): what an admin defines, validated once here, and the
 * pure rules around them (which arm a lead is in, what the arm changes, what an admin may change and when).
 */

/**
 * What an experiment changes: the bot (src/bots/variant.ts: question order, phrasing set, greeting, persona tone)
 * or the live coaching an agent gets in the lead's conversations (`coaching.source`: the model or the rule coach;
 * `coaching.prompt_version`: which version of the coaching prompt the model gets; `coaching.sections`: which
 * sections a coaching card shows, COMPLIANCE always among them).
 */
export const ExperimentTarget = [
  'bot.question_order',
  'bot.phrasing_set',
  'bot.greeting',
  'bot.persona_tone',
  'coaching.source',
  'coaching.prompt_version',
  'coaching.sections',
] as const;
export type ExperimentTarget = (typeof ExperimentTarget)[number];

export const ExperimentStatus = ['draft', 'running', 'stopped'] as const;
export type ExperimentStatus = (typeof ExperimentStatus)[number];

/** What an experiment is judged by (one per experiment). */
export const PrimaryMetric = ['booked_call_rate', 'qualified_rate', 'time_to_claim', 'satisfaction'] as const;
export type PrimaryMetric = (typeof PrimaryMetric)[number];

/** What must not get worse: a variant is stopped automatically when it does, beyond the threshold. */
export const GuardrailMetric = ['opt_out_rate', 'compliance_alert_rate'] as const;
export type GuardrailMetric = (typeof GuardrailMetric)[number];

/** Experiment ids and arm names: no `:` (the event's variant is `<experimentId>:<arm>`). */
const armName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, _ and -');
export const experimentIdSchema = z.string().regex(/^exp-[a-z0-9-]{1,60}$/, 'an experiment id');

/** A greeting goes before the bot's question in one reply: no question of its own (one question per reply). */
const greetingLine = z
  .string()
  .trim()
  .min(1)
  .max(160)
  .refine((line) => !line.includes('?') && !line.includes('¿'), 'a greeting asks no question');
/** Who writes an arm's coaching cards: the model (the rules stand in when it cannot answer) or the rules only. */
export const CoachingSourceChoice = ['model', 'rules'] as const;
export type CoachingSourceChoice = (typeof CoachingSourceChoice)[number];

/** What an arm changes: the bot's variant, or the coaching of its leads' conversations. */
export interface ArmSettings extends BotVariant {
  coachingSource?: CoachingSourceChoice;
  /** The coaching system prompt's version (src/coaching/prompt-version.ts). */
  coachingPrompt?: CoachingPromptVersion;
  /** The sections a coaching card shows (src/coaching/sections.ts); COMPLIANCE must be among them. */
  coachingSections?: CoachingTag[];
}

/**
 * A card's sections: known tags, each once, COMPLIANCE always (a variant can never turn off a compliance rule; the
 * runtime keeps the line anyway, src/coaching/sections.ts).
 */
const coachingSectionsSchema = z
  .array(z.enum(COACHING_TAGS))
  .min(1)
  .max(COACHING_TAGS.length)
  .refine((tags) => new Set(tags).size === tags.length, 'each section at most once')
  .refine(
    (tags) => tags.includes('COMPLIANCE'),
    'COMPLIANCE is always shown: a variant cannot turn off a compliance rule',
  );

const armSettingsSchema = z.strictObject({
  buyerOrder: z
    .array(z.enum(BUYER_QUESTIONS))
    .refine((order) => isPermutationOf(order, BUYER_QUESTIONS), 'every buyer question exactly once')
    .optional(),
  sellerOrder: z
    .array(z.enum(SELLER_QUESTIONS))
    .refine((order) => isPermutationOf(order, SELLER_QUESTIONS), 'every seller question exactly once')
    .optional(),
  phrasing: z.enum(['first', 'second']).optional(),
  greeting: z.strictObject({ en: greetingLine, es: greetingLine }).optional(),
  tone: z.enum(PersonaTone).optional(),
  coachingSource: z.enum(CoachingSourceChoice).optional(),
  coachingPrompt: z.enum(CoachingPromptVersion).optional(),
  coachingSections: coachingSectionsSchema.optional(),
}) satisfies z.ZodType<ArmSettings>;

/** The settings each target may carry (anything else in an arm is refused). */
const FIELDS_OF: Record<ExperimentTarget, readonly (keyof ArmSettings)[]> = {
  'bot.question_order': ['buyerOrder', 'sellerOrder'],
  'bot.phrasing_set': ['phrasing'],
  'bot.greeting': ['greeting'],
  'bot.persona_tone': ['tone'],
  'coaching.source': ['coachingSource'],
  'coaching.prompt_version': ['coachingPrompt'],
  'coaching.sections': ['coachingSections'],
};

export const variantSchema = z.strictObject({
  name: armName,
  /** A positive weight: the arm's share of leads is its weight over the sum. */
  weight: z.number().positive().max(1_000),
  /** The arm the others are compared with (exactly one). */
  control: z.boolean().default(false),
  settings: armSettingsSchema.default({}),
});
export type VariantInput = z.input<typeof variantSchema>;

const guardrailSchema = z.strictObject({
  metric: z.enum(GuardrailMetric),
  /**
   * How much worse (the variant's rate minus the control's, 0 to 1) is tolerated: a variant is stopped when the
   * lower end of that difference's 95% interval is above it.
   */
  threshold: z.number().min(0).max(1),
});
export type Guardrail = z.infer<typeof guardrailSchema>;

const definitionFields = {
  name: z.string().trim().min(1).max(120),
  target: z.enum(ExperimentTarget),
  variants: z.array(variantSchema).min(2).max(5),
  primaryMetric: z.enum(PrimaryMetric),
  guardrails: z.array(guardrailSchema).max(GuardrailMetric.length).default([]),
  /** Exposures each arm needs before its comparison is shown (and before a guardrail can stop it). */
  minSample: z.number().int().min(1).max(10_000_000).default(100),
};

/** The arms' rules that zod's shape cannot say: one control, distinct names, settings of the target only. */
function checkArms(
  value: { target: ExperimentTarget; variants: z.infer<typeof variantSchema>[]; guardrails: Guardrail[] },
  ctx: z.RefinementCtx,
): void {
  if (value.variants.filter((variant) => variant.control).length !== 1)
    ctx.addIssue({ code: 'custom', path: ['variants'], message: 'exactly one variant is the control' });
  if (new Set(value.variants.map((variant) => variant.name)).size !== value.variants.length)
    ctx.addIssue({ code: 'custom', path: ['variants'], message: 'variant names must differ' });
  if (new Set(value.guardrails.map((guardrail) => guardrail.metric)).size !== value.guardrails.length)
    ctx.addIssue({ code: 'custom', path: ['guardrails'], message: 'one guardrail per metric' });
  value.variants.forEach((variant, index) => {
    for (const field of Object.keys(variant.settings) as (keyof ArmSettings)[])
      if (!FIELDS_OF[value.target].includes(field))
        ctx.addIssue({
          code: 'custom',
          path: ['variants', index, 'settings', field],
          message: `a ${value.target} experiment cannot change ${field}`,
        });
    const greeting = variant.settings.greeting;
    for (const lang of ['en', 'es'] as const) {
      const verdict = greeting ? checkOutbound(greeting[lang], { lang }) : { ok: true, violations: [] };
      if (!verdict.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['variants', index, 'settings', 'greeting', lang],
          message: `breaks a compliance rule (${verdict.violations.map((v) => v.rule).join(', ')})`,
        });
    }
  });
}

/** POST /api/admin/experiments: a new experiment (a draft). */
export const experimentInputSchema = z
  .strictObject({ ...definitionFields, salt: z.string().min(8).max(64).optional() })
  .superRefine(checkArms);
export type ExperimentInput = z.input<typeof experimentInputSchema>;

/** PATCH /api/admin/experiments/:id: what changes (arms, target and metric only while a draft). */
export const experimentChangeSchema = z
  .strictObject({
    name: definitionFields.name.optional(),
    target: definitionFields.target.optional(),
    variants: definitionFields.variants.optional(),
    primaryMetric: definitionFields.primaryMetric.optional(),
    guardrails: z.array(guardrailSchema).max(GuardrailMetric.length).optional(),
    minSample: definitionFields.minSample.unwrap().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'nothing to change');
export type ExperimentChange = z.infer<typeof experimentChangeSchema>;

export interface ExperimentVariant {
  name: string;
  weight: number;
  control: boolean;
  settings: ArmSettings;
  /** A guardrail stopped this arm: its leads get the control's behaviour and are no longer counted. */
  stoppedAt?: string;
  stoppedReason?: GuardrailMetric;
}

export interface ExperimentRecord {
  id: string;
  tenantId: string;
  name: string;
  target: ExperimentTarget;
  variants: ExperimentVariant[];
  /** Assignment is a hash of the salt and the lead's id (assignment.ts). */
  salt: string;
  primaryMetric: PrimaryMetric;
  guardrails: Guardrail[];
  minSample: number;
  status: ExperimentStatus;
  createdAt: string;
  updatedAt: string;
  startedAt?: string;
  stoppedAt?: string;
  /** Incremented by every change: the compare-and-set token of Store.updateExperiment. */
  version: number;
}

/** The stored record of a new experiment (validated input, a draft). */
export function newExperiment(
  input: z.output<typeof experimentInputSchema>,
  ids: { id: string; tenantId: string; salt: string; at: string },
): ExperimentRecord {
  return {
    id: ids.id,
    tenantId: ids.tenantId,
    name: input.name,
    target: input.target,
    variants: input.variants.map((variant) => ({ ...variant })),
    salt: input.salt ?? ids.salt,
    primaryMetric: input.primaryMetric,
    guardrails: input.guardrails,
    minSample: input.minSample,
    status: 'draft',
    createdAt: ids.at,
    updatedAt: ids.at,
    version: 1,
  };
}

/** Thrown as a typed error by the routes: why a change is refused. */
export interface ChangeRefusal {
  refused: string;
  /** CONFLICT: not in this status; INVALID_PAYLOAD: the changed experiment would not be valid. */
  code: 'CONFLICT' | 'INVALID_PAYLOAD';
}

/**
 * An admin's change applied to an experiment: the arms, target and metric change only while it is a draft (a
 * running experiment's assignment and meaning stay fixed); the name, guardrails and minimum sample any time
 * before it stops. The whole result is validated again.
 */
export function changedExperiment(
  experiment: ExperimentRecord,
  change: ExperimentChange,
  at: string,
): ExperimentRecord | ChangeRefusal {
  if (experiment.status === 'stopped')
    return { refused: 'A stopped experiment cannot change', code: 'CONFLICT' };
  const fixedWhileRunning = (['target', 'variants', 'primaryMetric'] as const).filter(
    (field) => change[field] !== undefined,
  );
  if (experiment.status === 'running' && fixedWhileRunning.length > 0)
    return {
      refused: `A running experiment's ${fixedWhileRunning.join(', ')} cannot change`,
      code: 'CONFLICT',
    };
  const next = { ...experiment, ...change, updatedAt: at };
  const checked = experimentInputSchema.safeParse({
    name: next.name,
    target: next.target,
    variants: next.variants.map(({ name, weight, control, settings }) => ({
      name,
      weight,
      control,
      settings,
    })),
    primaryMetric: next.primaryMetric,
    guardrails: next.guardrails,
    minSample: next.minSample,
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      refused: `${issue?.path.join('.') || 'experiment'}: ${issue?.message ?? 'invalid'}`,
      code: 'INVALID_PAYLOAD',
    };
  }
  return { ...next, variants: change.variants ? checked.data.variants : experiment.variants };
}

/** What a lead gets from a running experiment: its arm and what the bot runs. */
export interface LeadArm {
  experimentId: string;
  /** The arm the hash puts the lead in. */
  variant: string;
  /** False when that arm was stopped by a guardrail: the lead gets the control's settings and is not counted. */
  counted: boolean;
  target: ExperimentTarget;
  settings: ArmSettings;
}

/**
 * The lead's arm: the same on every node and every time (a hash of the salt and the lead's id over the weights
 * the experiment started with). A stopped arm's leads get the control's settings.
 */
export function leadArm(experiment: ExperimentRecord, leadId: string): LeadArm | undefined {
  if (experiment.status !== 'running') return undefined;
  const name = assignVariant(experiment.salt, leadId, experiment.variants);
  const arm = experiment.variants.find((variant) => variant.name === name);
  const control = experiment.variants.find((variant) => variant.control);
  if (!arm || !control) return undefined;
  const counted = arm.stoppedAt === undefined;
  return {
    experimentId: experiment.id,
    variant: arm.name,
    counted,
    target: experiment.target,
    settings: (counted ? arm : control).settings,
  };
}

/** What the bot runs for an arm: the bot fields of its settings (none for a coaching experiment). */
export function botVariantOf(arm: LeadArm | undefined): BotVariant | undefined {
  if (!arm?.target.startsWith('bot.')) return undefined;
  const {
    coachingSource: _source,
    coachingPrompt: _prompt,
    coachingSections: _sections,
    ...variant
  } = arm.settings;
  return variant;
}

/** Who writes coaching cards for an arm's leads, when a coaching experiment decides it. */
export const coachingSourceOf = (arm: LeadArm | undefined): CoachingSourceChoice | undefined =>
  arm?.target === 'coaching.source' ? arm.settings.coachingSource : undefined;

/** The coaching prompt's version for an arm's leads, when a prompt experiment decides it. */
export const coachingPromptOf = (arm: LeadArm | undefined): CoachingPromptVersion | undefined =>
  arm?.target === 'coaching.prompt_version' ? arm.settings.coachingPrompt : undefined;

/**
 * The sections an arm's coaching cards show, when a sections experiment decides it: in the card's order, with
 * COMPLIANCE whatever the stored arm says.
 */
export const coachingSectionsOf = (arm: LeadArm | undefined): CoachingTag[] | undefined =>
  arm?.target === 'coaching.sections' ? shownSections(arm.settings.coachingSections) : undefined;
