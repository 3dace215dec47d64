import type { ParsedInput } from '@contracts/action';
import type { SimilarTicket, tickets } from '@contracts/tickets';
import { ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { TicketsDeps } from '../../deps';
import { normaliseSpot, sameSpot } from '../../domain/similarity';
import { excerptOf } from '../../domain/ticket';
import { placeLabel } from '../../views';

/** How many open tickets of the category are compared; more would be a sign of a backlog, not a duplicate. */
const SCAN = 200;
const SHOWN = 5;

/**
 * Open reports of the same category at the same spot, shown before a new public-spot report is
 * filed so the resident can say "我也遇到了" instead. Geo queries are not available (the local
 * cloud refuses them, and production would need a geo index per category): the spot is compared
 * in code over the newest open tickets of the category — an indexed, bounded query.
 */
export const findSimilar = async (
  command: ParsedInput<typeof tickets.findSimilar>,
  caller: Caller,
  deps: Pick<TicketsDeps, 'tickets'>,
): Promise<Result<SimilarTicket[]>> => {
  const probe = {
    spotKey: normaliseSpot(command.spot),
    ...(command.buildingId ? { buildingId: command.buildingId } : {}),
    ...(command.point ? { point: command.point } : {}),
  };
  if (!probe.spotKey && !probe.point && !probe.buildingId) return ok([]);
  const open = await deps.tickets.openInCategory(command.categoryId, SCAN);
  const matches = open
    // Only what neighbours may see; never the caller's own report.
    .filter((t) => t.listed && t.place.type === 'public' && t.reporterId !== caller.user.id)
    .map((t) => ({
      ticket: t,
      match: sameSpot(probe, {
        spotKey: t.place.spotKey ?? '',
        ...(t.place.buildingId ? { buildingId: t.place.buildingId } : {}),
        ...(t.place.point ? { point: t.place.point } : {}),
      }),
    }))
    .filter((m): m is typeof m & { match: NonNullable<typeof m.match> } => m.match !== undefined)
    .sort((a, b) => b.match.score - a.match.score || b.ticket.createdAt.getTime() - a.ticket.createdAt.getTime())
    .slice(0, SHOWN);
  return ok(
    matches.map(({ ticket, match }) => ({
      id: ticket.id,
      categoryName: ticket.categoryName,
      status: ticket.status,
      excerpt: excerptOf(ticket.description),
      placeLabel: placeLabel(ticket.place, false),
      createdAt: ticket.createdAt.toISOString(),
      followers: ticket.followerIds.length,
      ...(match.distance !== undefined ? { distance: match.distance } : {}),
      following: ticket.followerIds.includes(caller.user.id),
    })),
  );
};
