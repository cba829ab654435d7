import { describe, expect, it } from 'vitest';
import { parseCompareStartupsOptions } from './compareStartupsOptions.js';

const parse = (...argv: string[]) => parseCompareStartupsOptions(argv, {});

describe('npm run bench:startups options', () => {
  it('takes two sides, a port, and defaults for the rest', () => {
    expect(parse('--a', '/x/main=/tmp/pa', '--b', '/x/wt=/tmp/p=b', '--port', '5496')).toEqual({
      a: { root: '/x/main', profile: '/tmp/pa' },
      // Only the first "=" separates: a profile path may hold one.
      b: { root: '/x/wt', profile: '/tmp/p=b' },
      port: 5496,
      rounds: 8,
      starts: 2,
      chromium: '/usr/bin/chromium',
      seed: 20250911,
    });
    expect(
      parseCompareStartupsOptions(
        ['--a', 'r=p', '--b', 'r=q', '--port', '1', '--rounds', '3', '--starts', '1'],
        { KARTOTEKA_CHROMIUM: '/opt/chromium' },
      ),
    ).toMatchObject({ rounds: 3, starts: 1, chromium: '/opt/chromium' });
    expect(parse('--help')).toBe('help');
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parse('--a', 'r=p', '--port', '5496')).toThrow(/both --a and --b/u);
    expect(() => parse('--a', 'r=p', '--b', 'r=q')).toThrow(/--port is needed/u);
    expect(() => parse('--a', 'just-a-root', '--b', 'r=q', '--port', '1')).toThrow(
      /--a takes ROOT=PROFILE/u,
    );
    expect(() => parse('--a', 'r=p', '--b', 'r=q', '--port', '70000')).toThrow(/1–65535/u);
    expect(() => parse('--a', 'r=p', '--b', 'r=q', '--port', '1', '--rounds')).toThrow(
      /needs a value/u,
    );
    expect(() => parse('--fast')).toThrow(/unknown option --fast/u);
  });
});
