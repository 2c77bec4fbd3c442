/**
 * `npm test`: every check of the project, in order, continuing after failures, each step's
 * output streamed as it runs. Ends with exactly one line `N passed, N failed` (each check
 * counts one; vitest steps count their tests) and exits 1 if anything failed.
 *
 *   npm test              type-check, lint, format, unit tests, e2e builds, e2e specs
 *   npm test -- --unit    type-check, lint, format, unit tests
 *   npm test -- --e2e     e2e builds and e2e specs (E2E_BROWSERS=chromium,firefox-mv2 narrows)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const e2eEnv = { AI_LA_AI_E2E: '1' };
/** Where the e2e builds go and where the specs look for them (AI_LA_AI_OUT_DIR, default .output). */
const outDir = process.env.AI_LA_AI_OUT_DIR ?? '.output';
if (process.env.AI_LA_AI_OUT_DIR) process.env.E2E_OUTPUT_DIR = outDir;
/** Test reports, kept apart per output directory for the same reason. */
const reports = outDir === '.output' ? 'test-results' : `test-results/${basename(outDir)}`;

interface Step {
  title: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** A vitest run: count its tests from this JSON report instead of counting one check. */
  vitestJson?: string;
  /** A build: also require this output directory's manifest. */
  output?: string;
}

interface Tally {
  passed: number;
  failed: number;
  note?: string;
}

const checks: Step[] = [
  { title: 'type-check', command: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { title: 'lint', command: bin('eslint'), args: ['.'] },
  { title: 'format', command: bin('prettier'), args: ['--check', '.'] },
  {
    title: 'unit tests',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`],
    vitestJson: `${reports}/unit.json`,
  },
];

const e2e: Step[] = [
  {
    title: 'build chrome-mv3 (e2e)',
    command: bin('wxt'),
    args: ['build'],
    env: e2eEnv,
    output: `${outDir}/chrome-mv3-e2e`,
  },
  {
    title: 'build firefox-mv2 (e2e)',
    command: bin('wxt'),
    args: ['build', '-b', 'firefox'],
    env: e2eEnv,
    output: `${outDir}/firefox-mv2-e2e`,
  },
  {
    title: 'build firefox-mv3 (e2e)',
    command: bin('wxt'),
    args: ['build', '-b', 'firefox', '--mv3'],
    env: e2eEnv,
    output: `${outDir}/firefox-mv3-e2e`,
  },
  {
    title: 'e2e tests',
    command: bin('vitest'),
    args: [
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${reports}/e2e.json`,
    ],
    vitestJson: `${reports}/e2e.json`,
  },
];

function run(step: Step): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    child.on('error', (error) => {
      console.error(`${step.title}: could not start ${step.command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

async function vitestTally(file: string, exitCode: number): Promise<Tally> {
  let report: { numPassedTests?: number; numFailedTests?: number };
  try {
    report = JSON.parse(await readFile(join(root, file), 'utf8')) as typeof report;
  } catch {
    return { passed: 0, failed: 1, note: `no report at ${file} (exit ${exitCode})` };
  }
  const passed = report.numPassedTests ?? 0;
  const failed = report.numFailedTests ?? 0;
  // A suite that fails to load, or an error outside any test, fails the run without a failed test.
  if (exitCode !== 0 && failed === 0)
    return { passed, failed: 1, note: `exit ${exitCode} outside any test` };
  return { passed, failed };
}

async function runStep(step: Step): Promise<Tally> {
  console.log(
    `\n━━ ${step.title}: ${[step.command.replace(`${root}/`, ''), ...step.args].join(' ')}`,
  );
  if (step.vitestJson) await rm(join(root, step.vitestJson), { force: true });
  const code = await run(step);
  if (step.vitestJson) return vitestTally(step.vitestJson, code);
  if (code !== 0) return { passed: 0, failed: 1, note: `exit ${code}` };
  if (step.output && !existsSync(join(root, step.output, 'manifest.json'))) {
    return {
      passed: 0,
      failed: 1,
      note: `built, but no ${step.output}/manifest.json (is AI_LA_AI_E2E wired?)`,
    };
  }
  return { passed: 1, failed: 0 };
}

async function main(): Promise<number> {
  const flags = new Set(process.argv.slice(2));
  const unknown = [...flags].filter((flag) => flag !== '--unit' && flag !== '--e2e');
  if (unknown.length > 0 || (flags.has('--unit') && flags.has('--e2e'))) {
    console.error(
      `usage: tsx scripts/run-tests.ts [--unit | --e2e] (got ${process.argv.slice(2).join(' ')})`,
    );
    return 2;
  }
  const steps = flags.has('--unit') ? checks : flags.has('--e2e') ? e2e : [...checks, ...e2e];

  const results: [Step, Tally][] = [];
  for (const step of steps) results.push([step, await runStep(step)]);

  console.log('\n━━ summary');
  for (const [step, tally] of results) {
    const mark = tally.failed > 0 ? '✗' : '✓';
    console.log(
      `${mark} ${step.title}: ${tally.passed} passed, ${tally.failed} failed${tally.note ? ` (${tally.note})` : ''}`,
    );
  }
  const passed = results.reduce((sum, [, tally]) => sum + tally.passed, 0);
  const failed = results.reduce((sum, [, tally]) => sum + tally.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
