import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { BundleError } from './bundleError.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';

/**
 * Whatever happens to a bundle on the way (a bad USB stick, a cut download, a hostile
 * edit), reading it either gives exactly what was written or refuses with a BundleError:
 * never altered content, never another kind of exception.
 */
describe('random damage to a valid bundle', () => {
  const damage = fc.record({
    flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  });

  type Damage = { flips: Array<{ at: number; value: number }>; cut: number | undefined };

  function corrupt(bytes: Uint8Array, d: Damage) {
    const out = bytes.slice();
    for (const { at, value } of d.flips) out[at % out.length] = value;
    return d.cut === undefined ? out : out.subarray(0, d.cut % out.length);
  }

  async function readsBackOrRefuses(
    expected: Awaited<ReturnType<typeof readBundle>>,
    damaged: Uint8Array,
    passphrase?: string,
  ) {
    try {
      const got = await readBundle(damaged, { passphrase });
      expect(got.revisions).toEqual(expected.revisions);
      expect(got.texts).toEqual(expected.texts);
      expect(got.manifest).toEqual(expected.manifest);
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError);
    }
  }

  it('is refused or read back unchanged (plain zip)', async () => {
    const original = await writeBundle(smallArchive(), TEST_OPTIONS);
    const expected = await readBundle(original);
    await fc.assert(
      fc.asyncProperty(damage, async (d) => readsBackOrRefuses(expected, corrupt(original, d))),
      { numRuns: 400 },
    );
  });

  it('is refused or read back unchanged (age-encrypted)', async () => {
    const passphrase = 'damaged in transit';
    const original = await writeBundle(smallArchive(), {
      ...TEST_OPTIONS,
      passphrase,
      scryptWorkFactor: 8,
    });
    const expected = await readBundle(original, { passphrase });
    await fc.assert(
      fc.asyncProperty(damage, async (d) =>
        readsBackOrRefuses(expected, corrupt(original, d), passphrase),
      ),
      { numRuns: 60 },
    );
  });
});
