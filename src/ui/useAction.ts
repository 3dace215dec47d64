import { useCallback, useState } from 'react';
import { CallError, toCallError } from '../services/errors';

/**
 * One change the person asks for (grant a role, verify a house): busy while it runs, then
 * either the server's Chinese error or a short confirmation, both shown inline.
 */
export const useAction = () => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError>();
  const [notice, setNotice] = useState('');

  const run = useCallback(async <T>(change: () => Promise<T>, done: string): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    setNotice('');
    try {
      const result = await change();
      setNotice(done);
      return result;
    } catch (failure) {
      setError(toCallError(failure));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, notice, run };
};
