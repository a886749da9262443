// Where this checkout of Arshif lives (package.json, node_modules, src, test fixtures), whatever the
// working directory: the one place that knows how deep this file sits.
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
