/**
 * The coaching prompt's versions (system-prompt.ts). The version sent with a coaching request goes with its usage
 * into the lead event log (`model_usage.promptVersion`), and a `coaching.prompt_version` experiment
 * (src/analytics/experiments.ts) picks one per lead, so the arms' results and costs can be compared.
 */
export const CoachingPromptVersion = ['coaching-2026-11', 'coaching-2026-12'] as const;
export type CoachingPromptVersion = (typeof CoachingPromptVersion)[number];

/** The version every conversation gets outside a prompt experiment. */
export const DEFAULT_COACHING_PROMPT_VERSION: CoachingPromptVersion = 'coaching-2026-11';
