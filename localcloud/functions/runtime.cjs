// @ts-check
// The process one function instance runs in (forked by pool.ts). Plain CommonJS on purpose: it
// starts in a bare Node process, like SCF's Node runtime, with no TypeScript loader.
'use strict';

const [entry, handlerExport] = process.argv.slice(2);

/** @param {unknown} error */
function serialize(error) {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: error.stack };
  }
  let message;
  try {
    message = typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    message = String(error);
  }
  return { name: 'Error', message: String(message), stack: undefined };
}

/** @param {object} message */
function send(message) {
  if (process.send) process.send(message);
}

process.on('uncaughtException', (error) => {
  send({ type: 'crash', error: serialize(error) });
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  send({ type: 'crash', error: serialize(reason) });
  process.exit(1);
});

/** @type {Record<string, unknown> | undefined} */
let loaded;
try {
  loaded = require(entry);
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'loadError', error: serialize(error) });
}

/** Keys set for the previous invocation, removed before the next one sets its own. */
/** @type {string[]} */
let invocationKeys = [];

/**
 * @param {Function} handler
 * @param {unknown} event
 * @param {unknown} context
 */
function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    /** @param {unknown} error @param {unknown} value */
    const callback = (error, value) => (error ? reject(error) : resolve(value));
    const returned = handler(event, context, callback);
    if (returned && typeof returned.then === 'function') {
      returned.then(resolve, reject);
    } else if (handler.length < 3) {
      resolve(returned);
    }
  });
}

process.on('message', async (/** @type {any} */ message) => {
  if (!message || message.type !== 'invoke') return;
  for (const key of invocationKeys) delete process.env[key];
  Object.assign(process.env, message.env);
  invocationKeys = Object.keys(message.env);
  try {
    const handler = loaded && loaded[handlerExport];
    if (typeof handler !== 'function') {
      throw new Error(`handler not found: ${handlerExport} is not exported by ${entry}`);
    }
    const started = Date.now();
    const limit = Number(message.context.time_limit_in_ms) || 0;
    message.context.getRemainingTimeInMillis = () => Math.max(0, limit - (Date.now() - started));
    const result = await run(handler, message.event, message.context);
    const json = JSON.stringify(result === undefined ? null : result);
    send({ type: 'result', id: message.id, ok: true, json });
  } catch (error) {
    send({ type: 'result', id: message.id, ok: false, error: serialize(error) });
  }
});
