import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CONFIRM_WINDOW_DAYS, type TicketDetail } from '@contracts/tickets';
import { TextArea } from '../../../kit/textarea';
import { cancelTicket, confirmTicket, followTicket, nudgeTicket, rateTicket, reopenTicket } from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { useAction } from '../../../ui/useAction';
import { when } from '../shared/labels';
import { PhotoPicker } from '../shared/PhotoPicker';
import { useRequestId } from '../shared/request-id';
import { Stars } from '../shared/Stars';

type Open = 'none' | 'confirm' | 'reopen' | 'cancel' | 'rate';

/**
 * What the reporter (or a neighbour) can do now — exactly the actions the server listed. The
 * answers that end something (confirm, "没修好", cancel) open inline, one at a time, each with
 * its own button, so nothing happens by a stray tap.
 */
export function ResidentActions({ ticket, onChanged }: { ticket: TicketDetail; onChanged: (next: TicketDetail) => void }) {
  const action = useAction();
  const request = useRequestId();
  const [open, setOpen] = useState<Open>('none');
  const [stars, setStars] = useState(0);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const can = (name: TicketDetail['actions'][number]) => ticket.actions.includes(name);
  const base = () => ({ ticketId: ticket.id, requestId: request.current() });

  const run = async (change: () => Promise<TicketDetail>, done: string) => {
    const next = await action.run(change, done);
    if (next) {
      request.done();
      setOpen('none');
      setText('');
      setPhotos([]);
      onChanged(next);
    }
  };
  const show = (which: Open) => {
    setOpen(which);
    setText('');
    setStars(0);
  };

  const follow = async () => {
    const done = await action.run(() => followTicket(ticket.id), '已关注，有进展会通知您');
    if (done) onChanged({ ...ticket, following: true, followers: done.followers });
  };

  const canFollow =
    ticket.relation === 'neighbour' &&
    ticket.listed &&
    !ticket.following &&
    ['submitted', 'accepted', 'in_progress'].includes(ticket.status);

  return (
    <View className="ll-card">
      {canFollow ? <AppButton onClick={() => void follow()}>我也遇到了</AppButton> : null}
      {ticket.following ? <Text className="ticket__line">您关注了这件事，有进展会通知您。</Text> : null}

      {can('nudge') ? (
        <AppButton kind="plain" loading={action.busy} onClick={() => void run(() => nudgeTicket(base()), '已催办，工作人员会尽快处理')}>
          催一下
        </AppButton>
      ) : ticket.nudgeAvailableAt && ['submitted', 'accepted', 'in_progress'].includes(ticket.status) ? (
        <Text className="ll-muted ticket__line">{`已催办，${when(ticket.nudgeAvailableAt)} 后可以再催`}</Text>
      ) : null}

      {can('confirm') && ticket.confirmBy ? (
        <Text className="ticket__line">{`修好了吗？请在 ${when(ticket.confirmBy)} 前确认，超过${CONFIRM_WINDOW_DAYS}天系统自动确认。`}</Text>
      ) : null}
      {can('confirm') && open !== 'confirm' ? <AppButton onClick={() => show('confirm')}>已解决，去评价</AppButton> : null}
      {open === 'confirm' || open === 'rate' ? (
        <View className="ticket__section">
          <Field label="给这次处理打个分">
            <Stars value={stars} onChange={setStars} />
          </Field>
          <Field label="还想说的（可不填）">
            <TextArea value={text} maxLength={200} rows={2} onChange={setText} placeholder="师傅态度、速度怎么样" />
          </Field>
          <AppButton
            disabled={!stars}
            loading={action.busy}
            onClick={() =>
              void run(
                () => (open === 'confirm' ? confirmTicket : rateTicket)({ ...base(), stars, comment: text }),
                open === 'confirm' ? '已确认，谢谢您的评价' : '谢谢您的评价',
              )
            }
          >
            {open === 'confirm' ? '确认已解决' : '提交评价'}
          </AppButton>
        </View>
      ) : null}
      {can('rate') && open !== 'rate' ? <AppButton onClick={() => show('rate')}>评价这次处理</AppButton> : null}

      {can('reopen') && open !== 'reopen' ? (
        <AppButton kind="danger" onClick={() => show('reopen')}>
          没修好
        </AppButton>
      ) : null}
      {open === 'reopen' ? (
        <View className="ticket__section">
          <Field label="哪里还没好" error={action.error?.fields.reason}>
            <TextArea value={text} maxLength={200} rows={3} onChange={setText} placeholder="如：还是在滴水" />
          </Field>
          <Field label="拍张照片（可不拍）" error={action.error?.fields.photos}>
            <PhotoPicker photos={photos} onChange={setPhotos} max={3} onBusy={setUploading} />
          </Field>
          <AppButton
            kind="danger"
            loading={action.busy}
            disabled={uploading}
            onClick={() => void run(() => reopenTicket({ ...base(), reason: text, photos }), '已退回，会重新处理')}
          >
            提交，请重新处理
          </AppButton>
          <AppButton kind="plain" onClick={() => setOpen('none')}>
            先不提交
          </AppButton>
        </View>
      ) : null}

      {can('cancel') && open !== 'cancel' ? (
        <View className="ticket__section">
          <AppButton kind="danger" onClick={() => show('cancel')}>
            撤销这张单子
          </AppButton>
        </View>
      ) : null}
      {open === 'cancel' ? (
        <View className="ticket__section">
          <Text className="ticket__line">确定撤销吗？撤销后工作人员不会再处理。</Text>
          <AppButton kind="danger" loading={action.busy} onClick={() => void run(() => cancelTicket({ ...base(), reason: '' }), '已撤销')}>
            确定撤销
          </AppButton>
          <AppButton kind="plain" onClick={() => setOpen('none')}>
            不撤销
          </AppButton>
        </View>
      ) : null}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
