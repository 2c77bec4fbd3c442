/**
 * Which mention is under the pointer. The highlights are not elements, so there is nothing to
 * hover: the caret position under the point gives a text node and offset, which map to the
 * collected text, then to the mention there; the mention's own rectangles confirm the hit
 * (the caret snaps to the nearest character even beside the text).
 */
import type { PageText } from './collect-page-text';

export interface PlacedMention {
  start: number;
  end: number;
  range: Range;
}

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (
    doc as Document & {
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    }
  ).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export class MentionHitTester {
  private readonly nodeStart = new Map<Node, number>();

  constructor(
    page: PageText,
    /** Sorted by start, not overlapping. */
    private readonly placed: readonly PlacedMention[],
  ) {
    for (const segment of page.segments) this.nodeStart.set(segment.node, segment.start);
  }

  /** Index into `placed` of the mention under (x, y), or -1. */
  at(doc: Document, x: number, y: number): number {
    const caret = caretAt(doc, x, y);
    if (!caret) return -1;
    const base = this.nodeStart.get(caret.node);
    if (base === undefined) return -1;
    const offset = base + caret.offset;
    // The caret sits between characters: the mention may end at the offset or start there.
    for (const probe of [offset, offset - 1]) {
      const index = this.indexHolding(probe);
      if (index === -1) continue;
      const rects = this.placed[index]!.range.getClientRects();
      for (const rect of rects) if (contains(rect, x, y)) return index;
    }
    return -1;
  }

  private indexHolding(offset: number): number {
    let lo = 0;
    let hi = this.placed.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.placed[mid]!;
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
