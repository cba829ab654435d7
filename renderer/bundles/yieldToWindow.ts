/** How long work may hold the window before letting it paint and handle input. */
const SLICE_MS = 40;
let sliceStart = Date.now();

/**
 * Lets the window paint (progress bars) and handle input during long work done in steps on
 * its thread. Resolves at once inside a slice; after SLICE_MS it waits for a macrotask, since
 * awaiting promises alone never lets the browser render.
 */
export async function yieldToWindow(): Promise<void> {
  if (Date.now() - sliceStart < SLICE_MS) return;
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  sliceStart = Date.now();
}
