// Seam note (from the functions/storage/open-API/timers side), additive, no type changed:
// - The front asks the modules' `routes` BEFORE its own `POST /admin` JSON dispatch, and must not
//   read the body of a request first. wx-server-sdk's `cloud.openapi` posts `action=wx.openApi` to
//   `/admin` as multipart/form-data carrying protobuf and expects a binary reply; the open-API
//   module answers those requests through `routes` (it only claims multipart `POST /admin`).
// - Storage serves `PUT /storage/upload/...` and `GET|HEAD /storage/file/...` through `routes`.
// - Handlers read the caller's identity from `body.wxCloudApiToken` and `headers['x-tcb-source']`,
//   so the front must pass the whole parsed body and the headers through unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The seam between the local cloud's HTTP front and its service areas (database, functions,
 * storage, open APIs). Each area is a module: the actions it answers at `POST /admin`, and any
 * extra HTTP routes it serves itself (for example signed download URLs).
 */
export interface ActionRequest {
  /** The `action` field of the request body, e.g. `database.getDocument`. */
  action: string;
  /** The whole parsed JSON body the SDK sent. */
  body: Record<string, unknown>;
  /** The environment id the call is for (`envName` in the body, or the `env` query parameter). */
  envId: string;
  requestId: string;
  headers: IncomingMessage['headers'];
}

/** Returns what goes into the reply's `data`; throws a LocalCloudError for a CloudBase-style error reply. */
export type ActionHandler = (request: ActionRequest) => Promise<unknown>;

/** Serves a raw HTTP request; resolves true when it handled it, false to let others try. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface LocalCloudModule {
  name: string;
  actions?: Record<string, ActionHandler>;
  routes?: RouteHandler;
  close?(): Promise<void>;
}
