import { decodeText } from './codec';

/**
 * In-memory caches of committed state (decoded documents, index lookups), bounded by a weight
 * (stored bytes, or ids), least recently used out first. The recency list is linked through the
 * entries: evicting by iterating the Map instead would skip over every deleted slot each time.
 */
interface Slot<V> {
  key: string;
  value: V;
  weight: number;
  newer: Slot<V> | undefined;
  older: Slot<V> | undefined;
}

export class BoundedCache<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private newest: Slot<V> | undefined;
  private oldest: Slot<V> | undefined;
  private total = 0;

  constructor(readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot !== this.newest) {
      this.unlink(slot);
      this.linkNewest(slot);
    }
    return slot.value;
  }

  set(key: string, value: V, weight: number): void {
    this.delete(key);
    if (weight > this.maxWeight / 8) return;
    const slot: Slot<V> = { key, value, weight, newer: undefined, older: undefined };
    this.slots.set(key, slot);
    this.linkNewest(slot);
    this.total += weight;
    while (this.total > this.maxWeight && this.oldest) this.delete(this.oldest.key);
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.unlink(slot);
    this.total -= slot.weight;
  }

  get weight(): number {
    return this.total;
  }

  get size(): number {
    return this.slots.size;
  }

  private unlink(slot: Slot<V>): void {
    if (slot.newer) slot.newer.older = slot.older;
    else this.newest = slot.older;
    if (slot.older) slot.older.newer = slot.newer;
    else this.oldest = slot.newer;
    slot.newer = undefined;
    slot.older = undefined;
  }

  private linkNewest(slot: Slot<V>): void {
    slot.older = this.newest;
    if (this.newest) this.newest.newer = slot;
    this.newest = slot;
    if (!this.oldest) this.oldest = slot;
  }
}

/** Cached values are shared by every reader, so they are frozen: nobody may change them. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const item of value) deepFreeze(item);
    else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function decodeFrozen(text: string): unknown {
  return deepFreeze(decodeText(text));
}
