// The one place shared/ takes zod from. Zod 4 compiles object parsers with `new Function`
// unless told not to; the app's Content-Security-Policy forbids 'unsafe-eval', so every
// schema must be built and run jitless. Importing `z` from here guarantees the setting is
// applied before any schema in the project is used.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
