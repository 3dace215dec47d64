import { useCallback, useRef } from 'react';

/** A fresh idempotency key for one change (letters and digits, 20 characters). */
export const newRequestId = (): string => {
  let id = Date.now().toString(36);
  while (id.length < 20) id += Math.floor(Math.random() * 36).toString(36);
  return id.slice(0, 20);
};

/**
 * The key of the change the person is making: the same while they retry it (a lost reply, a
 * second tap), a new one once it went through — so the server applies each change once.
 */
export const useRequestId = () => {
  const key = useRef(newRequestId());
  const current = useCallback(() => key.current, []);
  const done = useCallback(() => {
    key.current = newRequestId();
  }, []);
  return { current, done };
};
