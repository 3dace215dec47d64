import { Text, View } from '@tarojs/components';
import { TICKET_KIND_LABELS, TIMELINE_LABELS, type TicketKind, type TimelineEntry } from '@contracts/tickets';
import { PhotoGrid } from './PhotoGrid';
import { statusLabel, when } from './labels';

const headline = (entry: TimelineEntry, kind: TicketKind): string => {
  if (entry.action === 'submit') return `提交了${TICKET_KIND_LABELS[kind]}`;
  if (entry.action === 'assign' && entry.assignee) return `转给 ${entry.assignee}`;
  if (entry.action === 'setExpected' && entry.expectedAt) return `预计 ${when(entry.expectedAt)} 前完成`;
  if (entry.action === 'markOverdue') return '已超过时限，已提醒网格员督办';
  return TIMELINE_LABELS[entry.action];
};

/** Every step in the order given, as it happened: who (by role and name), when, what, and the state after. */
export function Timeline({ entries, kind }: { entries: readonly TimelineEntry[]; kind: TicketKind }) {
  return (
    <View className="ticket-timeline" role="list" aria-label="处理进度">
      {entries.map((entry) => (
        <View key={entry.id} className="ticket-timeline__item" role="listitem">
          <View className="ticket-timeline__dot" />
          <View className="ticket-timeline__body">
            <Text className="ticket-timeline__title">{headline(entry, kind)}</Text>
            <Text className="ll-muted ticket__line">{`${when(entry.at)} · ${entry.actor} · ${statusLabel(entry.status)}`}</Text>
            {entry.stars ? <Text className="ticket__line">{`${'★'.repeat(entry.stars)}${'☆'.repeat(5 - entry.stars)}`}</Text> : null}
            {entry.note ? <Text className="ticket__line">{entry.note}</Text> : null}
            <PhotoGrid photos={entry.photos} />
          </View>
        </View>
      ))}
    </View>
  );
}
