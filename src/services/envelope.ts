import type { Envelope } from '@contracts/envelope';
import { isErrorCode } from '@contracts/errors';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a reply has the envelope shape every function promises; anything else is a fault. */
export const isEnvelope = (value: unknown): value is Envelope<unknown> => {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !isRecord(value.error)) return false;
  return isErrorCode(value.error.code) && typeof value.error.message === 'string';
};
