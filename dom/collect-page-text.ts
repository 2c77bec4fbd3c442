/**
 * Reads a page's text the way a reader sees it: text split across inline elements is one
 * text (`<b>Phạm</b> Bình Minh`), blocks are separated by a line break, and nothing is read
 * from places a reader does not read or that belong to the user (form fields, editable
 * areas, scripts, styles) or to the extension itself.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the collected text. */
  start: number;
}

export interface PageText {
  text: string;
  /** Text nodes in document order with their offsets; gaps between them are separators. */
  segments: TextSegment[];
}

// prettier-ignore
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME',
  'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'CODE', 'PRE', 'KBD', 'SAMP',
]);

// prettier-ignore
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'BODY', 'HTML',
]);

/** Tag names of the extension's own elements on the page. */
export const OWN_ELEMENTS = new Set(['AI-LA-AI-CARD']);

function isSkipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag) || OWN_ELEMENTS.has(tag)) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return element.getAttribute('aria-hidden') === 'true' && element.tagName !== 'BODY';
}

export function collectPageText(root: Element): PageText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastWasBreak = true;
  const pushBreak = (): void => {
    if (lastWasBreak) return;
    parts.push('\n');
    length += 1;
    lastWasBreak = true;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: length });
        parts.push(data);
        length += data.length;
        lastWasBreak = false;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (isSkipped(element)) {
          pushBreak();
          continue;
        }
        const block = BLOCKS.has(element.tagName.toUpperCase());
        if (block) pushBreak();
        walk(element);
        if (block) pushBreak();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The segment holding `offset`, by binary search; undefined for a separator position. */
export function segmentAt(page: PageText, offset: number): TextSegment | undefined {
  const { segments } = page;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + seg.node.data.length) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/** A DOM Range over [start, end) of the collected text, or null if the nodes changed since. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  const first = segmentAt(page, start);
  const last = segmentAt(page, end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}
