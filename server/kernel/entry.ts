import { mayCall, type ActionDef, type ActionOutput, type ParsedInput } from '@contracts/action';
import type { Envelope } from '@contracts/envelope';
import type { FunctionName } from '@contracts/functions';
import type { Role } from '@contracts/roles';
import { fail, type Result } from './result';
import { parseInput } from './validate';

/** The largest event a function accepts; real forms are far smaller. */
export const MAX_EVENT_BYTES = 256 * 1024;

export interface CallerBase {
  openid: string;
  roles: readonly Role[];
}

export interface HandlerContext<D, C extends CallerBase> {
  caller: C;
  deps: D;
}

export type Handler<A extends ActionDef, D, C extends CallerBase> = (
  input: ParsedInput<A>,
  ctx: HandlerContext<D, C>,
) => Promise<Result<ActionOutput<A>>>;

export type Handlers<M extends Record<string, ActionDef>, D, C extends CallerBase> = {
  [K in keyof M]: Handler<M[K], D, C>;
};

export interface EntryOptions<M extends Record<string, ActionDef>, D, C extends CallerBase> {
  fn: FunctionName;
  actions: M;
  handlers: Handlers<M, D, C>;
  /** Builds the dependencies once per function instance, on the first call. */
  deps: () => D;
  /** The caller's OPENID from the platform context; never from the event. */
  identify: (context: unknown) => string | undefined;
  resolveCaller: (openid: string, deps: D) => Promise<C>;
  log?: (line: Record<string, unknown>) => void;
}

interface ActionEventShape {
  action: string;
  input?: unknown;
}

const isActionEvent = (event: unknown): event is ActionEventShape =>
  typeof event === 'object' && event !== null && !Array.isArray(event) && typeof (event as { action?: unknown }).action === 'string';

const eventSize = (event: unknown): number => {
  try {
    return JSON.stringify(event)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** One JSON line per call; LINLI_LOG=silent keeps only errors (tests). */
const defaultLog = (line: Record<string, unknown>) => {
  if (line.level !== 'error' && process.env.LINLI_LOG === 'silent') return;
  console.log(JSON.stringify(line));
};

/**
 * A cloud function's `main(event, context)`: it only routes. It checks the event's shape, who
 * is calling and whether their roles allow the action, parses the input with the shared schema,
 * and hands over to the use case. Whatever happens, the caller gets an envelope, never a stack.
 */
export const createFunction = <M extends Record<string, ActionDef>, D, C extends CallerBase>(options: EntryOptions<M, D, C>) => {
  let deps: D | undefined;
  const log = options.log ?? defaultLog;

  const route = async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    if (!isActionEvent(event)) return fail('INVALID_INPUT', '请求格式不对');
    if (eventSize(event) > MAX_EVENT_BYTES) return fail('INVALID_INPUT', '提交的内容太长了');
    if (!Object.prototype.hasOwnProperty.call(options.actions, event.action)) return fail('UNKNOWN_ACTION');
    const name = event.action as keyof M & string;
    const def = options.actions[name];

    const openid = options.identify(context);
    if (!openid) return fail('UNAUTHENTICATED');
    deps ??= options.deps();
    const caller = await options.resolveCaller(openid, deps);
    if (!mayCall(def.access, caller.roles)) return fail('FORBIDDEN');

    const parsed = parseInput(def.input, event.input);
    if (!parsed.ok) return parsed;
    return options.handlers[name](parsed.data as ParsedInput<M[typeof name]>, { caller, deps });
  };

  return async (event: unknown, context: unknown): Promise<Envelope<unknown>> => {
    const started = Date.now();
    const action = isActionEvent(event) ? event.action.slice(0, 64) : undefined;
    try {
      const result = await route(event, context);
      log({
        level: 'info',
        fn: options.fn,
        action,
        ok: result.ok,
        code: result.ok ? undefined : result.error.code,
        ms: Date.now() - started,
      });
      return result;
    } catch (error) {
      log({
        level: 'error',
        fn: options.fn,
        action,
        ms: Date.now() - started,
        error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error),
      });
      return fail('INTERNAL');
    }
  };
};
