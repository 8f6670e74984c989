/**
 * Answers "did any key occur twice?" for a million staged keys without holding the keys: each key is kept as
 * two 32-bit hashes in an open-addressing table (8 bytes a key, not the ~70 of a Set of strings). Two distinct
 * keys with the same 64-bit hash pair would be reported as a repeat — a false alarm that only sends the
 * staging file down the exact (SQL) duplicate check it would otherwise skip; a real repeat is never missed.
 */
export class RepeatDetector {
  private slots = new Uint32Array(2 * 1024);
  private used = 0;
  /** Set once any key has been seen twice (or two keys collided on 64 bits). */
  repeated = false;

  see(key: string): void {
    if (this.repeated) return;
    // FNV-1a and a multiplicative hash over the UTF-16 code units; `| 1` keeps 0 free to mark an empty slot.
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
    }
    a = (a | 1) >>> 0;
    b = b >>> 0;
    if (this.insert(a, b)) this.grow();
  }

  /** Answers whether the table should grow (over half full); marks `repeated` when the pair is already there. */
  private insert(a: number, b: number): boolean {
    const mask = this.slots.length / 2 - 1;
    let at = (a ^ (b >>> 7)) & mask;
    for (;;) {
      const slotA = this.slots[2 * at];
      if (slotA === 0) {
        this.slots[2 * at] = a;
        this.slots[2 * at + 1] = b;
        this.used += 1;
        return this.used * 2 > mask + 1;
      }
      if (slotA === a && this.slots[2 * at + 1] === b) {
        this.repeated = true;
        return false;
      }
      at = (at + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.used = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.insert(old[i] as number, old[i + 1] as number);
  }
}
