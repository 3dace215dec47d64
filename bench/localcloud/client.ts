/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's query builder is untyped */
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';

/**
 * What one call costs the calling process: the real SDK next to a bare HTTP client sending the
 * body the SDK sends (captured from it) and decoding the reply with the same EJSON parser.
 * Calls run one after another, so the CPU time is the client's own work per call.
 */
export interface ClientCost {
  /** Client CPU per call (user + system), milliseconds. */
  cpuMs: number;
  /** Wall time per call, milliseconds (client, network and server). */
  wallMs: number;
}

// The SDK decodes each document with the EJSON parser of the bson it depends on.
const sdkRequire = createRequire(createRequire(__filename).resolve('@cloudbase/database'));
const bson = sdkRequire('bson') as { EJSON: { parse(text: string): unknown } };

export async function measureCost(call: () => Promise<unknown>, calls: number): Promise<ClientCost> {
  for (let i = 0; i < 50; i++) await call();
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < calls; i++) await call();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / calls, wallMs: (performance.now() - start) / calls };
}

/** POSTs `body` to `<adminUrl>` over a keep-alive connection and EJSON-decodes the documents. */
export function rawClient(adminUrl: string): (body: Record<string, unknown>) => Promise<unknown> {
  const url = new URL(adminUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  return (body) =>
    new Promise((resolve, reject) => {
      const text = JSON.stringify(body);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}?env=local`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: string; data?: { list?: string[] } };
            if (reply.code) reject(new Error(reply.code));
            else resolve(reply.data?.list?.map((item) => bson.EJSON.parse(item)) ?? reply.data);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(text);
    });
}

/** The bodies node-sdk 3.18 sends for the bench's two calls (captured from it). */
export function feedBody(buildings: string[]): Record<string, unknown> {
  return {
    collectionName: 'notices',
    queryType: 'WHERE',
    query: JSON.stringify({ audienceKeys: { $in: ['all', ...buildings] }, status: 'published' }),
    order: JSON.stringify({ publishedAt: { $numberInt: '-1' } }),
    limit: 20,
    action: 'database.getDocument',
    envName: 'local',
  };
}

export function addBody(doc: Record<string, unknown>): Record<string, unknown> {
  return { collectionName: 'notices', data: [JSON.stringify(doc)], action: 'database.insertDocument', envName: 'local' };
}

export function sdkDatabase(env: Record<string, string>): any {
  Object.assign(process.env, env, { SILENCE: 'true' });
  const tcb = require('@cloudbase/node-sdk');
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
}
