/** Hands the import controller to the components that open files. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ImportController } from '../../store/import/importController';

const ImportContext = createContext<ImportController | null>(null);

export function ImportProvider({ controller, children }: { controller: ImportController; children: ReactNode }) {
  return <ImportContext.Provider value={controller}>{children}</ImportContext.Provider>;
}

export function useImportController(): ImportController {
  const c = useContext(ImportContext);
  if (!c) throw new Error('useImportController needs an ImportProvider');
  return c;
}
