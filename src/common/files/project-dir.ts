import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, found from this file: src/ under ts-jest, dist/src/ when built. Templates and
 * the page assets are read from the project's src/ and node_modules/ either way.
 */
export function projectDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'common'))) return dir;
  }
  throw new Error('The project folder (with src/common) was not found');
}
