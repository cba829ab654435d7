/**
 * The database name of the archive when none is given (tests and profiles use others). Kept
 * in a module of its own, without Dexie, for the window's first chunk (renderer/main.tsx).
 */
export const DEFAULT_ARCHIVE_NAME = 'kartoteka';
