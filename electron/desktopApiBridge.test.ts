import { describe, expect, it } from 'vitest';
import { DESKTOP_API_GLOBAL, DESKTOP_CHANNELS } from '../shared/platform/desktopApi.js';
import { API_GLOBAL, CHANNEL_NAMES, createDesktopApi } from './desktopApiBridge.js';

describe('the preload API', () => {
  it('has exactly the methods of DESKTOP_CHANNELS', () => {
    const api = createDesktopApi(async () => undefined);
    expect(Object.keys(api).sort()).toEqual(Object.keys(DESKTOP_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('uses the channel names and global name of the shared channel map', () => {
    expect(CHANNEL_NAMES).toEqual(
      Object.fromEntries(Object.entries(DESKTOP_CHANNELS).map(([m, spec]) => [m, spec.channel])),
    );
    expect(API_GLOBAL).toBe(DESKTOP_API_GLOBAL);
  });

  it('sends each request on its own channel, alone, and returns the answer', async () => {
    const calls: unknown[][] = [];
    const api = createDesktopApi(async (...args) => {
      calls.push(args);
      return { answer: args[0] };
    });
    const request = { purpose: 'sources', multiple: true } as const;
    // Extra arguments a page might pass are not forwarded.
    const call = api.openFiles as (...args: unknown[]) => Promise<unknown>;
    expect(await call(request, 'extra', { path: '/etc/passwd' })).toEqual({ answer: 'files:open' });
    await api.appInfo({});
    await api.openExternal({ url: 'https://example.org/' });
    expect(calls).toEqual([
      ['files:open', request],
      ['app:info', {}],
      ['shell:openExternal', { url: 'https://example.org/' }],
    ]);
  });
});
