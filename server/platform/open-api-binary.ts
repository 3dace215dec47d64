import type { CloudBaseApp } from './cloudbase';

/**
 * Open APIs that answer bytes (a mini-program code image) go the way wx-server-sdk sends them:
 * node-sdk's `callCompatibleWxOpenApi` (action `wx.openApi`) with a protobuf `CommApiData`,
 * answered by a protobuf `CommOpenApiResp`. JSON-only `callWxOpenApi` cannot carry bytes.
 *
 *   message KeyValuePair { string key = 1; bytes value = 2; }
 *   message CommApiData { ApiType apiType = 1; OpenApiData { repeated KeyValuePair pairs = 1; } openapiData = 2; }
 *   message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; }
 */
export type BinaryOpenApi = (apiName: string, requestData: Record<string, unknown>) => Promise<{ contentType: string; buffer: Buffer }>;

const varint = (n: number): Buffer => {
  const bytes: number[] = [];
  let v = n >>> 0;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
  return Buffer.from(bytes);
};

const bytesField = (field: number, value: Buffer): Buffer => Buffer.concat([varint((field << 3) | 2), varint(value.length), value]);

export const encodeCommApiData = (requestData: Record<string, unknown>): Buffer => {
  const pairs = Object.entries(requestData)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      bytesField(1, Buffer.concat([bytesField(1, Buffer.from(key)), bytesField(2, Buffer.from(JSON.stringify(value)))])),
    );
  return bytesField(2, Buffer.concat(pairs));
};

export const decodeCommOpenApiResp = (buffer: Buffer): { respData: Buffer; contentType: string; errorCode: number } => {
  const out = { respData: Buffer.alloc(0), contentType: '', errorCode: 0 };
  let offset = 0;
  const readVarint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (offset >= buffer.length) throw new Error('truncated protobuf varint');
      const byte = buffer[offset++] as number;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw new Error('protobuf varint too long');
    }
  };
  while (offset < buffer.length) {
    const tag = readVarint();
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (wire === 0) {
      const value = readVarint();
      if (field === 3) out.errorCode = value | 0;
    } else if (wire === 2) {
      const length = readVarint();
      const value = buffer.subarray(offset, offset + length);
      offset += length;
      if (field === 1) out.respData = Buffer.from(value);
      else if (field === 2) out.contentType = value.toString('utf8');
    } else if (wire === 1) offset += 8;
    else if (wire === 5) offset += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return out;
};

export const binaryOpenApi =
  (app: CloudBaseApp): BinaryOpenApi =>
  async (apiName, requestData) => {
    const raw: unknown = await app.callCompatibleWxOpenApi({ apiName, requestData: encodeCommApiData(requestData) });
    if (!Buffer.isBuffer(raw)) {
      const failure = raw as { code?: string; message?: string; errcode?: number; errmsg?: string };
      throw new Error(`${apiName} failed: ${failure.code ?? failure.errcode ?? ''} ${failure.message ?? failure.errmsg ?? ''}`);
    }
    let resp: ReturnType<typeof decodeCommOpenApiResp>;
    try {
      resp = decodeCommOpenApiResp(raw);
    } catch {
      // Not protobuf: the platform answered with a JSON error.
      throw new Error(`${apiName} failed: ${raw.toString('utf8').slice(0, 200)}`);
    }
    if (resp.errorCode !== 0) throw new Error(`${apiName} failed: error ${resp.errorCode}`);
    if (/application\/json|text\/plain/.test(resp.contentType)) {
      const json = JSON.parse(resp.respData.toString('utf8')) as { errcode?: number; errmsg?: string };
      throw new Error(`${apiName} failed: ${json.errcode ?? ''} ${json.errmsg ?? ''}`);
    }
    return { contentType: resp.contentType, buffer: resp.respData };
  };
