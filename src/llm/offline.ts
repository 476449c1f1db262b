import { ModelError } from './errors.js';
import type { ModelProvider, ModelStream } from './port.js';
import { deliveredStream } from './queue.js';

/**
 * The provider used when no API key is configured. It is never available: callers check `available()` first and
 * run their rule-based fallback (the rule coach, the bot's template text), so there is exactly one rules code path
 * whether the model is missing, slow, failing or over budget. `stream()` fails with kind `unavailable`.
 */
export function createOfflineProvider(): ModelProvider {
  const stream = (): ModelStream =>
    deliveredStream(() =>
      Promise.reject(new ModelError('unavailable', 'No model configured (offline provider)')),
    );
  const callTool = () =>
    Promise.reject(new ModelError('unavailable', 'No model configured (offline provider)'));
  return { name: 'offline', available: () => false, stream, callTool };
}
