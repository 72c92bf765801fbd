// Maps 32-bit feature keys to weight rows with an open-addressing hash table.

export class KeyIndex {
  private readonly table: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.table = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let row = 0; row < keys.length; row++) {
      let slot = mix(keys[row]) & this.mask;
      while (this.rows[slot] >= 0) slot = (slot + 1) & this.mask;
      this.table[slot] = keys[row];
      this.rows[slot] = row;
    }
  }

  /** Row of `key`, or -1 when the model has no weights for it. */
  row(key: number): number {
    let slot = mix(key) & this.mask;
    for (;;) {
      const row = this.rows[slot];
      if (row < 0 || this.table[slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

function mix(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
}
