import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TimerTriggerConfig {
  name: string;
  /** CloudBase's 7-field cron: `second minute hour day month week year`. */
  config: string;
  /** What the timer event carries as `Message` (SCF's optional trigger input). */
  message?: string;
}

export interface FunctionConfig {
  name: string;
  dir: string;
  /** Absolute path of the file the handler lives in (`index.js` for the default `index.main`). */
  entry: string;
  /** Exported function name (`main` for the default handler). */
  handlerExport: string;
  timeoutSeconds: number;
  envVariables: Record<string, string>;
  triggers: TimerTriggerConfig[];
  /** `permissions.openapi` from config.json: the open APIs the function may call. */
  openApiPermissions: string[];
  /** Changes whenever code or configuration changes, so warm instances can be retired. */
  version: string;
}

/** CloudBase's default timeout for a function that does not set one. */
export const DEFAULT_TIMEOUT_SECONDS = 3;
/** SCF's upper bound for a synchronous invocation. */
export const MAX_TIMEOUT_SECONDS = 900;

/** CloudBase function names: a letter first, then letters, digits, `-` and `_`, at most 60. */
const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export function isValidFunctionName(name: string): boolean {
  return FUNCTION_NAME.test(name);
}

export class FunctionConfigError extends Error {
  override name = 'FunctionConfigError';
}

type JsonObject = Record<string, unknown>;

function readJson(file: string): JsonObject | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new FunctionConfigError(`${file}: expected a JSON object`);
    }
    return parsed as JsonObject;
  } catch (error) {
    if (error instanceof FunctionConfigError) throw error;
    throw new FunctionConfigError(`${file}: ${(error as Error).message}`);
  }
}

function stringRecord(value: unknown, where: string): Record<string, string> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FunctionConfigError(`${where}: envVariables must be an object of strings`);
  }
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value as JsonObject)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      throw new FunctionConfigError(`${where}: envVariables.${key} must be a string`);
    }
    result[key] = String(item);
  }
  return result;
}

function timerTriggers(value: unknown, where: string): TimerTriggerConfig[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new FunctionConfigError(`${where}: triggers must be an array`);
  const names = new Set<string>();
  const triggers: TimerTriggerConfig[] = [];
  for (const item of value) {
    const trigger = (item ?? {}) as JsonObject;
    if (trigger.type !== 'timer') {
      throw new FunctionConfigError(`${where}: only timer triggers are supported (got ${String(trigger.type)})`);
    }
    if (typeof trigger.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(trigger.name)) {
      throw new FunctionConfigError(`${where}: invalid trigger name ${JSON.stringify(trigger.name)}`);
    }
    if (names.has(trigger.name)) throw new FunctionConfigError(`${where}: duplicate trigger name ${trigger.name}`);
    names.add(trigger.name);
    if (typeof trigger.config !== 'string') {
      throw new FunctionConfigError(`${where}: trigger ${trigger.name} needs a cron string in "config"`);
    }
    const message = trigger.message ?? trigger.parameter;
    triggers.push({
      name: trigger.name,
      config: trigger.config,
      ...(typeof message === 'string' ? { message } : {}),
    });
  }
  return triggers;
}

function timeoutOf(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_SECONDS) {
    throw new FunctionConfigError(`${where}: timeout must be a number of seconds in (0, ${MAX_TIMEOUT_SECONDS}]`);
  }
  return value;
}

function openApiPermissions(value: unknown): string[] {
  const permissions = (value ?? {}) as JsonObject;
  const list = permissions.openapi;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads `cloudbaserc.json`-style deployment config: `functions[]` by name. */
export class FunctionCatalog {
  constructor(
    private readonly functionsRoot: string,
    private readonly rcFile?: string,
  ) {}

  /** Names of every function folder that holds deployable code (or a configuration that cannot be read). */
  names(): string[] {
    const deployed = (name: string): boolean => {
      try {
        return this.find(name) !== undefined;
      } catch {
        return true;
      }
    };
    const fromDirs = existsSync(this.functionsRoot) ? readdirNames(this.functionsRoot).filter(isValidFunctionName) : [];
    return [...new Set([...fromDirs, ...Object.keys(this.rcEntries())])].filter(deployed).sort();
  }

  /**
   * The configuration of one function, read afresh (code edits apply to the next cold start),
   * or undefined when no such function is deployed locally.
   */
  find(name: string): FunctionConfig | undefined {
    if (!isValidFunctionName(name)) return undefined;
    const dir = path.join(this.functionsRoot, name);
    const rc = this.rcEntries()[name] ?? {};
    const handler = typeof rc.handler === 'string' ? rc.handler : 'index.main';
    const dot = handler.lastIndexOf('.');
    if (dot <= 0 || !/^[A-Za-z0-9_./-]+$/.test(handler) || handler.includes('..')) {
      throw new FunctionConfigError(`${name}: invalid handler ${handler}`);
    }
    const entry = path.join(dir, `${handler.slice(0, dot)}.js`);
    if (!existsSync(entry)) return undefined;
    const configFile = path.join(dir, 'config.json');
    const local = readJson(configFile) ?? {};
    const where = `function ${name}`;
    const triggers = timerTriggers(rc.triggers, `${where} (rc)`) ?? timerTriggers(local.triggers, `${where} (config.json)`) ?? [];
    const config: Omit<FunctionConfig, 'version'> = {
      name,
      dir,
      entry,
      handlerExport: handler.slice(dot + 1),
      timeoutSeconds: timeoutOf(rc.timeout, where) ?? timeoutOf(local.timeout, where) ?? DEFAULT_TIMEOUT_SECONDS,
      envVariables: { ...stringRecord(local.envVariables, where), ...stringRecord(rc.envVariables, where) },
      triggers,
      openApiPermissions: openApiPermissions(local.permissions),
    };
    const version = `${statSync(entry).mtimeMs}:${JSON.stringify(config)}`;
    return { ...config, version };
  }

  private rcEntries(): Record<string, JsonObject> {
    if (!this.rcFile) return {};
    const rc = readJson(this.rcFile);
    if (!rc) throw new FunctionConfigError(`rc file not found: ${this.rcFile}`);
    const functions = rc.functions ?? [];
    if (!Array.isArray(functions)) throw new FunctionConfigError(`${this.rcFile}: functions must be an array`);
    const entries: Record<string, JsonObject> = {};
    for (const item of functions) {
      const entry = (item ?? {}) as JsonObject;
      if (typeof entry.name === 'string') entries[entry.name] = entry;
    }
    return entries;
  }
}

function readdirNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** The functions root named by an rc file (`functionRoot`, relative to the rc file), if any. */
export function functionsRootFromRc(rcFile: string): string | undefined {
  const rc = readJson(rcFile);
  const root = rc?.functionRoot;
  return typeof root === 'string' ? path.resolve(path.dirname(rcFile), root) : undefined;
}
