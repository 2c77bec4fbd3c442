/**
 * Builds data/dataset.json (a Dataset, see lib/dataset/types.ts) and data/lexicon.json from the
 * source files. Deterministic: the same sources give byte-identical output.
 *
 *   npx tsx data/build-dataset.ts [--sources DIR] [--report]
 *
 * DIR is the shared data folder whose sources/ holds one folder per source (default
 * ../shared/data, resolved from the project root; a DIR given on the command line is resolved
 * from the current directory). The lexicon is read from the project's own copy in data/lexicon/.
 * See data/README.md for the decisions taken.
 */

import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { findDatasetProblems } from '../lib/dataset/schema';
import type { Dataset, Person } from '../lib/dataset/types';
import { readLexicon, type LexiconEntry } from './build/lexicon';
import { assignIds, mergeDrafts } from './build/merge';
import { newStats, type BuildStats } from './build/model';
import { NA16_DIR, readNa16 } from './build/na16';
import { formatDataset, formatLexicon } from './build/output';
import { POLITICAL_NET_DIR, readPoliticalNet } from './build/political-net';
import { compareCodePoints, nameKey } from './build/text';

export const DATASET_VERSION = '0.1.0';

/**
 * The sources used, with the latest date each can describe (from their SOURCE.md): political-net
 * files last changed 2025-11-21; the NA XVI profiles were fetched on 2026-07-03.
 */
export const SOURCES = [
  { dir: POLITICAL_NET_DIR, snapshot: '2025-11-21' },
  { dir: NA16_DIR, snapshot: '2026-07-03' },
] as const;

export const LICENSE =
  'Derived from Vietnamese Wikipedia (CC BY-SA 4.0) via political-net, and from the National ' +
  'Assembly XVI deputy profiles (CC BY 4.0, Vietnam Elections dataset by Bamboo Filing ' +
  'Cabinet). This derived data is licensed CC BY-SA 4.0.';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCES = resolve(PROJECT_ROOT, '../shared/data');
const DATA_DIR = join(PROJECT_ROOT, 'data');

interface Args {
  sources: string;
  report: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sources: DEFAULT_SOURCES, report: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--report') args.report = true;
    else if (arg === '--sources' && argv[i + 1] !== undefined)
      args.sources = resolve(argv[++i] ?? '');
    else if (arg?.startsWith('--sources=')) args.sources = resolve(arg.slice('--sources='.length));
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npx tsx data/build-dataset.ts [--sources DIR] [--report]');
      process.exit(0);
    } else fail(`unknown argument "${arg}" (usage: build-dataset.ts [--sources DIR] [--report])`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`build-dataset: ${message}`);
  process.exit(1);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Writes through a temporary file so a failed build never leaves half a file behind. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  writeFileSync(temp, content, 'utf8');
  renameSync(temp, path);
}

export interface BuildResult {
  dataset: Dataset;
  lexicon: LexiconEntry[];
  stats: BuildStats;
}

/** Builds everything from `dataDir` (the folder holding sources/) without writing files. */
export function build(dataDir: string): BuildResult {
  const sourcesDir = join(dataDir, 'sources');
  const stats = newStats();
  const lexicon = readLexicon(join(DATA_DIR, 'lexicon'));
  const namePrefixes = lexicon
    .filter((e) => e.kind === 'rank' || e.kind === 'honorific')
    .flatMap((e) => [e.vi, ...e.variants])
    .sort((a, b) => b.length - a.length || compareCodePoints(a, b));

  const pn = SOURCES[0];
  const na = SOURCES[1];
  const pnDrafts = readPoliticalNet({ sourcesDir, snapshot: pn.snapshot, namePrefixes, stats });
  const naDrafts = readNa16({ sourcesDir, snapshot: na.snapshot, stats });
  const people = assignIds(mergeDrafts(pnDrafts, naDrafts, stats), stats);

  const asOf =
    SOURCES.map((s) => s.snapshot)
      .sort()
      .at(-1) ?? '';
  const dataset: Dataset = { version: DATASET_VERSION, asOf, license: LICENSE, people };
  return { dataset, lexicon, stats };
}

/** Groups of two or more people whose names are the same (ignoring tone-mark placement). */
export function homonymGroups(people: Person[]): Person[][] {
  const groups = new Map<string, Person[]>();
  for (const p of people) groups.set(nameKey(p.name), [...(groups.get(nameKey(p.name)) ?? []), p]);
  return [...groups.values()].filter((g) => g.length > 1);
}

function printReport({ dataset, lexicon, stats }: BuildResult): void {
  const people = dataset.people;
  const positions = people.reduce((n, p) => n + p.positions.length, 0);
  const bySource = new Map<string, number>();
  for (const p of people) {
    const kinds = [...new Set(p.sources.map((s) => s.split(':')[0]))].join('+');
    bySource.set(kinds, (bySource.get(kinds) ?? 0) + 1);
  }
  const groups = homonymGroups(people);
  const line = (label: string, value: number | string) =>
    console.log(`  ${label.padEnd(52)} ${value}`);

  console.log(`dataset ${dataset.version}, as of ${dataset.asOf}`);
  line('people', people.length);
  line('positions', positions);
  for (const [kinds, n] of [...bySource].sort()) line(`people from ${kinds}`, n);
  line('people with no position', people.filter((p) => p.positions.length === 0).length);
  line(
    'people with a birth date (full / month / year)',
    [10, 7, 4].map((n) => people.filter((p) => p.birth?.length === n).length).join(' / '),
  );
  line('people with no birth date', people.filter((p) => !p.birth).length);
  line('people with a gender', people.filter((p) => p.gender).length);
  line('people with a hometown', people.filter((p) => p.hometown).length);
  line('people with aliases', people.filter((p) => p.aliases.length > 0).length);
  line(
    'current positions',
    people.reduce((n, p) => n + p.positions.filter((q) => q.current).length, 0),
  );
  const dropped = stats.datesDropped.length + stats.datesAfterSnapshot.length;
  line('dates dropped (positions and people kept)', dropped);
  line('  of which unreadable', stats.datesDropped.length);
  line('  of which after the source snapshot', stats.datesAfterSnapshot.length);
  line('dates cut back to the year (impossible month/day)', stats.datesReduced.length);
  line(
    'homonym groups (same name, several people)',
    `${groups.length} (${groups.reduce((n, g) => n + g.length, 0)} people)`,
  );
  line('lexicon entries', lexicon.length);
  for (const [key, n] of Object.entries(stats.counters).sort()) line(key, n);

  const biggest = [...groups].sort(
    (a, b) => b.length - a.length || compareCodePoints(a[0]?.name ?? '', b[0]?.name ?? ''),
  );
  console.log('\nlargest homonym groups:');
  for (const g of biggest.slice(0, 8))
    console.log(`  ${g[0]?.name}: ${g.map((p) => p.id).join(', ')}`);
  console.log('\ndates dropped:');
  for (const d of stats.datesDropped)
    console.log(`  ${d.where} ${d.field}: ${JSON.stringify(d.text)}`);
  for (const d of stats.datesAfterSnapshot)
    console.log(`  ${d.where} ${d.field}: ${d.date} (after snapshot)`);
  console.log('\ndates cut back to the year:');
  for (const d of stats.datesReduced) console.log(`  ${d.where} ${d.field} → ${d.text}`);
  console.log('\nto review:');
  for (const note of stats.notes) console.log(`  ${note}`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!isDirectory(args.sources))
    fail(`sources directory not found: ${args.sources} (use --sources DIR)`);
  for (const s of SOURCES) {
    const dir = join(args.sources, 'sources', s.dir);
    if (!isDirectory(dir)) fail(`source folder not found: ${dir} (is --sources the right DIR?)`);
  }
  const result = build(args.sources);
  const problems = findDatasetProblems(result.dataset);
  if (problems.length > 0) {
    fail(`the built dataset is invalid:\n${problems.slice(0, 20).join('\n')}`);
  }
  writeAtomically(join(DATA_DIR, 'dataset.json'), formatDataset(result.dataset));
  writeAtomically(join(DATA_DIR, 'lexicon.json'), formatLexicon(result.lexicon));
  const { people } = result.dataset;
  console.log(
    `wrote data/dataset.json (${people.length} people) and ` +
      `data/lexicon.json (${result.lexicon.length} entries)`,
  );
  if (args.report) printReport(result);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
