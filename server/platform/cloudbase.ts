import tcb from '@cloudbase/node-sdk';

export type CloudBaseApp = ReturnType<typeof tcb.init>;
export type Database = ReturnType<CloudBaseApp['database']>;
export type Command = Database['command'];

let app: CloudBaseApp | undefined;

/**
 * The CloudBase app of the current environment. In production that is the function's own
 * environment; locally the same code reaches linli's local cloud because the environment
 * variables (TCB_CONTEXT_CNFG and friends) point the SDK there.
 */
export const cloudbase = (): CloudBaseApp => {
  app ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return app;
};

/** The caller's OPENID as the platform reports it for this invocation. */
export const callerOpenid = (context: unknown): string | undefined => {
  try {
    const ctx = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]);
    const openid = ctx.WX_OPENID;
    return typeof openid === 'string' && openid.length > 0 ? openid : undefined;
  } catch {
    // The SDK throws on a context that is not a platform context: then nobody is identified.
    return undefined;
  }
};
