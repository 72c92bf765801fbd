// Maps 32-bit feature keys to weight rows with an open-addressing hash table (linear probing, up
// to three quarters full: a small table stays in the cache, and the extra probes of a key that is
// not in the model mostly fall in the same cache line).

export class KeyIndex {
  /** Pairs of (key, row + 1); row + 1 = 0 marks an empty slot. */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1024;
    while (size * 3 < keys.length * 4) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let row = 0; row < keys.length; row++) {
      let slot = mix(keys[row]) & this.mask;
      while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = keys[row] | 0;
      this.table[slot * 2 + 1] = row + 1;
    }
  }

  /** Row of `key`, or -1 when the model has no weights for it. */
  row(key: number): number {
    const signed = key | 0;
    let slot = mix(key) & this.mask;
    for (;;) {
      const row = this.table[slot * 2 + 1];
      if (row === 0 || this.table[slot * 2] === signed) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

function mix(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
