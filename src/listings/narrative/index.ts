export {
  createMemoryNarrativeCache,
  createRedisNarrativeCache,
  narrativeCacheKey,
  NARRATIVE_TTL_MS,
  type NarrativeCache,
  type NarrativeRedis,
} from './cache.js';
export { NARRATIVE_FIRST_TOKEN_MS, runNarrative, type NarrativeOutcome } from './engine.js';
export { createNarrativeGuard, narrativeViolations } from './guard.js';
export { narrativeProfile, type NarrativeProfile } from './profile.js';
export { createNarrativeService, NarrativeStop, type NarrativeService } from './service.js';
export { templateNarrative } from './template.js';
