// Zod Mini (the same parsers, a tree-shakable functional API) for code that must load fast
// and validates little: the search worker checks its messages with it, and with the full zod
// its script was twice the size. Jitless for the same reason as zod.ts (no 'unsafe-eval').
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
