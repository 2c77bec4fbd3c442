/**
 * `ai-la-ai annotate FILE... [--json] [--date YYYY-MM-DD]`: the extension's engine on files.
 * Offsets are UTF-16 code units of the file's text as decoded from UTF-8, unnormalised;
 * for .html files the text is the document's textContent.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import dataset from '../data/dataset.json';
import { createRecogniser, type Mention } from '../lib/create-recogniser';
import { namedPeopleOf } from '../lib/dataset/named-people';
import type { Dataset } from '../lib/dataset/types';
import { todayIso } from '../lib/date/partial-date';
import { findArticleDate, type ArticleDate } from '../lib/date/article-date';
import { readArticleDate } from '../dom/read-article-date';

const USAGE = `Usage: ai-la-ai annotate FILE... [--json] [--date YYYY-MM-DD]

Finds Vietnamese officials, their titles and the bodies they lead in .txt and .html files.
  --json   one JSON object per mention per line, with its file
  --date   the article's date, to choose each person's post (default: the date the page
           gives in its meta tags, JSON-LD, <time> or dateline; else today)`;

/** A problem the user can fix; printed as one line, never a stack trace. */
class UsageError extends Error {}

interface Args {
  files: string[];
  json: boolean;
  date?: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(`unknown command "${command}" (try: annotate)`);
  const args: Args = { files: [], json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? rest[++i] : arg.slice('--date='.length);
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new UsageError(`--date needs a date as YYYY-MM-DD, got "${value ?? ''}"`);
      }
      args.date = value;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('annotate needs at least one FILE');
  return args;
}

interface FileText {
  text: string;
  /** The article's date read from the page (HTML only). */
  date?: ArticleDate;
}

/** The file's text, or a one-line reason it has none. */
function readText(file: string, today: string): FileText {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file}: is a directory`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EACCES') throw new UsageError(`${file}: permission denied`);
    throw new UsageError(`${file}: cannot be read (${code ?? 'unknown error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: not UTF-8 text (binary or another encoding)`);
  }
  if (text.includes('\u0000')) throw new UsageError(`${file}: binary data, not text`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { document } = parseHTML(text);
    const content = document.documentElement?.textContent ?? '';
    return {
      text: content,
      date: readArticleDate(document as unknown as Document, content, today),
    };
  }
  if (ext !== '.txt') throw new UsageError(`${file}: only .txt and .html files are read`);
  return { text, date: findArticleDate({ meta: [], jsonLd: [], times: [], text }, today) };
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${offset - last}`;
}

function describe(m: Mention): string {
  const who =
    m.kind === 'person' ? (m.id ? `${m.name} [${m.id}]` : `${m.name} [not in dataset]`) : '';
  const title = m.title && m.title !== m.text ? m.title : '';
  const parts = [m.kind.padEnd(6), m.text];
  if (who && m.name !== m.text) parts.push(`→ ${who}`);
  else if (who) parts.push(m.id ? `[${m.id}]` : '[not in dataset]');
  if (title) parts.push(`— ${title}`);
  if (m.en) parts.push(`(${m.en})`);
  if (m.post !== undefined) parts.push(`[on this date: ${m.post ? m.post.raw : 'no post known'}]`);
  if (m.holder) parts.push(`[held by ${m.holder.name} on this date]`);
  if (m.alternatives?.length) parts.push(`{also: ${m.alternatives.join(', ')}}`);
  parts.push(`${Math.round(m.confidence * 100)}%`);
  return parts.join('  ');
}

function main(argv: string[]): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`ai-la-ai: ${(error as Error).message} (see ai-la-ai --help)\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const recogniser = createRecogniser(namedPeopleOf(dataset as Dataset));
  const today = todayIso();
  let failed = 0;
  for (const file of args.files) {
    let text: string;
    let date: string;
    try {
      const read = readText(file, today);
      text = read.text;
      // --date overrides what the page says.
      date = args.date ?? read.date?.date ?? today;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`ai-la-ai: ${error.message}\n`);
      failed++;
      continue;
    }
    const mentions = recogniser.recognise(text, { date, asOf: (dataset as Dataset).asOf });
    if (args.json) {
      for (const m of mentions) {
        // Every linked person carries `post`, null when the dataset knows none on the date.
        const row = m.kind === 'person' && m.id ? { post: null, ...m } : m;
        process.stdout.write(`${JSON.stringify({ file, ...row })}\n`);
      }
    } else {
      const people = mentions.filter((m) => m.kind === 'person').length;
      process.stdout.write(
        `${file}: ${mentions.length} mentions, ${people} of people (article date ${date})\n`,
      );
      for (const m of mentions) {
        process.stdout.write(`  ${lineAndColumn(text, m.start).padEnd(8)} ${describe(m)}\n`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`ai-la-ai: internal error: ${(error as Error).message}\n`);
  process.exitCode = 70;
}
