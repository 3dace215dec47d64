import { readFileSync, writeFileSync } from 'node:fs';

interface RcFile {
  functions?: { envVariables?: Record<string, string> }[];
}

/**
 * cloudbaserc.json writes values as `{{env.NAME}}` for the CloudBase CLI to fill in at deploy
 * time. Locally linli fills them the same way from this process's environment (empty if unset)
 * and hands the local cloud the resolved copy, with `localEnv` added to every function's
 * variables (local-only settings, such as a shifted clock for browser tests).
 */
export const resolveRcFile = (source: string, target: string, env: NodeJS.ProcessEnv, localEnv: Record<string, string> = {}): string => {
  const text = readFileSync(source, 'utf8').replace(/\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g, (_m, name: string) =>
    JSON.stringify(env[name] ?? '').slice(1, -1),
  );
  const rc = JSON.parse(text) as RcFile;
  for (const fn of rc.functions ?? []) fn.envVariables = { ...fn.envVariables, ...localEnv };
  writeFileSync(target, `${JSON.stringify(rc, null, 2)}\n`);
  return target;
};
