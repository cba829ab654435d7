import { createContext, useContext } from 'react';
import type { CitationIndex } from './citationIndex';

const EMPTY: CitationIndex = { ordered: [], byFact: new Map() };

export const CitationIndexContext = createContext<CitationIndex>(EMPTY);

export function useCitationIndex(): CitationIndex {
  return useContext(CitationIndexContext);
}
