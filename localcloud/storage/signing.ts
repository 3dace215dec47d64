import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ObjectRef } from './fileid';

export type Purpose = 'upload' | 'download';

/** HMAC signatures for upload and download URLs, bound to purpose, object and expiry. */
export class UrlSigner {
  constructor(private readonly secret: string | Buffer) {}

  sign(purpose: Purpose, ref: ObjectRef, expiresAtSeconds: number): string {
    return createHmac('sha256', this.secret)
      .update(`storage:${purpose}\n${ref.envId}\n${ref.cloudPath}\n${expiresAtSeconds}`)
      .digest('base64url');
  }

  verify(purpose: Purpose, ref: ObjectRef, expiresAtSeconds: number, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, ref, expiresAtSeconds));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
