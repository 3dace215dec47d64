/**
 * The two protobuf messages wx-server-sdk's `cloud.openapi` exchanges (its `src/protobuf/openapi.js`):
 *
 *   message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
 *   message OpenApiData { repeated KeyValuePair pairs = 1; }
 *   message CommApiData { ApiType apiType = 1; OpenApiData openapiData = 2; ...; string appid = 6; }
 *   message CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4; ... }
 *
 * Encoded and decoded here with the protobuf wire format directly; unknown fields are skipped.
 */

export interface KeyValuePair {
  key: string;
  value: Buffer;
  contentType?: string;
  filename?: string;
}

export interface CommApiData {
  apiType: number;
  pairs: KeyValuePair[];
  appid?: string;
}

export interface CommOpenApiResp {
  respData: Buffer;
  contentType: string;
  errorCode?: number;
  httpCode?: number;
}

export class ProtobufError extends Error {
  override name = 'ProtobufError';
}

type Field = { number: number; wireType: number; varint?: bigint; bytes?: Buffer };

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer) {}

  done(): boolean {
    return this.offset >= this.buffer.length;
  }

  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.offset >= this.buffer.length) throw new ProtobufError('truncated varint');
      const byte = this.buffer[this.offset++];
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
    }
    throw new ProtobufError('varint too long');
  }

  take(length: number): Buffer {
    if (length < 0 || this.offset + length > this.buffer.length) throw new ProtobufError('truncated field');
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  field(): Field {
    const tag = Number(this.varint());
    const number = tag >>> 3;
    const wireType = tag & 7;
    if (number === 0) throw new ProtobufError('field number 0');
    switch (wireType) {
      case 0:
        return { number, wireType, varint: this.varint() };
      case 1:
        this.take(8);
        return { number, wireType };
      case 2:
        return { number, wireType, bytes: this.take(Number(this.varint())) };
      case 5:
        this.take(4);
        return { number, wireType };
      default:
        throw new ProtobufError(`unsupported wire type ${wireType}`);
    }
  }
}

function fields(buffer: Buffer): Field[] {
  const reader = new Reader(buffer);
  const result: Field[] = [];
  while (!reader.done()) result.push(reader.field());
  return result;
}

function decodePair(buffer: Buffer): KeyValuePair {
  const pair: KeyValuePair = { key: '', value: Buffer.alloc(0) };
  for (const field of fields(buffer)) {
    if (!field.bytes) continue;
    if (field.number === 1) pair.key = field.bytes.toString('utf8');
    else if (field.number === 2) pair.value = Buffer.from(field.bytes);
    else if (field.number === 3) pair.contentType = field.bytes.toString('utf8');
    else if (field.number === 4) pair.filename = field.bytes.toString('utf8');
  }
  return pair;
}

export function decodeCommApiData(buffer: Buffer): CommApiData {
  const message: CommApiData = { apiType: 0, pairs: [] };
  for (const field of fields(buffer)) {
    if (field.number === 1 && field.varint !== undefined) message.apiType = Number(BigInt.asIntN(32, field.varint));
    else if (field.number === 2 && field.bytes) {
      for (const inner of fields(field.bytes)) {
        if (inner.number === 1 && inner.bytes) message.pairs.push(decodePair(inner.bytes));
      }
    } else if (field.number === 6 && field.bytes) message.appid = field.bytes.toString('utf8');
  }
  return message;
}

class Writer {
  private chunks: Buffer[] = [];

  varint(value: bigint): void {
    let rest = BigInt.asUintN(64, value);
    const bytes: number[] = [];
    do {
      let byte = Number(rest & 0x7fn);
      rest >>= 7n;
      if (rest !== 0n) byte |= 0x80;
      bytes.push(byte);
    } while (rest !== 0n);
    this.chunks.push(Buffer.from(bytes));
  }

  tag(number: number, wireType: number): void {
    this.varint(BigInt((number << 3) | wireType));
  }

  bytes(number: number, value: Buffer): void {
    this.tag(number, 2);
    this.varint(BigInt(value.length));
    this.chunks.push(value);
  }

  finish(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export function encodeCommOpenApiResp(message: CommOpenApiResp): Buffer {
  const writer = new Writer();
  writer.bytes(1, message.respData);
  writer.bytes(2, Buffer.from(message.contentType, 'utf8'));
  if (message.errorCode) {
    writer.tag(3, 0);
    // int32 negatives travel as ten-byte two's-complement varints.
    writer.varint(BigInt(message.errorCode));
  }
  if (message.httpCode !== undefined) {
    writer.tag(4, 0);
    writer.varint(BigInt(message.httpCode >>> 0));
  }
  return writer.finish();
}

/** Test and tooling helper: the request side, as wx-server-sdk encodes it. */
export function encodeCommApiData(message: CommApiData): Buffer {
  const pairs = new Writer();
  for (const pair of message.pairs) {
    const inner = new Writer();
    inner.bytes(1, Buffer.from(pair.key, 'utf8'));
    inner.bytes(2, pair.value);
    if (pair.contentType !== undefined) inner.bytes(3, Buffer.from(pair.contentType, 'utf8'));
    if (pair.filename !== undefined) inner.bytes(4, Buffer.from(pair.filename, 'utf8'));
    pairs.bytes(1, inner.finish());
  }
  const writer = new Writer();
  writer.tag(1, 0);
  writer.varint(BigInt(message.apiType));
  writer.bytes(2, pairs.finish());
  if (message.appid !== undefined) writer.bytes(6, Buffer.from(message.appid, 'utf8'));
  return writer.finish();
}

/** Test and tooling helper: the reply side, as wx-server-sdk decodes it. */
export function decodeCommOpenApiResp(buffer: Buffer): CommOpenApiResp {
  const message: CommOpenApiResp = { respData: Buffer.alloc(0), contentType: '' };
  for (const field of fields(buffer)) {
    if (field.number === 1 && field.bytes) message.respData = Buffer.from(field.bytes);
    else if (field.number === 2 && field.bytes) message.contentType = field.bytes.toString('utf8');
    else if (field.number === 3 && field.varint !== undefined) message.errorCode = Number(BigInt.asIntN(32, field.varint));
    else if (field.number === 4 && field.varint !== undefined) message.httpCode = Number(BigInt.asUintN(32, field.varint));
  }
  return message;
}
