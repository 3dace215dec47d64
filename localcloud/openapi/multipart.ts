/**
 * A multipart/form-data body as the SDK's `form-data` package writes it for `wx.openApi`:
 * text fields and one binary field (`requestData`). Fields are returned as raw bytes.
 */
export class MultipartError extends Error {
  override name = 'MultipartError';
}

export function boundaryOf(contentType: string | undefined): string {
  const match = /^multipart\/form-data\s*;.*\bboundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new MultipartError('multipart/form-data without a boundary');
  return boundary;
}

export function parseMultipart(body: Buffer, boundary: string): Map<string, Buffer> {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = new Map<string, Buffer>();
  let position = body.indexOf(delimiter);
  if (position < 0) throw new MultipartError('no multipart boundary in the body');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') return fields;
    if (body.subarray(position, position + 2).toString() !== '\r\n') throw new MultipartError('malformed boundary line');
    position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw new MultipartError('part without headers');
    const headers = body.subarray(position, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new MultipartError('unterminated part');
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) throw new MultipartError('part without a name');
    fields.set(name, body.subarray(headerEnd + 4, next));
    position = next + 2;
  }
}
