import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FunctionConfig } from './config';

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export type InvocationOutcome = { ok: true; json: string } | { ok: false; reason: 'error' | 'timeout' | 'crash' | 'load'; message: string };

export interface InvocationRequest {
  event: unknown;
  context: Record<string, unknown>;
  /** Per-invocation environment (identity keys), replacing the previous invocation's. */
  env: Record<string, string>;
  timeoutMs: number;
}

export type LogSink = (functionName: string, stream: 'stdout' | 'stderr', line: string) => void;

export interface PoolOptions {
  /** The process environment an instance of this function starts with. */
  baseEnv(config: FunctionConfig): Record<string, string>;
  /** Instances per function, each serving one invocation at a time like a CloudBase instance. */
  maxInstances: number;
  /** How long loading the function's code may take (SCF counts initialisation separately). */
  initTimeoutMs: number;
  /** An instance idle this long is stopped, as CloudBase reclaims idle instances. */
  idleMs: number;
  log: LogSink;
}

type ChildMessage =
  | { type: 'ready' }
  | { type: 'loadError'; error: SerializedError }
  | { type: 'crash'; error: SerializedError }
  | { type: 'result'; id: number; ok: true; json: string }
  | { type: 'result'; id: number; ok: false; error: SerializedError };

const RUNTIME = path.join(__dirname, 'runtime.cjs');

function describe(error: SerializedError): string {
  return error.stack ?? `${error.name}: ${error.message}`;
}

/** One forked process running one function's code. */
class Instance {
  readonly child: ChildProcess;
  readonly ready: Promise<InvocationOutcome | undefined>;
  busy = false;
  dead = false;
  idleTimer?: NodeJS.Timeout;
  private nextId = 1;
  private pending?: { id: number; settle(outcome: InvocationOutcome): void };
  private onLoadExit?: (message: string) => void;

  constructor(
    readonly config: FunctionConfig,
    options: PoolOptions,
  ) {
    this.child = fork(RUNTIME, [config.entry, config.handlerExport], {
      cwd: config.dir,
      env: options.baseEnv(config),
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    forwardLines(this.child, config.name, options.log);
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => {
        resolve({ ok: false, reason: 'load', message: `initialization timed out after ${options.initTimeoutMs} ms` });
      }, options.initTimeoutMs);
      const done = (outcome: InvocationOutcome | undefined): void => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.child.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') done(undefined);
        else if (message.type === 'loadError') done({ ok: false, reason: 'load', message: describe(message.error) });
        else this.onMessage(message);
      });
      this.onLoadExit = (message) => done({ ok: false, reason: 'crash', message });
    });
    this.child.on('error', (error) => {
      const message = `the function instance failed: ${error.message}`;
      this.onLoadExit?.(message);
      this.pending?.settle({ ok: false, reason: 'crash', message });
      this.kill();
    });
    this.child.on('exit', (code, signal) => {
      this.dead = true;
      const message = `${code ?? signal} code exit unexpected`;
      this.onLoadExit?.(message);
      this.pending?.settle({ ok: false, reason: 'crash', message });
    });
  }

  invoke(request: InvocationRequest): Promise<InvocationOutcome> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      let settled = false;
      const settle = (outcome: InvocationOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pending = undefined;
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        this.kill();
        const seconds = request.timeoutMs / 1000;
        settle({ ok: false, reason: 'timeout', message: `Invoking task timed out after ${seconds} seconds` });
      }, request.timeoutMs);
      this.pending = { id, settle };
      this.child.send({ type: 'invoke', id, event: request.event, context: request.context, env: request.env }, (error) => {
        if (error) settle({ ok: false, reason: 'crash', message: `could not reach the function instance: ${error.message}` });
      });
    });
  }

  kill(): void {
    if (this.dead) return;
    this.dead = true;
    this.child.kill('SIGKILL');
  }

  private onMessage(message: ChildMessage): void {
    if (message.type === 'crash') {
      this.pending?.settle({ ok: false, reason: 'crash', message: describe(message.error) });
      this.kill();
      return;
    }
    if (message.type !== 'result' || message.id !== this.pending?.id) return;
    if (message.ok) this.pending.settle({ ok: true, json: message.json });
    else this.pending.settle({ ok: false, reason: 'error', message: describe(message.error) });
  }
}

function forwardLines(child: ChildProcess, name: string, log: LogSink): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    let buffered = '';
    const source = child[stream];
    source?.setEncoding('utf8');
    source?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) log(name, stream, line);
    });
    source?.on('end', () => {
      if (buffered) log(name, stream, buffered);
    });
  }
}

/**
 * The warm instances of one function. An instance runs one invocation at a time; a hung or
 * crashed instance is killed and replaced by a fresh one on demand, so nothing a function does
 * can reach the server's own process.
 */
export class FunctionPool {
  private instances: Instance[] = [];
  private waiting: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  async invoke(config: FunctionConfig, request: InvocationRequest): Promise<InvocationOutcome> {
    const instance = await this.acquire(config);
    try {
      const loadFailure = await instance.ready;
      if (loadFailure) {
        instance.kill();
        return loadFailure;
      }
      if (instance.dead) return { ok: false, reason: 'crash', message: 'the function instance exited before the call' };
      return await instance.invoke(request);
    } finally {
      this.release(instance);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const exits = this.instances.map(
      (instance) =>
        new Promise<void>((resolve) => {
          clearTimeout(instance.idleTimer);
          if (instance.child.exitCode !== null || instance.child.signalCode !== null) return resolve();
          instance.child.once('exit', () => resolve());
          instance.kill();
        }),
    );
    this.instances = [];
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(exits);
  }

  private async acquire(config: FunctionConfig): Promise<Instance> {
    for (;;) {
      if (this.closed) throw new Error('the local cloud is closing');
      this.instances = this.instances.filter((instance) => {
        const stale = !instance.dead && !instance.busy && instance.config.version !== config.version;
        if (stale) instance.kill();
        return !instance.dead;
      });
      const idle = this.instances.find((instance) => !instance.busy);
      const instance = idle ?? (this.instances.length < this.options.maxInstances ? this.spawn(config) : undefined);
      if (instance) {
        instance.busy = true;
        clearTimeout(instance.idleTimer);
        return instance;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private spawn(config: FunctionConfig): Instance {
    const instance = new Instance(config, this.options);
    this.instances.push(instance);
    return instance;
  }

  private release(instance: Instance): void {
    instance.busy = false;
    if (instance.dead) this.instances = this.instances.filter((other) => other !== instance);
    else {
      instance.idleTimer = setTimeout(() => {
        if (!instance.busy) instance.kill();
      }, this.options.idleMs);
      instance.idleTimer.unref();
    }
    this.waiting.shift()?.();
  }
}
