/**
 * Reads VLSP 2018 NER files: text with inline, possibly nested
 * `<ENAMEX TYPE="PERSON">…</ENAMEX>` tags. The tags are removed; each entity keeps its
 * UTF-16 offsets in the remaining text, its type, and the type of the entity around it.
 */

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  text: string;
  /** Type of the innermost entity that contains this one ("Trường THPT <PERSON>"), if any. */
  parent?: string;
}

export interface GoldDocument {
  text: string;
  spans: GoldSpan[];
}

const TAG = /<\s*(\/)?\s*ENAMEX\b([^>]*)>/gi;
const TYPE = /TYPE\s*=\s*["']?([A-Za-z_-]+)/i;

export function readVlsp(source: string): GoldDocument {
  const raw = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let text = '';
  let last = 0;
  const open: { start: number; type: string }[] = [];
  const spans: GoldSpan[] = [];
  for (const match of raw.matchAll(TAG)) {
    text += raw.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1]) {
      // A stray closing tag is dropped with nothing to close.
      const entity = open.pop();
      if (!entity) continue;
      const span: GoldSpan = {
        start: entity.start,
        end: text.length,
        type: entity.type,
        text: text.slice(entity.start, text.length),
      };
      const parent = open[open.length - 1];
      if (parent) span.parent = parent.type;
      spans.push(span);
    } else {
      open.push({ start: text.length, type: (TYPE.exec(match[2] ?? '')?.[1] ?? '').toUpperCase() });
    }
  }
  text += raw.slice(last);
  // Spans that open and close on the same whitespace are dropped; the rest trimmed, in order.
  const kept = spans
    .map((s) => trimSpan(text, s))
    .filter((s): s is GoldSpan => s !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans: kept };
}

function trimSpan(text: string, span: GoldSpan): GoldSpan | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return undefined;
  return { ...span, start, end, text: text.slice(start, end) };
}
