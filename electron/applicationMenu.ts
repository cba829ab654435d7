import type { MenuItemConstructorOptions } from 'electron';

/**
 * The menu bar, built from Electron's roles only. It replaces Electron's default menu,
 * whose Help items open electronjs.org pages in the browser (network traffic the user did
 * not ask for) and whose View menu offers DevTools in packaged builds. Edit roles stay:
 * on macOS copy and paste work only through them.
 */
export function applicationMenuTemplate(
  platform: string,
  devTools: boolean,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(devTools
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return platform === 'darwin'
    ? [{ role: 'appMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }]
    : [{ role: 'fileMenu' }, { role: 'editMenu' }, view];
}
