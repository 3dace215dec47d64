import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { CATEGORY_LABELS, STATUS_LABELS, type NoticeAdmin } from '@contracts/announcements';
import { getNotice, noticeStats } from '../../../services/announcements';
import { Badge } from '../../../ui/Badge';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { STATUS_TONES } from '../shared/labels';
import { NoticeBody } from '../shared/NoticeBody';
import { StaffGate } from '../shared/StaffGate';
import { shanghaiText } from '../shared/time-text';
import { Actions } from './Actions';
import { StatsPanel } from './StatsPanel';
import '../shared/notice.scss';
import './index.scss';

const load = (id: string) => async () => {
  const notice = await getNotice(id);
  const stats = notice.status === 'draft' || notice.status === 'scheduled' ? undefined : await noticeStats(id);
  return { notice, stats };
};

function Facts({ notice }: { notice: NoticeAdmin }) {
  const lines = [
    `发送范围：${notice.audience.label}`,
    notice.publishAt ? `定时发布：${shanghaiText(notice.publishAt)}` : '',
    notice.publishedAt ? `发布时间：${shanghaiText(notice.publishedAt)}` : '',
    notice.expiresAt ? `结束时间：${shanghaiText(notice.expiresAt)}` : '',
    `撰写：${notice.authorName}`,
    notice.withdrawnReason ? `撤回原因：${notice.withdrawnReason}` : '',
  ].filter(Boolean);
  return (
    <View className="notice__section">
      <View>
        <Badge tone={STATUS_TONES[notice.status]}>{STATUS_LABELS[notice.status]}</Badge>
        <Badge tone="neutral">{CATEGORY_LABELS[notice.category]}</Badge>
        {notice.pinned ? <Badge tone="primary">置顶</Badge> : null}
        {notice.mustAck ? <Badge tone="warning">需确认</Badge> : null}
        {notice.updated ? <Badge tone="neutral">已更新</Badge> : null}
      </View>
      <Text className="ll-title">{notice.title}</Text>
      {lines.map((line) => (
        <Text key={line} className="notice__line">
          {line}
        </Text>
      ))}
    </View>
  );
}

function NoticeManager({ id }: { id: string }) {
  const { state, reload, update } = useAsync(load(id), [id]);
  useReloadOnShow(reload);
  return (
    <StateView state={state} onRetry={reload}>
      {({ notice, stats }) => (
        <View>
          <Facts notice={notice} />
          {stats ? <StatsPanel stats={stats} /> : null}
          <Actions
            notice={notice}
            onChanged={(next) => {
              // Keep the page (and the action's message) in place; the counts follow when they arrive.
              update({ notice: next, stats });
              if (next.status !== 'draft' && next.status !== 'scheduled')
                noticeStats(next.id)
                  .then((fresh) => update({ notice: next, stats: fresh }))
                  .catch(() => undefined);
            }}
          />
          {notice.revisions.length ? (
            <View className="notice__section">
              <Text className="notice__section-title">修改记录</Text>
              {notice.revisions.map((r) => (
                <Text
                  key={r.revision}
                  className="notice__line"
                >{`${shanghaiText(r.at)} ${r.editorName} 修改（原标题「${r.previousTitle}」）`}</Text>
              ))}
            </View>
          ) : null}
          <View className="ll-card">
            <Text className="notice__section-title">正文预览</Text>
            <NoticeBody blocks={notice.blocks} />
          </View>
        </View>
      )}
    </StateView>
  );
}

export default function NoticeAdminPage() {
  const { params } = useRouter();
  return <StaffGate>{() => <NoticeManager id={params.id ?? ''} />}</StaffGate>;
}
