/**
 * Just enough of MediaWiki markup to read Vietnamese Wikipedia infobox values as plain text:
 * comments, references, file links, templates, wikilinks, HTML tags and bold/italic quotes.
 */

import { tidy } from './text';

/** Placeholder for a line break (`<br>` or a newline) while links are being resolved. */
const BREAK = '\u2028';
const FILE_LINK = /\[\[\s*(?:tập[ _]tin|tệp|file|image|hình|hình ảnh)\s*:[^[\]]*\]\]/giu;

/** Removes comments and `<ref>` footnotes, including an unclosed one running to the end. */
export function stripNotes(value: string): string {
  return value
    .replace(/<!--[\s\S]*?(?:-->|$)/gu, '')
    .replace(/<ref\b[^>]*\/>/giu, '')
    .replace(/<ref\b[^>]*>[\s\S]*?(?:<\/ref\s*>|$)/giu, '');
}

/**
 * Replaces templates, innermost first, with what `render` returns for them (the default drops
 * them). `name` is the template name as written, `args` its positional arguments, trimmed.
 */
export function replaceTemplates(
  value: string,
  render: (name: string, args: string[]) => string = () => '',
): string {
  let text = value;
  for (let guard = 0; guard < 20; guard++) {
    const next = text.replace(/\{\{([^{}]*)\}\}/gu, (_whole, inner: string) => {
      const [name = '', ...rest] = inner.split('|');
      const args = rest.filter((arg) => !/^\s*[\p{L}_ ]+\s*=/u.test(arg)).map((a) => a.trim());
      return render(name.trim(), args);
    });
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Resolves `[[target|text]]` to text and `[[target]]` to target; breaks inside become spaces. */
function resolveLinks(value: string): string {
  let text = value;
  for (let guard = 0; guard < 5; guard++) {
    const next = text
      .replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/gu, (_w, _t: string, label: string) =>
        label.replaceAll(BREAK, ' '),
      )
      .replace(/\[\[([^[\]|]*)\]\]/gu, (_w, target: string) => target.replaceAll(BREAK, ' '));
    if (next === text) break;
    text = next;
  }
  return text
    .replace(/\[https?:\/\/\S+\s+([^\]]*)\]/gu, '$1')
    .replace(/\[https?:\/\/\S+\]/gu, '')
    .replace(/\[\[|\]\]/gu, '');
}

/**
 * Plain-text lines of a wikitext value: markup removed, one entry per `<br>`/newline line, list
 * bullets and empty lines dropped. Strings are NFC-normalised.
 */
export function wikiLines(value: string): string[] {
  let text = stripNotes(value.normalize('NFC'));
  text = text.replace(FILE_LINK, '');
  text = replaceTemplates(text);
  text = text.replace(/<br\s*\/?\s*>/giu, BREAK).replace(/\r?\n/gu, BREAK);
  text = resolveLinks(text);
  text = text
    .replace(/<\/?[a-z][^>]*>/giu, '')
    .replace(/'{2,}/gu, '')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&ndash;/gu, '–')
    .replace(/&mdash;/gu, '—')
    .replace(/&amp;/gu, '&');
  return text
    .split(BREAK)
    .map((line) => tidy(line).replace(/^[*#•:]+\s*/u, ''))
    .map((line) => line.replace(/^[\s,;]+|[\s,;]+$/gu, ''))
    .filter((line) => line !== '');
}

/**
 * One-line plain text of a wikitext value. Lines are joined with ", " (the infobox shows them as
 * separate lines), or with a space when the next line continues the previous one (it starts
 * with a bracket or a lower-case letter).
 */
export function wikiToText(value: string): string {
  const lines = wikiLines(value);
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (/^[(\p{Ll}]/u.test(line)) out += ` ${line}`;
    else out += `, ${line}`;
  }
  return out;
}
