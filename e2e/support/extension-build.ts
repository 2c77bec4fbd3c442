import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './settings';

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  content_scripts?: { matches?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** The manifest of an unpacked build, or a clear error saying how to build it. */
export async function assertBuilt(extensionDir: string): Promise<BuiltManifest> {
  const file = join(extensionDir, 'manifest.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BuiltManifest;
  } catch (error) {
    throw new Error(
      `No extension build at ${relative(PROJECT_ROOT, extensionDir)}: run \`npm test -- --e2e\` ` +
        `(or AI_LA_AI_E2E=1 npx wxt build [-b firefox [--mv3]]) first`,
      { cause: error },
    );
  }
}
