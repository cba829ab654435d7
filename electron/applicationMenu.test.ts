import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './applicationMenu.js';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('applicationMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'])(
    'on %s has no Help menu, no links, and keeps editing',
    (platform) => {
      const packaged = roles(applicationMenuTemplate(platform, false));
      expect(packaged).toContain('editMenu');
      expect(packaged).not.toContain('help');
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(JSON.stringify(applicationMenuTemplate(platform, true))).not.toMatch(/https?:|click/);
    },
  );

  it('offers DevTools only in development', () => {
    expect(roles(applicationMenuTemplate('linux', true))).toContain('toggleDevTools');
  });
});
