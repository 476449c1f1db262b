/**
 * The only waits the tests take besides events and `expect.poll` / `vi.waitFor`.
 *
 * A test never asserts after an arbitrary pause: it waits for the event that signals the thing (a socket event, a
 * store write, a `close`), polls with `expect.poll` until the thing holds, or moves a clock it owns. What stays is
 * the one case where the pause is the behaviour under test: "nothing (more) arrives within N ms". That is an
 * absence, which no event can signal, so it is said by name here, and the assertion is checked all through the
 * window (it fails as soon as something arrives, not only at the end).
 */

/** Checks `assertion` now and every `everyMs` for `ms`: it must hold the whole time (it throws as soon as it does not). */
export async function expectNothingWithin(ms: number, assertion: () => void | Promise<void>, everyMs = 10) {
  const until = performance.now() + ms;
  await assertion();
  while (performance.now() < until) {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(everyMs, Math.max(0, until - performance.now()))),
    );
    await assertion();
  }
}

/**
 * A hub clock (`now` for createHub) that runs with real time and jumps forward when told: for tests that need
 * "later" (a quiet period, an expiry) without sleeping through it. Real time keeps running so timers, rate
 * windows and order of writes behave as in production.
 */
export function jumpingClock() {
  let jumpedMs = 0;
  return {
    now: () => new Date(Date.now() + jumpedMs),
    jump(ms: number) {
      jumpedMs += ms;
    },
  };
}
