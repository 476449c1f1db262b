/** A tiny typed event emitter that works the same in Node and browsers. */
export type EventMap = Record<string, unknown[]>;
export type Listener<A extends unknown[]> = (...args: A) => void;

export interface Emitter<M extends EventMap> {
  /** Adds a listener; returns a function that removes it. */
  on: <E extends keyof M>(event: E, listener: Listener<M[E]>) => () => void;
  off: <E extends keyof M>(event: E, listener: Listener<M[E]>) => void;
  /** Resolves with the arguments of the next matching event. */
  once: <E extends keyof M>(event: E, filter?: (...args: M[E]) => boolean) => Promise<M[E]>;
  emit: <E extends keyof M>(event: E, ...args: M[E]) => void;
}

export function createEmitter<M extends EventMap>(): Emitter<M> {
  type AnyListener = (...args: unknown[]) => void;
  const listeners = new Map<keyof M, Set<AnyListener>>();

  const off = <E extends keyof M>(event: E, listener: Listener<M[E]>) => {
    listeners.get(event)?.delete(listener as unknown as AnyListener);
  };
  const on = <E extends keyof M>(event: E, listener: Listener<M[E]>) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener as unknown as AnyListener);
    return () => off(event, listener);
  };

  return {
    on,
    off,
    once(event, filter) {
      return new Promise((resolve) => {
        const remove = on(event, (...args) => {
          if (filter && !filter(...args)) return;
          remove();
          resolve(args);
        });
      });
    },
    emit(event, ...args) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          listener(...(args as unknown[]));
        } catch (error) {
          // A failing listener must not break the socket's event handling; report it and go on.
          console.error(`[jorge-hub sdk] a "${String(event)}" listener threw`, error);
        }
      }
    },
  };
}
