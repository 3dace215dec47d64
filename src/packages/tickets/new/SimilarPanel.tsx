import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { SimilarTicket } from '@contracts/tickets';
import { openPage, ROUTES } from '../../../routes';
import { toCallError } from '../../../services/errors';
import { findSimilar, followTicket } from '../../../services/tickets';
import { AppButton } from '../../../ui/AppButton';
import { statusLabel } from '../shared/labels';
import { NO_BUILDING, type TicketDraft } from './draft';

/** Wait this long after the last keystroke before asking. */
const QUIET_MS = 400;

/**
 * Before a public-spot report is filed: open reports of the same category at the same spot.
 * "我也遇到了" follows one instead of filing it again.
 */
export function SimilarPanel({ draft }: { draft: TicketDraft }) {
  const [found, setFound] = useState<SimilarTicket[]>([]);
  const [followed, setFollowed] = useState<Record<string, true>>({});
  const [problem, setProblem] = useState('');
  const spot = draft.spot.trim();
  const ready = draft.where === 'public' && Boolean(draft.categoryId) && (spot.length >= 2 || Boolean(draft.point));

  useEffect(() => {
    if (!ready) {
      setFound([]);
      return undefined;
    }
    let live = true;
    const timer = setTimeout(() => {
      findSimilar({
        categoryId: draft.categoryId,
        spot,
        ...(draft.buildingId !== NO_BUILDING ? { buildingId: draft.buildingId } : {}),
        ...(draft.point ? { point: draft.point } : {}),
      })
        .then((items) => live && setFound(items))
        // Suggestions are a help, not a step: if they fail, the form still works.
        .catch(() => live && setFound([]));
    }, QUIET_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready, draft.categoryId, draft.buildingId, spot, draft.point?.latitude, draft.point?.longitude]);

  if (!found.length) return null;

  const follow = async (ticket: SimilarTicket) => {
    setProblem('');
    try {
      await followTicket(ticket.id);
      setFollowed((f) => ({ ...f, [ticket.id]: true }));
    } catch (error) {
      setProblem(toCallError(error).message);
    }
  };

  return (
    <View className="ll-card ticket-similar" role="region" aria-label="附近已有相同的问题">
      <Text className="ll-title">附近已经有人反映了</Text>
      <Text className="ll-muted ticket__line">如果是同一件事，点“我也遇到了”就行，不用再报一次，有进展会通知您。</Text>
      {found.map((ticket) => {
        const following = ticket.following || followed[ticket.id];
        return (
          <View key={ticket.id} className="ticket__section">
            <Text className="ticket__line">{`${ticket.excerpt}（${statusLabel(ticket.status)}）`}</Text>
            <Text className="ll-muted ticket__line">{`📍 ${ticket.placeLabel}${ticket.distance !== undefined ? ` · 相距约${ticket.distance}米` : ''}${ticket.followers ? ` · ${ticket.followers}位邻居也遇到了` : ''}`}</Text>
            {following ? (
              <>
                <Text className="ll-notice">已关注，有进展会通知您</Text>
                <AppButton kind="plain" onClick={() => openPage(ROUTES.ticketDetail, { id: ticket.id })}>
                  查看进度
                </AppButton>
              </>
            ) : (
              <AppButton onClick={() => void follow(ticket)}>我也遇到了</AppButton>
            )}
          </View>
        );
      })}
      {problem ? (
        <View className="ll-error-text" role="alert">
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  );
}
