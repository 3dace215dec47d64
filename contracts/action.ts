import type { GenericSchema, InferInput, InferOutput } from 'valibot';
import type { FunctionName } from './functions';
import type { Role } from './roles';

/**
 * Who may call an action: any signed-in person, or only holders of one of the listed roles.
 * The server enforces it on every call; the app uses it to decide what to show.
 */
export type Access = 'anyone' | readonly Role[];

export interface ActionDef<F extends FunctionName = FunctionName, S extends GenericSchema = GenericSchema, O = unknown> {
  readonly fn: F;
  readonly name: string;
  readonly input: S;
  readonly access: Access;
  /** Phantom: the type of `data` in a successful reply. Never set at run time. */
  readonly output?: O;
}

/** What the app sends for an action (before parsing: raw form values). */
export type ActionInput<A extends ActionDef> = InferInput<A['input']>;
/** What the handler receives (after parsing: trimmed, defaulted). */
export type ParsedInput<A extends ActionDef> = InferOutput<A['input']>;
export type ActionOutput<A extends ActionDef> = NonNullable<A['output']>;

/**
 * Declares an action once, for both the app and the functions:
 * `defineAction<Result>()({ fn: 'users', name: 'me', input: v.strictObject({}), access: 'anyone' })`.
 */
export const defineAction =
  <O>() =>
  <F extends FunctionName, S extends GenericSchema>(def: { fn: F; name: string; input: S; access: Access }): ActionDef<F, S, O> =>
    def;

export const mayCall = (access: Access, roles: readonly Role[]): boolean =>
  access === 'anyone' || access.some((role) => roles.includes(role));
