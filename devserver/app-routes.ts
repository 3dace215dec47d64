import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { FunctionName } from '@contracts/functions';
import { handleDev } from './routes/dev';
import { handleFiles } from './routes/files';
import { handleGateway } from './routes/gateway';
import { failure, sendJson } from './routes/http';
import type { Outbox } from './openapi/outbox';

export interface AppRoutesDeps {
  h5Dir: string;
  secret: Buffer;
  localMode: boolean;
  outbox: Outbox;
  invoke(name: FunctionName, event: unknown, openid: string): Promise<unknown>;
  put(cloudPath: string, data: Buffer): Promise<string>;
  tempUrl(fileID: string): string;
  log(line: Record<string, unknown>): void;
}

/** linli's own routes on the local cloud's port: the API the H5 app uses, and the app itself. */
export const appRoutes = (deps: AppRoutesDeps) => {
  const serveApp = existsSync(deps.h5Dir) ? sirv(deps.h5Dir, { single: true, dev: false, etag: true }) : undefined;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    try {
      if (path.startsWith('/api/functions/')) {
        await handleGateway(req, res, decodeURIComponent(path.slice('/api/functions/'.length)), deps);
      } else if (path === '/api/files') {
        await handleFiles(req, res, url, deps);
      } else if (path.startsWith('/api/dev/')) {
        await handleDev(req, res, path, deps);
      } else if (path.startsWith('/api/')) {
        sendJson(res, 404, failure('NOT_FOUND'));
      } else if (serveApp) {
        serveApp(req, res, () => sendJson(res, 404, failure('NOT_FOUND')));
      } else {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('H5 应用还没有构建：请运行 npm run build:h5');
      }
    } catch (error) {
      deps.log({ level: 'error', msg: 'route failed', path, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL'));
    }
    return true;
  };
};
