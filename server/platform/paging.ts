/**
 * Opaque cursors for lists ordered newest first by (time, id): the next page starts strictly
 * after the last item seen, so pages stay stable while new items arrive and cost the same at
 * any depth (no skip).
 */
export interface Position {
  at: number;
  id: string;
}

export const encodeCursor = (position: Position): string =>
  Buffer.from(`${position.at}.${position.id}`, 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | undefined): Position | undefined => {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(text);
  return match ? { at: Number(match[1]), id: match[2] } : undefined;
};
