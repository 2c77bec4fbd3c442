import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The .muc and .txt files under `dir`, in every subfolder, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(path));
    else if (/\.(muc|txt)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}
