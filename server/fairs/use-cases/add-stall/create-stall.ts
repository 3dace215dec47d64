import { randomBytes } from 'node:crypto';
import { newId } from '../../../kernel/ids';
import type { Fair } from '../../domain/fair';
import { slotIdOf, slotTimes, tokenFrom, type Stall } from '../../domain/stall';
import type { FairsDeps } from '../../deps';

/** What staff set for a stall; the rest (id, order, code) is made here. */
export type StallInput = Pick<
  Stall,
  'service' | 'serviceType' | 'team' | 'location' | 'mode' | 'slotMinutes' | 'capacity' | 'audience' | 'buildingIds' | 'bookingOpensAt'
>;

/**
 * Creates a stall and its slots under a create key, so a retry (or a re-run copy) makes the
 * same stall once; slot ids derive from the stall, so they are made once too.
 */
export const createStall = async (
  fair: Fair,
  input: StallInput,
  createKey: string,
  deps: Pick<FairsDeps, 'stalls' | 'slots' | 'fairs' | 'clock'>,
): Promise<Stall> => {
  const now = deps.clock.now();
  const existing = await deps.stalls.byFair(fair.id);
  const { stall } = await deps.stalls.create({
    id: newId(),
    fairId: fair.id,
    // Shown in the order added; two added at once tie and fall back to their ids.
    order: existing.reduce((max, s) => Math.max(max, s.order), 0) + 1,
    ...input,
    buildingIds: input.audience === 'building' ? [...input.buildingIds] : [],
    checkinToken: tokenFrom(randomBytes(8)),
    createKey,
    createdAt: now,
  });
  if (stall.mode === 'slots') {
    const times = slotTimes(fair.opensAt, fair.closesAt, stall.slotMinutes);
    await deps.slots.createAll(
      times.map((t, index) => ({
        id: slotIdOf(stall.id, index),
        fairId: fair.id,
        stallId: stall.id,
        index,
        ...t,
        capacity: stall.capacity,
        queue: [],
        queued: 0,
        version: 0,
        syncNeeded: false,
      })),
    );
  }
  await recountStalls(fair.id, deps);
  return stall;
};

/** The fair's stall count, recounted (not incremented), so a retried change can never skew it. */
export const recountStalls = async (fairId: string, deps: Pick<FairsDeps, 'stalls' | 'fairs' | 'clock'>): Promise<void> => {
  const stalls = await deps.stalls.byFair(fairId);
  await deps.fairs.setStallCount(fairId, stalls.length);
};
