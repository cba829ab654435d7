/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app's version from package.json, set by vite.config.ts. */
  readonly KARTOTEKA_VERSION: string;
}
