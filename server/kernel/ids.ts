import { randomBytes } from 'node:crypto';

/** Random, unguessable ids for documents and codes the core creates itself. */
export const newId = (bytes = 12): string => randomBytes(bytes).toString('base64url');
