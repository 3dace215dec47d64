import type { ErrorCode } from './errors';

/** Field path (dot-separated) → Chinese message for that field. */
export type FieldErrors = Record<string, string>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

/** What every cloud function action returns. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** The event every cloud function receives from the app. */
export interface ActionEvent {
  action: string;
  input?: unknown;
}
