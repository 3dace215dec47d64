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

/**
 * Returns what goes into the reply's `data`; throws a LocalCloudError for a CloudBase-style error
 * reply. Return a `TopLevelReply` when the SDK reads fields beside `data` (e.g. `transactionId`).
 */
export type ActionHandler = (request: ActionRequest) => Promise<unknown>;

/** Serves a raw HTTP request; resolves true when it handled it, false to let others try. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface LocalCloudModule {
  name: string;
  actions?: Record<string, ActionHandler>;
  routes?: RouteHandler;
  close?(): Promise<void>;
}

/** A reply whose fields sit at the top level of the JSON body, next to `requestId`. */
export class TopLevelReply {
  constructor(readonly fields: Record<string, unknown>) {}
}

export function topLevelReply(fields: Record<string, unknown>): TopLevelReply {
  return new TopLevelReply(fields);
}
