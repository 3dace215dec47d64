import { TICKET_ACTIONS, TICKET_STATUSES } from '@contracts/tickets';
import { expectedNext } from '../testing/expected-transitions';
import { ACTORS, actionsFrom, mayEver, nextState, nextStateFor } from './state-machine';

const cases = TICKET_STATUSES.flatMap((status) =>
  TICKET_ACTIONS.flatMap((action) => ACTORS.map((actor) => [status, action, actor] as const)),
);

describe('ticket state machine (every state × action × actor)', () => {
  it.each(cases)('%s —%s→ by %s', (status, action, actor) => {
    expect(nextState(status, action, actor)).toBe(expectedNext(status, action, actor));
  });

  it('has no way out of closed, rejected or cancelled except a rating', () => {
    for (const status of ['closed', 'rejected', 'cancelled'] as const) {
      const moves = TICKET_ACTIONS.flatMap((action) =>
        ACTORS.map((actor) => nextState(status, action, actor))
          .filter(Boolean)
          .map(() => action),
      );
      expect({ status, moves: [...new Set(moves)] }).toEqual({ status, moves: status === 'closed' ? ['rate'] : [] });
    }
  });

  it('lets a person with two standings do what either allows (a staff member who filed the ticket)', () => {
    expect(nextStateFor('submitted', 'cancel', ['staff'])).toBeUndefined();
    expect(nextStateFor('submitted', 'cancel', ['reporter', 'staff'])).toBe('cancelled');
    expect(actionsFrom('submitted', ['reporter', 'staff'])).toEqual(['accept', 'assign', 'reply', 'reject', 'cancel', 'nudge']);
  });

  it('tells "not yours" from "not now"', () => {
    expect(mayEver('accept', ['reporter'])).toBe(false);
    expect(mayEver('accept', ['handler'])).toBe(true);
    expect(mayEver('reject', ['handler'])).toBe(false);
  });
});
