// `npm run bench` (see scripts/bench/runBench.ts). The benchmark is TypeScript because it runs
// the project's own shared/ and renderer/ code, so tsx's loader is registered first.
import { register } from 'tsx/esm/api';

register();
await import('./bench/runBench.ts');
