/**
 * How documents are stored: JSON with Dates as `{"$date": ms}` and non-finite numbers as
 * `{"$numberDouble": "NaN"}` (field names starting with `$` are refused in documents, so these
 * cannot collide). JSON rather than msgpack because `JSON.parse` builds objects in the caller's
 * realm: lmdb's msgpack decoder does not under Jest's VM sandbox, which breaks `instanceof Date`
 * in mingo.
 */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]') return { $date: (raw as Date).getTime() };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  return value;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1) {
    if (keys[0] === '$date' && typeof obj.$date === 'number') return new Date(obj.$date);
    if (keys[0] === '$numberDouble' && typeof obj.$numberDouble === 'string') return Number(obj.$numberDouble);
  }
  for (const key of keys) obj[key] = revive(obj[key]);
  return obj;
}

export function encodeText(value: unknown): string {
  return JSON.stringify(value, replacer);
}

export function decodeText(text: string): unknown {
  const parsed: unknown = JSON.parse(text);
  return text.includes('"$') ? revive(parsed) : parsed;
}

/** The UTF-8 text of a value lmdb handed out (its reusable buffer, or an exact view). */
export function bytesToText(bytes: Uint8Array, size: number): string {
  if (Buffer.isBuffer(bytes)) return bytes.toString('utf8', 0, size);
  return Buffer.from(bytes.buffer, bytes.byteOffset, size).toString('utf8');
}

export const jsonCodec = {
  /** Makes lmdb hand `decode` an exact slice instead of its shared scratch buffer. */
  needsStableBuffer: true,
  encode(value: unknown): Buffer {
    return Buffer.from(encodeText(value));
  },
  decode(buffer: Uint8Array, size?: unknown): unknown {
    return decodeText(bytesToText(buffer, typeof size === 'number' ? size : buffer.byteLength));
  },
};
