/** Bundles the `ai-la-ai` command-line tool (cli/ai-la-ai.ts, with lib/ and the dataset) into dist/. */
import { bundleForNode } from './bundle-for-node';

const outfile = 'dist/ai-la-ai.mjs';
await bundleForNode('cli/ai-la-ai.ts', outfile, true);
console.log(`built ${outfile}`);
