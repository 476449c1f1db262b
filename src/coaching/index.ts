export { createCoachingEngine, CoachingStreamError } from './engine.js';
export type { CoachingEngine, CoachingEngineOptions, CoachingTrigger } from './engine.js';
export type { AnyCoachingResult } from './kinds.js';
export { buildCoachingContext } from './context.js';
export { createLineParser, parseLines } from './parser.js';
export type { LineParser, ParsedEntry, SectionUpdate } from './parser.js';
export {
  COACHING_TAGS,
  QUALIFICATION_TAGS,
  formatCoaching,
  formatQualification,
  parseCoaching,
  parseQualification,
} from './format.js';
export { ruleCoaching, ruleCoachingText, deriveStage } from './rules.js';
export { ruleQualification } from './qualification.js';
export { detectCompliance } from './compliance.js';
export { COACHING_PROMPT_VERSION } from './prompt.js';
export { QUALIFICATION_PROMPT_VERSION } from './qualification.js';
export { readConversation } from './reading.js';
export type {
  CoachingContext,
  CoachingResult,
  CoachingStage,
  ComplianceFlag,
  NextAction,
  ObjectionType,
  QualificationResult,
  Urgency,
} from './types.js';
