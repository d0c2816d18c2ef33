// The open database, handed down from the app shell once it opened successfully. Features pass
// it to repository functions; they never touch its tables themselves.
import { createContext, useContext } from 'react';
import type { AppDb } from '../../db/app-db';

export const DbContext = createContext<AppDb | null>(null);

export function useDb(): AppDb {
  const db = useContext(DbContext);
  if (!db)
    throw new Error(
      'useDb() used outside <DbContext.Provider>: the app shell must open the database first',
    );
  return db;
}
