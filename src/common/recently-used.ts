/**
 * The `size` values used most recently, by key: a cache of what is dear to make and cheap to tell
 * apart (a council's work plan for a revision, a public page for its values). The least recently used
 * goes first (a Map keeps the order things were set in; each use sets it again).
 */
export class RecentlyUsed<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.kept.get(key);
    if (value !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.kept.delete(key);
    this.kept.set(key, value);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
  }
}
