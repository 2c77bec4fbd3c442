/**
 * Reading a dataset file a user imports: refused before anything is parsed into the database
 * when it is too large or not JSON, then checked against the dataset schema. Pure: the
 * database side is in ./database.ts and ./people-service.ts.
 */
import { findDatasetProblems } from '../lib/dataset/schema';
import type { Dataset } from '../lib/dataset/types';

/** The largest file accepted: 50 MB (the bundled dataset is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many schema problems a refusal lists. */
export const MAX_LISTED_PROBLEMS = 5;

/**
 * Why a file was refused, for the interface to say in its own language: the _locales message
 * `dataset_refused_<code>` filled with `params`.
 */
export interface ImportRefusal {
  code: 'tooLarge' | 'notJson' | 'invalid';
  params: string[];
}

export type ImportCheck =
  | { ok: true; dataset: Dataset }
  | {
      ok: false;
      /** One sentence saying why nothing was imported (English: the CLI and logs). */
      message: string;
      refusal: ImportRefusal;
      /** The first problems (at most five), then "… and N more" when there are others. */
      problems: string[];
    };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The UTF-8 size of `text`, without encoding it (stops counting once past `cap`). */
export function utf8Size(text: string, cap = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks a file's text as a dataset. `size` is the file's size in bytes when the caller knows
 * it (a `File`'s `size`); otherwise the text's UTF-8 size is used. The size is checked first,
 * then the text is parsed as JSON, then validated.
 */
export function checkImportText(text: string, size?: number): ImportCheck {
  const bytes =
    size ?? (text.length > MAX_IMPORT_BYTES ? text.length : utf8Size(text, MAX_IMPORT_BYTES));
  if (bytes > MAX_IMPORT_BYTES) {
    const message =
      `The file is larger than ${megabytes(MAX_IMPORT_BYTES)}` +
      `${size === undefined ? '' : ` (${megabytes(size)})`}, the most that can be imported. ` +
      'Nothing was imported.';
    const refusal: ImportRefusal = { code: 'tooLarge', params: ['50'] };
    return { ok: false, message, refusal, problems: [message] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const message = `The file is not JSON (${why}). Nothing was imported.`;
    return { ok: false, message, refusal: { code: 'notJson', params: [why] }, problems: [message] };
  }
  const problems = findDatasetProblems(data);
  if (problems.length > 0) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    if (problems.length > MAX_LISTED_PROBLEMS) {
      listed.push(`… and ${problems.length - MAX_LISTED_PROBLEMS} more`);
    }
    return {
      ok: false,
      message: `The file is not a valid dataset (${problems.length} ${noun}). Nothing was imported.`,
      refusal: { code: 'invalid', params: [String(problems.length)] },
      problems: listed,
    };
  }
  return { ok: true, dataset: data as Dataset };
}
