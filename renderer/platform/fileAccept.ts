import type { FilePurpose } from '../../shared/platform/desktopApi';

/** What the browser's file picker offers for each purpose (the desktop dialog mirrors it). */
export const FILE_ACCEPT: Record<FilePurpose, string> = {
  sources: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
  // Bundles may be encrypted and carry any extension a colleague gave them: allow every file.
  bundle: '',
};
