import { defineConfig } from 'vitest/config';

/**
 * End-to-end specs: the built extension in real Chromium and Firefox (see e2e/support/).
 * Run through `npm test` (which builds first) or `npm test -- --e2e`.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browsers are heavy and the machines have 2 cores: one spec file, one browser at a time.
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
