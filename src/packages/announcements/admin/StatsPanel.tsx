import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BuildingStats, NoticeStats, PersonLine } from '@contracts/announcements';
import { exportNoticeStats } from '../../../services/announcements';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { useAction } from '../../../ui/useAction';
import { saveCsv } from '../shared/files';

const who = (p: PersonLine) => [p.unit, p.room, p.name].filter(Boolean).join(' ');

function People({ title, people }: { title: string; people: PersonLine[] }) {
  if (people.length === 0) return null;
  return (
    <View className="notice-stats__people">
      <Text className="notice__line">{`${title}（${people.length}）`}</Text>
      {people.map((p, i) => (
        <Text key={i} className="notice-stats__person">
          {who(p)}
        </Text>
      ))}
    </View>
  );
}

/** One building a row; tap to see who to visit. Only one list is open at a time (long lists stay light). */
function Building({
  building,
  mustAck,
  open,
  onToggle,
}: {
  building: BuildingStats;
  mustAck: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const summary = `已读 ${building.read}/${building.audience}${mustAck ? ` · 已确认 ${building.acked}/${building.audience}` : ''}`;
  return (
    <View>
      <View className="notice__row" role="button" aria-expanded={open} aria-label={building.buildingName} onClick={onToggle}>
        <Text>{building.buildingName}</Text>
        <Text>{`${summary} ${open ? '▲' : '▼'}`}</Text>
      </View>
      {open ? (
        <View>
          <People title="未读" people={building.notRead} />
          {mustAck ? <People title="未确认" people={building.notAcked} /> : null}
        </View>
      ) : null}
    </View>
  );
}

/** Who the notice reached and who has not read or acknowledged it, by building; exportable as CSV. */
export function StatsPanel({ stats }: { stats: NoticeStats }) {
  const [open, setOpen] = useState<string>();
  const exporting = useAction();
  const save = () => exporting.run(async () => saveCsv(await exportNoticeStats(stats.id)), '已导出');
  return (
    <View className="notice__section">
      <Text className="notice__section-title">阅读情况</Text>
      <Text className="notice-stats__big">{`已读 ${stats.readCount}/${stats.audienceSize}`}</Text>
      {stats.mustAck ? <Text className="notice-stats__big">{`已确认 ${stats.ackCount}/${stats.audienceSize}`}</Text> : null}
      {stats.lateReaders ? (
        <Text className="ll-muted notice__line">{`另有 ${stats.lateReaders} 位发布后才加入的居民已读（不计入以上人数）`}</Text>
      ) : null}
      {stats.buildings.map((b) => {
        const key = b.buildingId ?? '-';
        return (
          <Building
            key={key}
            building={b}
            mustAck={stats.mustAck}
            open={open === key}
            onToggle={() => setOpen(open === key ? undefined : key)}
          />
        );
      })}
      <AppButton kind="plain" loading={exporting.busy} onClick={() => void save()}>
        导出名单（CSV）
      </AppButton>
      <ActionResult error={exporting.error} notice={exporting.notice} />
    </View>
  );
}
