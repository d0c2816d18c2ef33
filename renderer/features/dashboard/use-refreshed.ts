// A figure read from the figures worker and read again shortly after any committed write to
// the tables it depends on (useRefreshOn). `key` names what is asked (e.g. today and the
// period): a value read for another key is never returned.
import { useEffect, useState } from 'react';
import { useDb } from '../../services/db/db-context';
import { useRefreshOn } from './use-dashboard';

export function useRefreshed<T>(
  load: () => Promise<T>,
  key: string,
  tables: ReadonlySet<string>,
): { value: T | undefined; error: unknown } {
  const db = useDb();
  const [state, setState] = useState<{ key: string; value: T }>();
  const [error, setError] = useState<unknown>(null);
  const version = useRefreshOn(tables);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setState({ key, value });
        setError(null);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt each render; `key` says when what it asks for changed, `db` when the
    // database it reads (and so the figures client) did.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key, version]);

  return { value: state?.key === key ? state.value : undefined, error };
}
