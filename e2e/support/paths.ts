import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The project's root, and the shared folder that stands beside it on every machine. */
export const repoRoot = path.resolve(here, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const seedsDir = path.join(sharedDir, 'seeds');

/** Screenshots of the main screens, kept as test artifacts to look at. */
export const screenshotDir = path.join(repoRoot, 'artifacts', 'screens');
