// The preload of the main window. It runs sandboxed, so it can require only `electron`
// (and a few Node shims): scripts/build-electron.mjs bundles it into one CommonJS file.
// It exposes the desktop API and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, createDesktopApi } from './desktopApiBridge.js';

contextBridge.exposeInMainWorld(
  API_GLOBAL,
  // A wrapper, so the page never holds ipcRenderer.invoke itself.
  createDesktopApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
