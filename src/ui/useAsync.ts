import { useCallback, useEffect, useRef, useState } from 'react';
import { CallError, toCallError } from '../services/errors';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: CallError } | { status: 'ready'; data: T };

/**
 * Runs a service call when the page opens (and again on `reload`), keeping only the latest
 * answer: a slow earlier reply never overwrites a newer one.
 */
export const useAsync = <T>(load: () => Promise<T>, deps: readonly unknown[] = []) => {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const latest = useRef(0);
  const run = useCallback(load, deps);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    try {
      const data = await run();
      if (ticket === latest.current) setState({ status: 'ready', data });
    } catch (error) {
      if (ticket === latest.current) setState({ status: 'error', error: toCallError(error) });
    }
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Replaces the data in place after a change the server confirmed. */
  const update = useCallback((data: T) => setState({ status: 'ready', data }), []);

  return { state, reload, update };
};
