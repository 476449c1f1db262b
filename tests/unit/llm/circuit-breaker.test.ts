import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, type CircuitState } from '../../../src/llm/circuit-breaker.js';
import { manualClock } from '../../fakes/manual-clock.js';

describe('circuit breaker', () => {
  it('opens after N consecutive failures; a success in between resets the count', () => {
    const clock = manualClock();
    const changes: CircuitState[] = [];
    const breaker = createCircuitBreaker(clock, {
      failureThreshold: 3,
      cooldownMs: 1_000,
      onStateChange: (s) => changes.push(s),
    });
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.state()).toBe('closed');
    breaker.failure();
    expect(breaker.state()).toBe('open');
    expect(breaker.canRequest()).toBe(false);
    expect(breaker.tryAcquire()).toBe(false);
    expect(changes).toEqual(['open']);
  });

  it('lets exactly one trial through after the cooldown; its success closes the circuit', () => {
    const clock = manualClock();
    const breaker = createCircuitBreaker(clock, { failureThreshold: 1, cooldownMs: 1_000 });
    breaker.failure();
    clock.advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.state()).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(false);
    breaker.success();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('re-opens for a full cooldown when the trial fails; a released trial frees the slot', () => {
    const clock = manualClock();
    const breaker = createCircuitBreaker(clock, { failureThreshold: 1, cooldownMs: 1_000 });
    breaker.failure();
    clock.advance(1_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.release();
    expect(breaker.tryAcquire()).toBe(true);
    breaker.failure();
    expect(breaker.state()).toBe('open');
    clock.advance(500);
    expect(breaker.canRequest()).toBe(false);
    clock.advance(500);
    expect(breaker.canRequest()).toBe(true);
  });
});
