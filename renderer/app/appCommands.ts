import { createContext, useContext } from 'react';

/** Actions any screen can start (header buttons, first run, empty states). */
export interface AppCommands {
  newCaseFile(): void;
  addSources(): void;
  /** Opens the file dialog for a bundle; call it from the click itself. */
  importBundle(): void;
  /** With case ids: the export preset to those case files. */
  exportBundle(caseIds?: readonly string[]): void;
}

export const AppCommandsContext = createContext<AppCommands | null>(null);

export function useAppCommands(): AppCommands {
  const commands = useContext(AppCommandsContext);
  if (!commands) throw new Error('useAppCommands outside AppShell');
  return commands;
}
