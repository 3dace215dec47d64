import type { ActionDef } from '@contracts/action';
import type { FunctionName } from '@contracts/functions';
import { createFunction, type Handlers } from '../kernel/entry';
import { callerOpenid } from '../platform/cloudbase';
import { resolveCaller, type Caller } from '../users/caller';
import { usersDeps } from '../users/deps';
import { createPlatform, type Platform } from './platform';

/**
 * The `main` of one domain's cloud function: the platform is built once per instance, callers
 * are resolved through the users domain, and the domain's handlers get their own dependencies.
 */
export const createDomainFunction = <M extends Record<string, ActionDef>, D>(options: {
  fn: FunctionName;
  actions: M;
  handlers: Handlers<M, D, Caller>;
  deps: (platform: Platform) => D;
  platform?: () => Platform;
}) => {
  let platform: Platform | undefined;
  const getPlatform = () => (platform ??= (options.platform ?? createPlatform)());
  return createFunction<M, D, Caller>({
    fn: options.fn,
    actions: options.actions,
    handlers: options.handlers,
    deps: () => options.deps(getPlatform()),
    identify: callerOpenid,
    resolveCaller: (openid) => resolveCaller(openid, usersDeps(getPlatform())),
  });
};
