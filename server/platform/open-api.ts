import type { CloudBaseApp } from './cloudbase';

export interface OpenApiReply {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

export type OpenApi = (apiName: string, requestData: Record<string, unknown>) => Promise<OpenApiReply>;

/**
 * Calls a WeChat open API from a function. The platform answers with the API's JSON, as an
 * object or a string (or a Buffer) depending on the SDK; this returns it parsed.
 */
export const callOpenApi = async (app: CloudBaseApp, apiName: string, requestData: Record<string, unknown>): Promise<OpenApiReply> => {
  const reply = await app.callWxOpenApi({ apiName, requestData });
  const raw: unknown = (reply as { result?: unknown }).result;
  if (raw === undefined || raw === null) return {};
  if (typeof raw === 'string') return JSON.parse(raw) as OpenApiReply;
  if (Buffer.isBuffer(raw)) return JSON.parse(raw.toString('utf8')) as OpenApiReply;
  return raw as OpenApiReply;
};
