import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoticeAdmin } from '@contracts/announcements';
import { Input } from '../../../kit/input';
import { openPage, ROUTES } from '../../../routes';
import { pinNotice, publishNotice, scheduleNotice, withdrawNotice } from '../../../services/announcements';
import { toCallError, type CallError } from '../../../services/errors';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { useAction } from '../../../ui/useAction';
import { parseShanghaiText, TIME_HINT } from '../shared/time-text';

type Reviewed = 'publish' | 'schedule';

/**
 * What staff can do with a notice in its state: publish now or at a time, pin, edit, withdraw
 * (with a reason). When the content check asks a person to look, the button says so and the
 * next press of it confirms.
 */
export function Actions({ notice, onChanged }: { notice: NoticeAdmin; onChanged: (next: NoticeAdmin) => void }) {
  const action = useAction();
  const [when, setWhen] = useState('');
  const [whenError, setWhenError] = useState<string>();
  const [reason, setReason] = useState('');
  const [review, setReview] = useState<Reviewed>();

  const run = async (kind: Reviewed | undefined, change: (confirm: boolean) => Promise<NoticeAdmin>, done: string) => {
    let failed: CallError | undefined;
    const next = await action.run(async () => {
      try {
        return await change(kind !== undefined && review === kind);
      } catch (error) {
        failed = toCallError(error);
        throw error;
      }
    }, done);
    if (next) {
      setReview(undefined);
      onChanged(next);
    } else if (failed?.code === 'CONTENT_NEEDS_REVIEW' && kind) setReview(kind);
  };

  const publish = () => run('publish', (c) => publishNotice(notice.id, c), '已发布，已通知到居民');
  const schedule = () => {
    const at = parseShanghaiText(when);
    setWhenError(at ? undefined : `请填写发布时间，${TIME_HINT}`);
    if (at) void run('schedule', (c) => scheduleNotice(notice.id, at, c), '已设定定时发布');
  };

  const needsConfirm = action.error?.code === 'CONTENT_NEEDS_REVIEW';
  const editable = notice.status === 'draft' || notice.status === 'scheduled' || notice.status === 'published';

  return (
    <View className="notice__section">
      {editable ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.announcementCompose, { id: notice.id })}>
          编辑
        </AppButton>
      ) : null}
      {notice.status === 'draft' || notice.status === 'scheduled' ? (
        <View>
          <AppButton loading={action.busy} onClick={() => void publish()}>
            {review === 'publish' ? '确认内容无误，立即发布' : '立即发布'}
          </AppButton>
          <Field label={notice.status === 'scheduled' ? '改为其他时间发布' : '定时发布'} hint={TIME_HINT} error={whenError}>
            <Input name="publishAt" placeholder="2026-11-25 09:00" value={when} maxLength={16} onChange={setWhen} />
          </Field>
          <AppButton kind="plain" loading={action.busy} onClick={schedule}>
            {review === 'schedule' ? '确认内容无误，定时发布' : '定时发布'}
          </AppButton>
        </View>
      ) : null}
      {notice.status === 'published' ? (
        <AppButton
          kind="plain"
          loading={action.busy}
          onClick={() => void run(undefined, () => pinNotice(notice.id, !notice.pinned), notice.pinned ? '已取消置顶' : '已置顶')}
        >
          {notice.pinned ? '取消置顶' : '置顶'}
        </AppButton>
      ) : null}
      {notice.status === 'published' || notice.status === 'scheduled' ? (
        <View className="notice__section">
          <Field label="撤回原因" hint="会记入操作记录；居民那里通知会消失，阅读统计保留">
            <Input name="reason" placeholder="例如：时间写错了，将重新发布" value={reason} maxLength={100} onChange={setReason} />
          </Field>
          <AppButton
            kind="danger"
            loading={action.busy}
            onClick={() => void run(undefined, () => withdrawNotice(notice.id, reason), '已撤回')}
          >
            撤回通知
          </AppButton>
        </View>
      ) : null}
      {needsConfirm ? (
        <View className="ll-card" role="alert">
          <Text>内容检查提示有需要人工确认的词语。请再读一遍，确认无误后再按一次发布按钮；您的确认会记入操作记录。</Text>
        </View>
      ) : null}
      <ActionResult error={needsConfirm ? undefined : action.error} notice={action.notice} />
    </View>
  );
}
