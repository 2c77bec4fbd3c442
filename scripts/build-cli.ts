/** Bundles the `ai-la-ai` command-line tool (cli/ai-la-ai.ts, with lib/ and the dataset) into dist/. */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/ai-la-ai.mjs';
await build({
  entryPoints: ['cli/ai-la-ai.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  banner: {
    // Some bundled CommonJS dependencies call require(); give the ES module one.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  external: ['canvas'],
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile}`);
