import { readFileSync, writeFileSync } from 'node:fs';

/**
 * cloudbaserc.json writes values as `{{env.NAME}}` for the CloudBase CLI to fill in at deploy
 * time. Locally linli fills them the same way from this process's environment (empty if unset)
 * and hands the local cloud the resolved copy.
 */
export const resolveRcFile = (source: string, target: string, env: NodeJS.ProcessEnv): string => {
  const text = readFileSync(source, 'utf8').replace(/\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g, (_m, name: string) =>
    JSON.stringify(env[name] ?? '').slice(1, -1),
  );
  writeFileSync(target, text);
  return target;
};
