/**
 * The events a map reports (hover, click, camera moves, errors, ready), for the interactive map,
 * the year grid and the screen's map alike: listeners by event type, each added by on() and
 * removed by the function it returns.
 */
export type Listener<T> = (event: T) => void;

export class MapEvents<Events> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    let listeners = this.#listeners.get(type);
    if (!listeners) this.#listeners.set(type, (listeners = new Set()));
    listeners.add(listener as Listener<never>);
    return () => listeners.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    for (const listener of this.#listeners.get(type) ?? []) (listener as Listener<Events[K]>)(event);
  }

  clear(): void {
    this.#listeners.clear();
  }
}
