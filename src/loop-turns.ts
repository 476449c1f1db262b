/**
 * Spreads CPU-heavy starts over event-loop turns. Each call of the returned function resolves in a turn of its
 * own, after the I/O that arrived meanwhile was handled (the deltas of model streams already running, acks,
 * socket reads). Fifty coaching runs whose context reads come back together then delay a running stream by one
 * start's work at a time, not by fifty.
 */
export function createTurnQueue(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  // An immediate queued from an immediate runs in the next loop iteration, after its poll phase.
  const releaseOne = () => {
    waiting.shift()?.();
    if (waiting.length > 0) setImmediate(releaseOne);
    else scheduled = false;
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (scheduled) return;
      scheduled = true;
      setImmediate(releaseOne);
    });
}
