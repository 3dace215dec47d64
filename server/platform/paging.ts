/**
 * Opaque cursors for lists ordered newest first by (time, id): the next page starts strictly
 * after the last item seen, so pages stay stable while new items arrive and cost the same at
 * any depth (no skip).
 */
export interface Position {
  at: number;
  id: string;
}

export const encodeCursor = (position: Position): string => Buffer.from(`${position.at}.${position.id}`, 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | undefined): Position | undefined => {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(text);
  return match ? { at: Number(match[1]), id: match[2] } : undefined;
};

interface PageableCollection {
  where(query: object): { orderBy(field: string, dir: 'asc' | 'desc'): PageableQuery };
}
interface PageableQuery {
  orderBy(field: string, dir: 'asc' | 'desc'): PageableQuery;
  limit(n: number): { get(): Promise<{ data: unknown[] }> };
}
interface Command {
  and(conditions: object[]): object;
  or(conditions: object[]): object;
  lt(value: unknown): object;
  lte(value: unknown): object;
}

/**
 * One page of `where` ordered newest first by (`field`, `_id`), starting strictly after the
 * cursor: one indexed range read whatever the depth. Reads one extra document to know whether
 * another page exists.
 */
export const newestFirstPage = async <D extends { _id: string }>(
  collection: PageableCollection,
  _: Command,
  where: object,
  field: string,
  limit: number,
  cursor: string | undefined,
  timeOf: (doc: D) => Date,
): Promise<{ docs: D[]; nextCursor?: string }> => {
  const after = decodeCursor(cursor);
  // The `≤` bound lets the planner seek straight to the page; the `or` then drops what came before.
  const query = after
    ? _.and([
        where,
        { [field]: _.lte(new Date(after.at)) },
        _.or([{ [field]: _.lt(new Date(after.at)) }, { [field]: new Date(after.at), _id: _.lt(after.id) }]),
      ])
    : where;
  const res = await collection
    .where(query)
    .orderBy(field, 'desc')
    .orderBy('_id', 'desc')
    .limit(limit + 1)
    .get();
  const all = res.data as D[];
  const docs = all.slice(0, limit);
  const last = docs[docs.length - 1];
  return { docs, nextCursor: all.length > limit && last ? encodeCursor({ at: timeOf(last).getTime(), id: last._id }) : undefined };
};
