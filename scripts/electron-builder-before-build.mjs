// electron-builder `beforeBuild` hook. Returning false tells electron-builder that
// node_modules are handled outside it, and they are: Vite and esbuild bundle every runtime
// dependency into dist/, so the package ships no node_modules at all (fewer files, no
// unused code such as playwright-core in the installed app) and nothing is rebuilt.
export default async function beforeBuild() {
  return false;
}
