import { createHash } from 'node:crypto';

const digest = (parts: readonly string[], length: number): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, length);

/**
 * A ticket's id comes from who filed it and the client's request id: the same submission sent
 * twice lands on the same document, so it is filed once.
 */
export const ticketIdFor = (reporterId: string, requestId: string): string => `t${digest(['ticket', reporterId, requestId], 21)}`;

/**
 * A timeline entry's id comes from the ticket, the person, the action and the request id: a
 * retried change finds its own entry and is not applied twice.
 */
export const eventIdFor = (ticketId: string, actorId: string, action: string, requestId: string): string =>
  `e${digest(['event', ticketId, actorId, action, requestId], 23)}`;
