// A set of [start, end) spans kept sorted by start, answering "does anything here overlap?" by binary
// search, so that checking each new quotation against those kept stays fast on very long articles.

export class SpanSet<T extends { readonly start: number; readonly end: number }> {
  private readonly items: T[] = [];
  /** The longest span stored, which bounds how far back an overlapping span can start. */
  private longest = 0;

  add(item: T): void {
    const i = this.firstStartingAtOrAfter(item.start);
    this.items.splice(i, 0, item);
    this.longest = Math.max(this.longest, item.end - item.start);
  }

  /** Every stored span that overlaps [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.firstStartingAtOrAfter(start - this.longest); i < this.items.length; i++) {
      const s = this.items[i];
      if (!s || s.start >= end) break;
      if (s.end > start) out.push(s);
    }
    return out;
  }

  /** The stored span with the greatest end at or before `limit`, among those starting at or after `from`. */
  lastEndingBy(from: number, limit: number): T | undefined {
    let best: T | undefined;
    for (let i = this.firstStartingAtOrAfter(from); i < this.items.length; i++) {
      const s = this.items[i];
      if (!s || s.start >= limit) break;
      if (s.end <= limit && (!best || s.end > best.end)) best = s;
    }
    return best;
  }

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
