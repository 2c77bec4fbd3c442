/**
 * The mentions on the page as the reader sees them: drawn with the CSS Custom Highlight API
 * (nothing in the DOM changes), or, in accessible mode, wrapped in elements Tab reaches. Only
 * the kinds the reader left on are shown (and answer the pointer). Re-reads the page when it
 * changes and when settings change, without a reload.
 *
 * No loop with pages that rewrite their own DOM: highlights never mutate the page, and the
 * wrapping is done `quietly` (the watcher ignores it). A part of a page that undoes the
 * wrapping each time (a widget re-rendering its view on any change) would still answer every
 * wrap with a change of its own: once it has undone the wrapping twice, the mentions inside it
 * are drawn with highlights instead, and nothing there is wrapped again.
 */
import {
  annotatePage,
  annotatePageWhenIdle,
  type PageAnnotation,
  type PlacedMentionOf,
} from '../../dom/annotate-page';
import {
  clearHighlights,
  drawHighlights,
  highlightKindOf,
  supportsHighlights,
  type HighlightKind,
} from '../../dom/highlight-mentions';
import type { PageWatch } from '../../dom/watch-page-changes';
import { MENTION_TAG, wrapMentions, type WrappedMentions } from '../../dom/wrap-mentions';
import type { Recogniser } from '../../lib/create-recogniser';
import type { HighlightMode } from '../../utils/settings';

export interface LayerSettings {
  kinds: Record<HighlightKind, boolean>;
  highlightMode: HighlightMode;
}

/** Times a part of the page may undo the wrapping before it is left to highlights. */
const MAX_UNDONE_WRAPS = 2;

/** Where a wrapping element sat: its ancestors, nearest first, up to the body. */
function ancestorsOf(element: Element): Element[] {
  const list: Element[] = [];
  for (let e = element.parentElement; e && e !== element.ownerDocument.body; e = e.parentElement) {
    list.push(e);
  }
  return list;
}

function sameMentions(a: readonly PlacedMentionOf[], b: readonly PlacedMentionOf[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, k) => {
      const q = b[k]!;
      return (
        p.start === q.start &&
        p.end === q.end &&
        p.mention.text === q.mention.text &&
        p.mention.id === q.mention.id &&
        highlightKindOf(p.mention) === highlightKindOf(q.mention)
      );
    })
  );
}

export class MentionLayer {
  current: PageAnnotation;
  /** The placed mentions of the kinds switched on, in page order. */
  shown: PlacedMentionOf[] = [];
  private wrapped?: {
    marks: WrappedMentions;
    elements: Element[];
    placements: Element[][];
    /** Index into `shown` of each wrapped item. */
    shownIndex: number[];
  };
  /** Parts of the page that undid the wrapping, and how often. */
  private readonly undoneBy = new Map<Element, number>();
  private watch?: PageWatch;
  /** Cancels the reading under way in idle periods, if any. */
  private cancelReading?: () => void;

  constructor(
    private readonly doc: Document,
    private readonly recogniser: Recogniser,
    private settings: LayerSettings,
    private readonly today: () => string,
    /** A label for a wrapped mention, read by screen readers. */
    private readonly labelOf: (text: string) => string,
  ) {
    this.current = annotatePage(doc, recogniser, today());
  }

  /** Where the layer's own DOM changes are made without waking the page watcher. */
  setWatch(watch: PageWatch): void {
    this.watch = watch;
  }

  /** Draws the first reading (made by the constructor). */
  show(): void {
    this.draw();
  }

  /**
   * The page changed: reads it again in idle periods (dom/annotate-page.ts), then draws; a
   * newer change drops a reading still under way. Wrapped mentions (accessible mode) are
   * compared and re-read at once instead, see `refresh`.
   */
  refreshWhenIdle(drawn: () => void): void {
    this.cancelReading?.();
    if (this.wrapped) {
      this.refresh();
      drawn();
      return;
    }
    this.cancelReading = annotatePageWhenIdle(this.doc, this.recogniser, this.today(), (next) => {
      this.cancelReading = undefined;
      this.current = next;
      this.draw();
      drawn();
    });
  }

  /** Settings changed: draw again in the new mode with the new kinds. */
  apply(settings: LayerSettings): void {
    this.settings = settings;
    this.refresh(true);
  }

  /**
   * Reads the page again (it changed, or settings did) and draws. When the page changed
   * elsewhere and every wrapped mention is still in place, the wrapping is kept as it is: the
   * element the reader has focused stays, and a ticking clock on the page costs no DOM work.
   */
  refresh(force = false): void {
    this.cancelReading?.();
    this.cancelReading = undefined;
    if (!force && this.wrapped?.elements.every((e) => e.isConnected)) {
      const next = annotatePage(this.doc, this.recogniser, this.today());
      const shown = next.placed.filter((p) => this.settings.kinds[highlightKindOf(p.mention)]);
      if (sameMentions(shown, this.shown)) return;
    }
    this.noteUndoneWrapping();
    this.unwrap();
    this.current = annotatePage(this.doc, this.recogniser, this.today());
    this.draw();
  }

  /** Counts, for each part of the page that removed wrapping elements, one more undoing. */
  private noteUndoneWrapping(): void {
    if (!this.wrapped) return;
    const owners = new Set<Element>();
    this.wrapped.elements.forEach((element, k) => {
      if (element.isConnected) return;
      const owner = this.wrapped!.placements[k]!.find((e) => e.isConnected);
      if (owner) owners.add(owner);
    });
    for (const owner of owners) this.undoneBy.set(owner, (this.undoneBy.get(owner) ?? 0) + 1);
  }

  /** Whether a mention lies in a part of the page that keeps undoing the wrapping. */
  private inHostilePart(range: Range): boolean {
    for (const [owner, count] of this.undoneBy) {
      if (count >= MAX_UNDONE_WRAPS && owner.contains(range.startContainer)) return true;
    }
    return false;
  }

  private draw(): void {
    const { kinds, highlightMode } = this.settings;
    this.shown = this.current.placed.filter((p) => kinds[highlightKindOf(p.mention)]);
    const canHighlight = supportsHighlights();
    // Without the Highlight API, elements are the only way to show mentions.
    const wrap = highlightMode === 'accessible' || !canHighlight;
    const wrapped = wrap ? this.shown.filter((p) => !this.inHostilePart(p.range)) : [];
    const highlighted = wrap ? this.shown.filter((p) => !wrapped.includes(p)) : this.shown;
    if (canHighlight) {
      drawHighlights(
        highlighted.map((p) => ({ kind: highlightKindOf(p.mention), range: p.range })),
      );
    }
    if (wrapped.length === 0) return;
    // Elements map to indexes into `shown` (see ofElement).
    const items = wrapped.map((p) => ({
      start: p.start,
      end: p.end,
      kind: highlightKindOf(p.mention),
      label: this.labelOf(p.mention.text),
    }));
    this.quietly(() => {
      const marks = wrapMentions(this.current.page, items);
      const elements = [...marks.indexOf.keys()];
      this.wrapped = {
        marks,
        elements,
        placements: elements.map(ancestorsOf),
        shownIndex: wrapped.map((p) => this.shown.indexOf(p)),
      };
    });
  }

  private unwrap(): void {
    const wrapped = this.wrapped;
    if (!wrapped) return;
    this.wrapped = undefined;
    this.quietly(() => wrapped.marks.restore());
  }

  private quietly(change: () => void): void {
    if (this.watch) this.watch.quietly(change);
    else change();
  }

  /** The shown mention under a point (highlight mode) or event target (accessible mode). */
  at(x: number, y: number, target: EventTarget | null): PlacedMentionOf | undefined {
    const element = this.ofElement(target);
    if (element) return element;
    const hit = this.current.placed[this.current.hitTester.at(this.doc, x, y)];
    return hit && this.settings.kinds[highlightKindOf(hit.mention)] ? hit : undefined;
  }

  /** The shown mention a wrapped element (or something inside it) belongs to. */
  ofElement(target: EventTarget | null): PlacedMentionOf | undefined {
    if (!this.wrapped || !(target instanceof Element)) return undefined;
    const element = target.closest(MENTION_TAG);
    const index = element ? this.wrapped.marks.indexOf.get(element) : undefined;
    return index === undefined ? undefined : this.shown[this.wrapped.shownIndex[index]!];
  }

  /** A range over a shown mention as it stands now (wrapped: over its elements). */
  rangeOf(placed: PlacedMentionOf): Range {
    const item = this.wrapped?.shownIndex.indexOf(this.shown.indexOf(placed)) ?? -1;
    if (!this.wrapped || item === -1) return placed.range;
    const elements = this.wrapped.marks.elementsOf(item);
    const range = this.doc.createRange();
    if (elements.length === 0) return placed.range;
    range.setStartBefore(elements[0]!);
    range.setEndAfter(elements[elements.length - 1]!);
    return range;
  }

  /** Back to the page as it was: no highlights, no elements. */
  clear(): void {
    this.cancelReading?.();
    this.cancelReading = undefined;
    this.unwrap();
    if (supportsHighlights()) clearHighlights();
  }
}
