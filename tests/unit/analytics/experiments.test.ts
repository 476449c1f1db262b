import { describe, expect, it } from 'vitest';
import { assignVariant } from '../../../src/analytics/assignment.js';
import {
  armsToStop,
  experimentResults,
  tallyOf,
  withArmsStopped,
  type ArmTally,
} from '../../../src/analytics/experiment-results.js';
import {
  botVariantOf,
  changedExperiment,
  coachingPromptOf,
  coachingSectionsOf,
  coachingSourceOf,
  experimentInputSchema,
  leadArm,
  newExperiment,
  type ExperimentInput,
  type ExperimentRecord,
} from '../../../src/analytics/experiments.js';
import { onceKeyOf } from '../../../src/analytics/events.js';

const AT = '2026-03-02T10:00:00.000Z';
const input = (overrides: Partial<ExperimentInput> = {}): ExperimentInput => ({
  name: 'Greeting test',
  target: 'bot.greeting',
  variants: [
    { name: 'control', weight: 1, control: true },
    {
      name: 'warm',
      weight: 1,
      settings: { greeting: { en: 'Hi, thanks for reaching out.', es: 'Hola, gracias por escribir.' } },
    },
  ],
  primaryMetric: 'booked_call_rate',
  guardrails: [{ metric: 'opt_out_rate', threshold: 0.02 }],
  minSample: 100,
  ...overrides,
});
const firstIssue = (value: ExperimentInput) => {
  const parsed = experimentInputSchema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
};
const running = (overrides: Partial<ExperimentInput> = {}, minSample = 100): ExperimentRecord => ({
  ...newExperiment(experimentInputSchema.parse(input({ ...overrides, minSample })), {
    id: 'exp-1',
    tenantId: 't',
    salt: 'salt-one-1',
    at: AT,
  }),
  status: 'running',
  startedAt: AT,
});

describe('experiment definitions', () => {
  it('accepts two arms with one control, defaults the sample and the settings', () => {
    const parsed = experimentInputSchema.parse(input({ minSample: undefined }));
    expect(parsed.minSample).toBe(100);
    expect(parsed.variants[0]).toEqual({ name: 'control', weight: 1, control: true, settings: {} });
  });

  it.each<[string, Partial<ExperimentInput>, string]>([
    [
      'no control',
      {
        variants: [
          { name: 'a', weight: 1 },
          { name: 'b', weight: 1 },
        ],
      },
      'exactly one variant is the control',
    ],
    [
      'two controls',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, control: true },
        ],
      },
      'exactly one variant is the control',
    ],
    [
      'same names',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'a', weight: 1 },
        ],
      },
      'variant names must differ',
    ],
    [
      'a zero weight',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 0 },
        ],
      },
      'Too small',
    ],
    ['one arm', { variants: [{ name: 'a', weight: 1, control: true }] }, 'Too small'],
    [
      'a setting of another target',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { phrasing: 'second' } },
        ],
      },
      'a bot.greeting experiment cannot change phrasing',
    ],
    [
      'a greeting that breaks a compliance rule',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { greeting: { en: "Hi! It's a safe area.", es: 'Hola.' } } },
        ],
      },
      'breaks a compliance rule (fair_housing)',
    ],
    [
      'a greeting that asks',
      {
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { greeting: { en: 'Hi, how are you?', es: 'Hola.' } } },
        ],
      },
      'a greeting asks no question',
    ],
    [
      'a question order that leaves one out',
      {
        target: 'bot.question_order',
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { buyerOrder: ['areas', 'budget', 'financing', 'size'] } },
        ],
      },
      'every buyer question exactly once',
    ],
    [
      'an arm name with a colon',
      {
        variants: [
          { name: 'a:b', weight: 1, control: true },
          { name: 'c', weight: 1 },
        ],
      },
      'lower-case letters, digits, _ and -',
    ],
    [
      'two guardrails on one metric',
      {
        guardrails: [
          { metric: 'opt_out_rate', threshold: 0 },
          { metric: 'opt_out_rate', threshold: 0.1 },
        ],
      },
      'one guardrail per metric',
    ],
  ])('refuses %s', (_name, overrides, message) => {
    expect(firstIssue(input(overrides))).toContain(message);
  });

  it('changes arms only in a draft; name, guardrails and sample until it stops', () => {
    const draft = { ...running(), status: 'draft' as const };
    const renamed = changedExperiment(
      draft,
      {
        variants: [
          { name: 'c', weight: 2, control: true, settings: {} },
          { name: 'd', weight: 1, control: false, settings: {} },
        ],
      },
      AT,
    );
    expect(renamed).toMatchObject({ variants: [{ name: 'c', weight: 2 }, { name: 'd' }] });
    expect(changedExperiment(running(), { variants: draft.variants }, AT)).toEqual({
      refused: "A running experiment's variants cannot change",
      code: 'CONFLICT',
    });
    expect(changedExperiment(running(), { minSample: 500, name: 'Renamed' }, AT)).toMatchObject({
      minSample: 500,
      name: 'Renamed',
      variants: running().variants,
    });
    expect(changedExperiment({ ...running(), status: 'stopped' }, { name: 'x' }, AT)).toMatchObject({
      code: 'CONFLICT',
    });
    const retargeted = changedExperiment(draft, { target: 'bot.phrasing_set' }, AT);
    expect('code' in retargeted && retargeted.code).toBe('INVALID_PAYLOAD');
    expect('refused' in retargeted && retargeted.refused).toContain('cannot change greeting');
  });
});

describe('a lead’s arm', () => {
  it('is the hash of the salt and the lead over the weights, the same every time', () => {
    const experiment = running();
    const arms = Array.from({ length: 400 }, (_, index) => leadArm(experiment, `lead-${index}`)!);
    for (const [index, arm] of arms.entries()) {
      expect(arm.variant).toBe(assignVariant('salt-one-1', `lead-${index}`, experiment.variants));
      expect(leadArm(experiment, `lead-${index}`)).toEqual(arm);
    }
    const warm = arms.filter((arm) => arm.variant === 'warm');
    // Binomial(400, 0.5): 3 standard deviations is ±30.
    expect(Math.abs(warm.length - 200)).toBeLessThan(30);
    expect(warm[0]!.settings.greeting?.en).toBe('Hi, thanks for reaching out.');
    expect(leadArm({ ...experiment, status: 'draft' }, 'lead-1')).toBeUndefined();
  });

  it('of a stopped arm gets the control’s settings and is not counted', () => {
    const experiment = withArmsStopped(running(), [{ name: 'warm', reason: 'opt_out_rate' }], AT);
    const lead = Array.from({ length: 50 }, (_, i) => `lead-${i}`).find(
      (id) => leadArm(running(), id)?.variant === 'warm',
    )!;
    expect(leadArm(experiment, lead)).toEqual({
      experimentId: 'exp-1',
      variant: 'warm',
      counted: false,
      target: 'bot.greeting',
      settings: {},
    });
  });

  it('of a coaching experiment changes the coaching only, never the bot (and a bot arm never the coaching)', () => {
    const coaching = {
      ...running(),
      target: 'coaching.source' as const,
      variants: [
        { name: 'model', weight: 1, control: true, settings: { coachingSource: 'model' as const } },
        { name: 'rules', weight: 1, control: false, settings: { coachingSource: 'rules' as const } },
      ],
    };
    const arms = Array.from({ length: 40 }, (_, i) => leadArm(coaching, `lead-${i}`)!);
    const rules = arms.find((arm) => arm.variant === 'rules')!;
    expect(coachingSourceOf(rules)).toBe('rules');
    expect(botVariantOf(rules)).toBeUndefined();
    expect(coachingSourceOf(arms.find((arm) => arm.variant === 'model'))).toBe('model');
    const warm = Array.from({ length: 40 }, (_, i) => leadArm(running(), `lead-${i}`)!).find(
      (arm) => arm.variant === 'warm',
    )!;
    expect(botVariantOf(warm)?.greeting?.en).toBe('Hi, thanks for reaching out.');
    expect(coachingSourceOf(warm)).toBeUndefined();
    expect(
      experimentInputSchema.safeParse({
        name: 'x',
        target: 'coaching.source',
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { greeting: { en: 'Hi', es: 'Hola' } } },
        ],
        primaryMetric: 'booked_call_rate',
      }).success,
    ).toBe(false);
    expect(
      experimentInputSchema.safeParse({
        name: 'x',
        target: 'bot.greeting',
        variants: [
          { name: 'a', weight: 1, control: true },
          { name: 'b', weight: 1, settings: { coachingSource: 'rules' } },
        ],
        primaryMetric: 'booked_call_rate',
      }).success,
    ).toBe(false);
  });

  it('of a persona-tone experiment sets the bot’s tone; of a prompt experiment the coaching prompt only', () => {
    const tone = running({
      target: 'bot.persona_tone',
      variants: [
        { name: 'control', weight: 1, control: true },
        { name: 'brief', weight: 1, settings: { tone: 'brief' } },
      ],
    });
    const toneArms = Array.from({ length: 40 }, (_, i) => leadArm(tone, `lead-${i}`)!);
    const brief = toneArms.find((arm) => arm.variant === 'brief')!;
    expect(botVariantOf(brief)).toEqual({ tone: 'brief' });
    expect(coachingPromptOf(brief)).toBeUndefined();
    expect(botVariantOf(toneArms.find((arm) => arm.variant === 'control'))).toEqual({});

    const prompt = running({
      target: 'coaching.prompt_version',
      variants: [
        { name: 'current', weight: 1, control: true, settings: { coachingPrompt: 'coaching-2026-11' } },
        { name: 'structured', weight: 1, settings: { coachingPrompt: 'coaching-2026-12' } },
      ],
    });
    const promptArms = Array.from({ length: 40 }, (_, i) => leadArm(prompt, `lead-${i}`)!);
    const structured = promptArms.find((arm) => arm.variant === 'structured')!;
    expect(coachingPromptOf(structured)).toBe('coaching-2026-12');
    expect(coachingSourceOf(structured)).toBeUndefined();
    expect(botVariantOf(structured)).toBeUndefined();
    expect(coachingPromptOf(promptArms.find((arm) => arm.variant === 'current'))).toBe('coaching-2026-11');
  });

  it.each([
    ['a tone on a greeting experiment', 'bot.greeting', { tone: 'warm' }, 'cannot change tone'],
    [
      'a prompt version on a tone experiment',
      'bot.persona_tone',
      { coachingPrompt: 'coaching-2026-12' },
      'cannot change coachingPrompt',
    ],
    [
      'a coaching source on a prompt experiment',
      'coaching.prompt_version',
      { coachingSource: 'rules' },
      'cannot change coachingSource',
    ],
    ['an unknown tone', 'bot.persona_tone', { tone: 'pushy' }, 'Invalid option'],
    [
      'an unknown prompt version',
      'coaching.prompt_version',
      { coachingPrompt: 'coaching-1999-01' },
      'Invalid option',
    ],
  ] as const)('refuses %s', (_name, target, settings, message) => {
    const value = input({
      target,
      variants: [
        { name: 'a', weight: 1, control: true },
        { name: 'b', weight: 1, settings: settings as never },
      ],
    });
    expect(firstIssue(value)).toContain(message);
  });

  it('of a sections experiment shows the arm’s sections in the card’s order, COMPLIANCE whatever is stored', () => {
    const sections = running({
      target: 'coaching.sections',
      variants: [
        { name: 'full', weight: 1, control: true },
        { name: 'lean', weight: 1, settings: { coachingSections: ['SAY', 'COMPLIANCE', 'NEXT'] } },
      ],
    });
    const leads = Array.from({ length: 40 }, (_, i) => `lead-${i}`);
    const arms = leads.map((lead) => leadArm(sections, lead)!);
    const lean = arms.find((arm) => arm.variant === 'lean')!;
    const leanLead = leads[arms.indexOf(lean)]!;
    expect(coachingSectionsOf(lean)).toEqual(['NEXT', 'SAY', 'COMPLIANCE']);
    expect(botVariantOf(lean)).toBeUndefined();
    expect(coachingSourceOf(lean)).toBeUndefined();
    expect(coachingPromptOf(lean)).toBeUndefined();
    // The control (no settings) shows every section; another target's arm never narrows the card.
    expect(coachingSectionsOf(arms.find((arm) => arm.variant === 'full'))).toBeUndefined();
    expect(coachingSectionsOf(leadArm(running(), 'lead-1'))).toBeUndefined();
    // A record stored without COMPLIANCE (never accepted by the schema) still shows it: the runtime keeps it.
    const tampered: ExperimentRecord = {
      ...sections,
      variants: sections.variants.map((variant) =>
        variant.name === 'lean' ? { ...variant, settings: { coachingSections: ['SAY'] } } : variant,
      ),
    };
    expect(coachingSectionsOf(leadArm(tampered, leanLead))).toEqual(['SAY', 'COMPLIANCE']);
  });

  it.each([
    ['an arm without COMPLIANCE', ['NEXT', 'SAY'], 'COMPLIANCE is always shown'],
    ['an unknown section', ['NEXT', 'SUMMARY', 'COMPLIANCE'], 'Invalid option'],
    ['a section twice', ['SAY', 'SAY', 'COMPLIANCE'], 'each section at most once'],
    ['no section at all', [], 'COMPLIANCE is always shown'],
    ['sections on a prompt experiment', ['SAY', 'COMPLIANCE'], 'cannot change coachingSections'],
  ] as const)('refuses %s', (name, coachingSections, message) => {
    const value = input({
      target: name.includes('prompt') ? 'coaching.prompt_version' : 'coaching.sections',
      variants: [
        { name: 'a', weight: 1, control: true },
        { name: 'b', weight: 1, settings: { coachingSections: [...coachingSections] as never } },
      ],
    });
    const parsed = experimentInputSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    expect(messages.join(' | ')).toContain(message);
  });

  it('is exposed once per lead and experiment (the once key)', () => {
    const exposure = {
      type: 'experiment_exposure' as const,
      tenantId: 't',
      leadId: 'l1',
      at: AT,
      variant: 'exp-1:warm',
    };
    expect(onceKeyOf(exposure)).toBe('l1|exp-1');
    expect(onceKeyOf({ ...exposure, conversationId: 'c9' })).toBe('l1|exp-1');
    expect(onceKeyOf({ type: 'qualified', tenantId: 't', leadId: 'l1', at: AT, conversationId: 'c9' })).toBe(
      'c9',
    );
    expect(
      onceKeyOf({ type: 'opted_out', tenantId: 't', leadId: 'l1', at: AT, conversationId: 'c9' }),
    ).toBeUndefined();
  });
});

/** A tally from rollup rows as the store returns them (spread over two days, to check they add up). */
function tally(counts: {
  exposures: number;
  booked?: number;
  optedOut?: number;
  ratings?: number[];
  claims?: number[];
}): ArmTally {
  const rows = [
    { metric: 'n:experiment_exposure', n: Math.floor(counts.exposures / 2), total: 0 },
    { metric: 'n:experiment_exposure', n: Math.ceil(counts.exposures / 2), total: 0 },
    { metric: 'n:call_booked', n: counts.booked ?? 0, total: 0 },
    { metric: 'n:opted_out', n: counts.optedOut ?? 0, total: 0 },
    ...(counts.ratings ?? []).map((n, index) => ({ metric: `rating:${index + 1}`, n, total: 0 })),
    ...(counts.claims ?? []).map((ms) => ({ metric: 'n:claimed', n: 1, total: ms })),
    ...(counts.claims ?? []).map((ms) => ({
      metric: `hist:claimed:${ms <= 5_000 ? 0 : ms <= 15_000 ? 1 : 2}`,
      n: 1,
      total: 0,
    })),
  ];
  return tallyOf(rows);
}
const DAYS = { from: '2026-03-02', to: '2026-03-09' };

describe('experiment results', () => {
  it('give each arm Wilson’s interval and the lift Newcombe’s', () => {
    // Lift reference: Newcombe, Statistics in Medicine 1998;17:873-890, Table II, example (a): 56/70 - 48/80 =
    // 0.2000, method 10 (hybrid score) 0.0524 to 0.3339. Wilson's interval for 56/70 computed by hand from the
    // score formula (z = 1.96): centre (0.8 + z²/140) / (1 + z²/70) = 0.78439, half-width 0.09256: 0.6918 to 0.8770.
    const results = experimentResults(
      running({ primaryMetric: 'booked_call_rate' }, 70),
      new Map([
        ['control', tally({ exposures: 80, booked: 48 })],
        ['warm', tally({ exposures: 70, booked: 56 })],
      ]),
      DAYS,
    );
    const [control, warm] = results.arms;
    expect(control).toMatchObject({
      name: 'control',
      exposures: 80,
      primary: { kind: 'rate', successes: 48, trials: 80, rate: 0.6 },
    });
    expect(control!.lift).toBeUndefined();
    if (warm!.primary.kind !== 'rate' || warm!.lift?.status !== 'ok')
      throw new Error('expected a rate and a lift');
    expect(warm!.primary.rate).toBe(0.8);
    expect(warm!.primary.low).toBeCloseTo(0.6918, 3);
    expect(warm!.primary.high).toBeCloseTo(0.877, 3);
    expect(warm!.lift.difference).toBeCloseTo(0.2, 10);
    expect(warm!.lift.low).toBeCloseTo(0.0524, 3);
    expect(warm!.lift.high).toBeCloseTo(0.3339, 3);
    expect(warm!.lift.significant).toBe(true);
    expect(results.enoughData).toBe(true);
  });

  it('say "not enough data yet" under the minimum sample', () => {
    const results = experimentResults(
      running(),
      new Map([
        ['control', tally({ exposures: 99, booked: 20 })],
        ['warm', tally({ exposures: 150, booked: 30 })],
      ]),
      DAYS,
    );
    expect(results.enoughData).toBe(false);
    expect(results.arms[1]!.lift).toEqual({ status: 'not_enough_data', needed: 1 });
  });

  it('warn of a sample-ratio mismatch (500 against 400 at equal weights: chi-square 11.11, p 0.00086)', () => {
    // Reference: (50² / 450) · 2 = 11.111; the chi-square survival function with 1 degree of freedom at 11.111 is
    // erfc(sqrt(11.111 / 2)) = 0.000858 (any chi-square table: the 0.001 critical value is 10.83).
    const results = experimentResults(
      running(),
      new Map([
        ['control', tally({ exposures: 500, booked: 50 })],
        ['warm', tally({ exposures: 400, booked: 40 })],
      ]),
      DAYS,
    );
    expect(results.sampleRatio.checked).toBe(true);
    expect(results.sampleRatio.chiSquare).toBeCloseTo(11.111, 3);
    expect(results.sampleRatio.pValue).toBeCloseTo(0.000858, 5);
    expect(results.sampleRatio.mismatch).toBe(true);
    const even = experimentResults(
      running(),
      new Map([
        ['control', tally({ exposures: 460 })],
        ['warm', tally({ exposures: 440 })],
      ]),
      DAYS,
    );
    expect(even.sampleRatio.mismatch).toBe(false);
  });

  it('give satisfaction as a mean rating with a normal interval and the lift with Welch’s standard error', () => {
    // warm: 40 fives and 60 fours: mean 4.4, sample variance 24 / 99; control: 100 fours, variance 0.
    // Interval half-width 1.959964 · sqrt((24/99) / 100) = 0.096502; the lift's is the same (the control adds 0).
    const results = experimentResults(
      running({ primaryMetric: 'satisfaction' }),
      new Map([
        ['control', tally({ exposures: 200, ratings: [0, 0, 0, 100, 0] })],
        ['warm', tally({ exposures: 200, ratings: [0, 0, 0, 60, 40] })],
      ]),
      DAYS,
    );
    const warm = results.arms[1]!;
    expect(warm.primary).toMatchObject({ kind: 'mean', n: 100, mean: 4.4 });
    if (warm.primary.kind !== 'mean' || warm.lift?.status !== 'ok')
      throw new Error('expected a mean and a lift');
    expect(warm.primary.low).toBeCloseTo(4.4 - 0.096502, 5);
    expect(warm.lift.low).toBeCloseTo(0.4 - 0.096502, 5);
    expect(warm.lift.high).toBeCloseTo(0.4 + 0.096502, 5);
  });

  it('give time to claim as mean and histogram median, with no interval (not supported)', () => {
    const results = experimentResults(
      running({ primaryMetric: 'time_to_claim' }),
      new Map([
        ['control', tally({ exposures: 200, claims: [4_000, 4_000, 12_000] })],
        ['warm', tally({ exposures: 200, claims: [12_000, 12_000, 20_000] })],
      ]),
      DAYS,
    );
    expect(results.arms[0]!.primary).toEqual({ kind: 'duration', n: 3, meanMs: 20_000 / 3, medianMs: 5_000 });
    expect(results.arms[1]!.primary).toMatchObject({ meanMs: 44_000 / 3, medianMs: 15_000 });
    expect(results.arms[1]!.lift).toMatchObject({ status: 'not_supported' });
  });

  it('stop an arm whose guardrail is worse beyond the threshold, never the control or below the sample', () => {
    const experiment = running();
    const tallies = new Map([
      ['control', tally({ exposures: 200, optedOut: 5 })],
      ['warm', tally({ exposures: 200, optedOut: 30 })],
    ]);
    const results = experimentResults(experiment, tallies, DAYS);
    const guardrail = results.arms[1]!.guardrails[0]!;
    // 30/200 - 5/200 = 0.125; Newcombe's lower end is about 0.07, above the 0.02 threshold.
    expect(guardrail.difference!.value).toBeCloseTo(0.125, 6);
    expect(guardrail.difference!.low).toBeGreaterThan(0.02);
    expect(guardrail.breached).toBe(true);
    expect(results.arms[0]!.guardrails[0]!.breached).toBe(false);
    expect(armsToStop(experiment, results)).toEqual([{ name: 'warm', reason: 'opt_out_rate' }]);
    const stopped = withArmsStopped(experiment, armsToStop(experiment, results), AT);
    const after = experimentResults(stopped, tallies, DAYS);
    expect(after.arms[1]).toMatchObject({ stoppedAt: AT, stoppedReason: 'opt_out_rate' });
    expect(armsToStop(stopped, after)).toEqual([]);
    expect(after.sampleRatio.checked).toBe(false);
    // A higher threshold, or too few exposures, stops nothing.
    expect(
      armsToStop(
        running({ guardrails: [{ metric: 'opt_out_rate', threshold: 0.1 }] }),
        experimentResults(
          running({ guardrails: [{ metric: 'opt_out_rate', threshold: 0.1 }] }),
          tallies,
          DAYS,
        ),
      ),
    ).toEqual([]);
    const small = running({}, 500);
    expect(armsToStop(small, experimentResults(small, tallies, DAYS))).toEqual([]);
  });
});
