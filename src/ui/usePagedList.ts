import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@contracts/fields';
import { CallError, toCallError } from '../services/errors';
import type { AsyncState } from './useAsync';

/**
 * A list fetched page by page with the contracts' opaque cursor. A new query (filters changed)
 * starts over and wins over any reply still on its way.
 */
export const usePagedList = <T>(fetchPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]) => {
  const [state, setState] = useState<AsyncState<T[]>>({ status: 'loading' });
  const [cursor, setCursor] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CallError>();
  const query = useRef(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  const reload = useCallback(async () => {
    const ticket = ++query.current;
    setState({ status: 'loading' });
    setMoreError(undefined);
    try {
      const page = await fetcher.current();
      if (ticket !== query.current) return;
      setState({ status: 'ready', data: page.items });
      setCursor(page.nextCursor);
    } catch (error) {
      if (ticket === query.current) setState({ status: 'error', error: toCallError(error) });
    }
  }, []);

  const loadMore = useCallback(async () => {
    if (!cursor || state.status !== 'ready') return;
    const ticket = query.current;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await fetcher.current(cursor);
      if (ticket !== query.current) return;
      setState({ status: 'ready', data: [...state.data, ...page.items] });
      setCursor(page.nextCursor);
    } catch (error) {
      if (ticket === query.current) setMoreError(toCallError(error));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, state]);

  /** Puts a changed item (confirmed by the server) in place without refetching. */
  const replace = useCallback((match: (item: T) => boolean, next: T) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', data: s.data.map((item) => (match(item) ? next : item)) } : s));
  }, []);

  /** Refreshes items from a local source of truth (e.g. rows changed on a detail page). */
  const refresh = useCallback((next: (item: T) => T) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', data: s.data.map(next) } : s));
  }, []);

  useEffect(() => {
    void reload();
    // Refetch exactly when the caller's query changes.
  }, deps);

  return { state, hasMore: Boolean(cursor), loadingMore, moreError, reload, loadMore, replace, refresh };
};
