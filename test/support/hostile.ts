/**
 * Inputs a hostile or broken client might send in place of a real one. Every action must
 * answer each with INVALID_INPUT (or refuse earlier) and change nothing.
 */
export const HOSTILE_INPUTS: readonly { label: string; input: unknown }[] = [
  { label: 'a number instead of an object', input: 42 },
  { label: 'a string instead of an object', input: 'hello' },
  { label: 'an array instead of an object', input: [1, 2, 3] },
  { label: 'an operator object', input: { $where: 'sleep(1000)' } },
  { label: 'an unknown key', input: { __proto__: { admin: true }, role: 'staff', isAdmin: true } },
  { label: 'null', input: null },
];

/** Replaces each field of a valid input, one at a time, with values no schema should accept. */
export const hostileFieldValues: readonly unknown[] = [{ $gt: '' }, { $ne: null }, ['array'], 'x'.repeat(100_000), -1.5, true];
