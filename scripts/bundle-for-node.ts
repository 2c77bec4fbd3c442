/**
 * Bundles a TypeScript entry (with lib/ and the dataset) into one ES module for Node, the way
 * the extension's code is bundled: minified names off, no keep-names helpers, so benchmarks
 * measure what ships. `tsx scripts/bundle-for-node.ts ENTRY OUTFILE`.
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

export async function bundleForNode(entry: string, outfile: string, executable = false) {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: {
      // Some bundled CommonJS dependencies call require(); give the ES module one.
      js: `${executable ? '#!/usr/bin/env node\n' : ''}import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);`,
    },
    // Browser drivers stay in node_modules (they find their own files at run time).
    external: ['canvas', 'playwright-core', 'puppeteer-core'],
    logLevel: 'warning',
  });
  if (executable) chmodSync(outfile, 0o755);
}

if (process.argv[1]?.endsWith('bundle-for-node.ts')) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) {
    console.error('usage: tsx scripts/bundle-for-node.ts ENTRY OUTFILE');
    process.exit(2);
  }
  await bundleForNode(entry, outfile);
}
