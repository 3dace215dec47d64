import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CATEGORY_LABELS, STATUS_LABELS, type NoticeRow } from '@contracts/announcements';
import { openPage, ROUTES } from '../../../routes';
import { listNotices } from '../../../services/announcements';
import { AppButton } from '../../../ui/AppButton';
import { Badge } from '../../../ui/Badge';
import { MoreButton } from '../../../ui/MoreButton';
import { OptionGroup } from '../../../ui/OptionGroup';
import { EmptyState, StateView } from '../../../ui/StateView';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { ALL, STATUS_TABS, STATUS_TONES, type StatusFilter } from '../shared/labels';
import { StaffGate } from '../shared/StaffGate';
import { shanghaiText } from '../shared/time-text';
import '../shared/notice.scss';

const when = (row: NoticeRow): string =>
  row.status === 'scheduled'
    ? `定时 ${shanghaiText(row.publishAt)}`
    : row.publishedAt
      ? `发布于 ${shanghaiText(row.publishedAt)}`
      : `创建于 ${shanghaiText(row.createdAt)}`;

function Row({ row }: { row: NoticeRow }) {
  return (
    <View className="ll-card" role="button" aria-label={row.title} onClick={() => openPage(ROUTES.announcementAdmin, { id: row.id })}>
      <View>
        <Badge tone={STATUS_TONES[row.status]}>{STATUS_LABELS[row.status]}</Badge>
        <Badge tone="neutral">{CATEGORY_LABELS[row.category]}</Badge>
        {row.pinned ? <Badge tone="primary">置顶</Badge> : null}
        {row.mustAck ? <Badge tone="warning">需确认</Badge> : null}
        {row.updated ? <Badge tone="neutral">已更新</Badge> : null}
      </View>
      <Text className="ll-title">{row.title}</Text>
      <Text className="notice__line">{`发送范围：${row.audience.label}`}</Text>
      {row.audienceSize !== undefined ? (
        <Text className="notice__line">{`已读 ${row.readCount ?? 0}/${row.audienceSize}${row.mustAck ? ` · 已确认 ${row.ackCount ?? 0}/${row.audienceSize}` : ''}`}</Text>
      ) : null}
      <Text className="ll-muted">{when(row)}</Text>
    </View>
  );
}

function Notices() {
  const [status, setStatus] = useState<StatusFilter>(ALL);
  const list = usePagedList((cursor) => listNotices({ ...(status === ALL ? {} : { status }), ...(cursor ? { cursor } : {}) }), [status]);
  useReloadOnShow(() => void list.reload());
  return (
    <View>
      <AppButton onClick={() => openPage(ROUTES.announcementCompose)}>写新通知</AppButton>
      <OptionGroup label="状态" options={STATUS_TABS} value={status} onChange={setStatus} />
      <StateView
        state={list.state}
        onRetry={() => void list.reload()}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState text="还没有这类通知" />}
      >
        {(rows) => (
          <View>
            {rows.map((row) => (
              <Row key={row.id} row={row} />
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </View>
  );
}

export default function ManageNoticesPage() {
  return <StaffGate>{() => <Notices />}</StaffGate>;
}
