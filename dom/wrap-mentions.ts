/**
 * Accessible mode: each mention wrapped in an `<ai-la-ai-mention tabindex="0">` element that
 * Tab reaches and focus can open a card from. A mention split over inline tags gets one
 * element per text piece; only the first is a tab stop. Reversible: `restore()` gives every
 * text node its original data back and removes every node added, so the page's DOM is as it
 * was (the same nodes, the same text, the same markup).
 *
 * Custom elements cannot be defined from a content script (Chrome gives it no
 * `customElements`), and need not be: an unknown element with a dash in its name is a plain
 * inline HTMLElement, styled by highlights.css.
 */
import type { PageText } from './collect-page-text';

export const MENTION_TAG = 'ai-la-ai-mention';

export interface WrapItem {
  start: number;
  end: number;
  kind: string;
  /** What the element is read as ("Phạm Bình Minh — focus or press Enter for details"). */
  label: string;
}

export interface WrappedMentions {
  /** Element → index into the items wrapped (every piece of a mention maps to it). */
  readonly indexOf: ReadonlyMap<Element, number>;
  /** The elements of item `index`, in page order. */
  elementsOf(index: number): Element[];
  /** Puts the page back exactly as it was. */
  restore(): void;
}

interface Piece {
  from: number;
  to: number;
  item: number;
  first: boolean;
}

/** Elements in which a tab stop would nest one interactive control in another. */
const INTERACTIVE = 'a[href], button, label, summary, [role="button"], [role="link"]';

export function wrapMentions(page: PageText, items: readonly WrapItem[]): WrappedMentions {
  const doc = page.segments[0]?.node.ownerDocument;
  const pieces = new Map<Text, Piece[]>();
  // Segments are sorted by start: walk them alongside the mentions (also sorted by start).
  let s = 0;
  items.forEach((item, index) => {
    while (s < page.segments.length) {
      const seg = page.segments[s]!;
      if (seg.start + seg.node.data.length <= item.start) s++;
      else break;
    }
    let first = true;
    for (let k = s; k < page.segments.length; k++) {
      const seg = page.segments[k]!;
      if (seg.start >= item.end) break;
      const from = Math.max(item.start, seg.start) - seg.start;
      const to = Math.min(item.end, seg.start + seg.node.data.length) - seg.start;
      if (to <= from || !/\S/.test(seg.node.data.slice(from, to))) continue;
      const list = pieces.get(seg.node) ?? [];
      list.push({ from, to, item: index, first });
      pieces.set(seg.node, list);
      first = false;
    }
  });

  const originals: { node: Text; data: string }[] = [];
  const added: Node[] = [];
  const indexOf = new Map<Element, number>();
  const byItem = new Map<number, Element[]>();
  for (const [node, list] of pieces) {
    if (!doc || !node.isConnected || !node.parentNode) continue;
    const data = node.data;
    originals.push({ node, data });
    const inInteractive = node.parentElement?.closest(INTERACTIVE) !== null;
    const after: Node[] = [];
    for (let p = 0; p < list.length; p++) {
      const piece = list[p]!;
      const item = items[piece.item]!;
      const element = doc.createElement(MENTION_TAG);
      element.dataset.kind = item.kind;
      if (piece.first && !inInteractive) {
        element.tabIndex = 0;
        element.setAttribute('role', 'button');
        element.setAttribute('aria-haspopup', 'dialog');
        element.setAttribute('aria-label', item.label);
      }
      element.append(doc.createTextNode(data.slice(piece.from, piece.to)));
      after.push(element);
      indexOf.set(element, piece.item);
      const elements = byItem.get(piece.item) ?? [];
      elements.push(element);
      byItem.set(piece.item, elements);
      const next = list[p + 1]?.from ?? data.length;
      if (next > piece.to) after.push(doc.createTextNode(data.slice(piece.to, next)));
    }
    // The original node keeps the text before the first piece; the rest follows it.
    node.data = data.slice(0, list[0]!.from);
    node.after(...after);
    added.push(...after);
  }

  return {
    indexOf,
    elementsOf: (index) => byItem.get(index) ?? [],
    restore: () => {
      for (const node of added) node.parentNode?.removeChild(node);
      for (const { node, data } of originals) node.data = data;
      added.length = 0;
      originals.length = 0;
      indexOf.clear();
      byItem.clear();
    },
  };
}
