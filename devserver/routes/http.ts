import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '@contracts/envelope';
import { ERROR_MESSAGES, type ErrorCode } from '@contracts/errors';

export class BodyTooLarge extends Error {}

export const readBody = (req: IncomingMessage, maxBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
};

export const failure = (code: ErrorCode, message: string = ERROR_MESSAGES[code]): Envelope<never> => ({
  ok: false,
  error: { code, message },
});
