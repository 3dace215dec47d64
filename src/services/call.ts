import type { ActionDef, ActionInput, ActionOutput } from '@contracts/action';
import { ERROR_MESSAGES } from '@contracts/errors';
import { isEnvelope } from './envelope';
import { CallError } from './errors';
import { platformTransport, type Transport } from './transport';
import { fieldErrorsOf } from './validate';

export type Caller = <A extends ActionDef>(def: A, input: ActionInput<A>) => Promise<ActionOutput<A>>;

let onUnauthenticated: (() => void) | undefined;

/** The app decides what "not signed in" means on its platform (the local sign-in page in H5). */
export const setUnauthenticatedHandler = (handler: (() => void) | undefined): void => {
  onUnauthenticated = handler;
};

/**
 * Builds the one way the app reaches the backend. Input is checked with the action's schema
 * first (the same messages the server would send); the reply must be an envelope; every failure
 * becomes a CallError with a Chinese message.
 */
export const createCaller =
  (transport: Transport): Caller =>
  async (def, input) => {
    const fields = fieldErrorsOf(def.input, input);
    if (fields) throw new CallError('INVALID_INPUT', Object.values(fields)[0] ?? ERROR_MESSAGES.INVALID_INPUT, fields);

    const reply = await transport(def.fn, { action: def.name, input });
    if (!isEnvelope(reply)) throw CallError.internal();
    if (reply.ok) return reply.data as ActionOutput<typeof def>;
    if (reply.error.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw CallError.fromApi(reply.error);
  };

export const call: Caller = createCaller(platformTransport);
