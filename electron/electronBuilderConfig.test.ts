import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// electron-builder's own loader and JSON-schema check, without packaging anything (a real
// package build would download Electron).
describe('electron-builder.yml', () => {
  it('is valid for electron-builder and packages only the built app', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('org.kartoteka.app');
    expect(config.productName).toBe('Kartoteka');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      {
        filter: [
          'package.json',
          'dist/electron/**',
          'dist/renderer/**',
          '!**/*.map',
          '!node_modules/**/*',
        ],
      },
    ]);
  });

  it('ships no node_modules: the beforeBuild hook says they are handled (bundled) elsewhere', async () => {
    const config = await getConfig(root, null, null);
    expect(config.npmRebuild).not.toBe(false); // with npmRebuild off the hook is never called
    expect(typeof config.beforeBuild).toBe('string');
    const hook: unknown = await import(path.resolve(root, String(config.beforeBuild)));
    const beforeBuild = (hook as { default: () => Promise<boolean> }).default;
    expect(await beforeBuild()).toBe(false);
  });

  it('publishes nothing and never updates itself', async () => {
    const config = await getConfig(root, null, null);
    expect(config.publish).toBeNull();
    for (const platform of [config.linux, config.mac, config.win]) {
      expect(platform?.publish).toBeUndefined();
    }
  });

  it('targets AppImage and deb, dmg, and nsis', async () => {
    const config = await getConfig(root, null, null);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('turns off the fuses that would make the app a Node runtime', async () => {
    const config = await getConfig(root, null, null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
