import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * AI_LA_AI_E2E=1 builds the extension for the end-to-end tests: identical, except that the
 * content script also runs on http://127.0.0.1 (where the tests serve their pages) and the
 * output goes to .output/<browser>-mv<N>-e2e.
 */
const e2e = process.env.AI_LA_AI_E2E === '1';
/** AI_LA_AI_OUT_DIR moves the output (default .output), so that two builds can run side by side. */
const outDir = process.env.AI_LA_AI_OUT_DIR ?? '.output';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${e2e ? '-e2e' : ''}`,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // No host permission at install: the content script's matches cover the built-in news
    // sites; any other site is asked for when the user switches it on (utils/site-access.ts),
    // and `scripting` (MV3) registers the content script there (utils/site-scripts.ts).
    permissions: manifestVersion === 3 ? ['storage', 'tabs', 'scripting'] : ['storage', 'tabs'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    // The e2e build's "other site" is localhost. Playwright cannot answer Chromium's permission
    // prompt, so there the origin is granted at install and permissions.request() resolves at
    // once; Firefox's tests turn its prompt off instead (e2e/support/firefox.ts).
    ...(e2e && browser !== 'firefox' ? { host_permissions: ['*://localhost/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-la-ai@ai-la-ai.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve('data/dataset.json'), relativeDest: 'dataset.json' });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), 'http://127.0.0.1/*'];
      }
    },
  },
  zip: {
    excludeSources: ['**/node_modules/**', '.output/**', 'e2e/**', 'bench/**', 'tests/**'],
  },
});
