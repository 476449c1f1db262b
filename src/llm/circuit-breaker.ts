import type { Clock } from './clock.js';

export const CircuitState = { closed: 'closed', open: 'open', half_open: 'half_open' } as const;
export type CircuitState = (typeof CircuitState)[keyof typeof CircuitState];

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial request is let through, in ms (default 30_000). */
  cooldownMs?: number;
  /** Called on every state change (metrics, logs). */
  onStateChange?: (state: CircuitState) => void;
}

export interface CircuitBreaker {
  state(): CircuitState;
  /** True when a request would be let through now (no side effect). */
  canRequest(): boolean;
  /**
   * Takes permission for one request: always when closed; when the cooldown has passed, the single half-open
   * trial; never while open or while the trial is in flight.
   */
  tryAcquire(): boolean;
  success(): void;
  failure(): void;
  /** The request ended without saying anything about the endpoint's health (caller abort, bad request). */
  release(): void;
}

/**
 * A per-model circuit breaker: closed → open after `failureThreshold` consecutive failures; open → half-open
 * after `cooldownMs`, letting one trial request through; the trial's success closes it, its failure re-opens it
 * for another cooldown.
 */
export function createCircuitBreaker(clock: Clock, options: CircuitBreakerOptions = {}): CircuitBreaker {
  const failureThreshold = options.failureThreshold ?? 5;
  const cooldownMs = options.cooldownMs ?? 30_000;
  let current: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let trialInFlight = false;

  const set = (next: CircuitState) => {
    if (next === current) return;
    current = next;
    options.onStateChange?.(next);
  };
  const cooledDown = () => clock.now() - openedAt >= cooldownMs;
  const open = () => {
    openedAt = clock.now();
    trialInFlight = false;
    set('open');
  };

  return {
    state() {
      if (current === 'open' && cooledDown()) set('half_open');
      return current;
    },
    canRequest() {
      if (current === 'closed') return true;
      if (current === 'open') return cooledDown();
      return !trialInFlight;
    },
    tryAcquire() {
      if (current === 'closed') return true;
      if (current === 'open') {
        if (!cooledDown()) return false;
        set('half_open');
      }
      if (trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    success() {
      failures = 0;
      trialInFlight = false;
      set('closed');
    },
    failure() {
      if (current === 'half_open') return open();
      failures += 1;
      if (current === 'closed' && failures >= failureThreshold) open();
    },
    release() {
      if (current === 'half_open') trialInFlight = false;
    },
  };
}
