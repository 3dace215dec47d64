import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HandlerView, TicketAction, TicketDetail } from '@contracts/tickets';
import { TextArea } from '../../../kit/textarea';
import {
  acceptTicket,
  assignTicket,
  listHandlers,
  rejectTicket,
  replyTicket,
  resolveTicket,
  setExpectedTime,
  startTicket,
} from '../../../services/tickets';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { useAction } from '../../../ui/useAction';
import { PhotoPicker } from '../../tickets/shared/PhotoPicker';
import { useRequestId } from '../../tickets/shared/request-id';
import { expectedChoices } from './expected';

type Panel = 'none' | 'assign' | 'reply' | 'setExpected' | 'resolve' | 'reject';

const PANEL_BUTTONS: { action: TicketAction; panel: Panel; label: string }[] = [
  { action: 'setExpected', panel: 'setExpected', label: '设定预计完成时间' },
  { action: 'reply', panel: 'reply', label: '回复居民' },
  { action: 'assign', panel: 'assign', label: '转派' },
  { action: 'resolve', panel: 'resolve', label: '处理完成' },
  { action: 'reject', panel: 'reject', label: '驳回（写明原因）' },
];

/** What the staff member or handler may do now (the server's list); each change opens inline. */
export function HandlingActions({ ticket, onChanged }: { ticket: TicketDetail; onChanged: (next: TicketDetail) => void }) {
  const action = useAction();
  const request = useRequestId();
  const [panel, setPanel] = useState<Panel>('none');
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [choice, setChoice] = useState<string>();
  const [handlers, setHandlers] = useState<HandlerView[]>();
  const can = (name: TicketAction) => ticket.actions.includes(name);
  const base = () => ({ ticketId: ticket.id, requestId: request.current() });

  const open = async (next: Panel) => {
    setPanel(next);
    setText('');
    setPhotos([]);
    setChoice(undefined);
    if (next === 'assign' && !handlers) {
      const found = await action.run(listHandlers, '');
      if (found) setHandlers(found);
    }
  };
  const run = async (change: () => Promise<TicketDetail>, done: string) => {
    const next = await action.run(change, done);
    if (next) {
      request.done();
      setPanel('none');
      onChanged(next);
    }
  };

  const needsPhoto = ticket.kind === 'repair';
  const fields = action.error?.fields ?? {};

  return (
    <View className="ll-card">
      <Text className="ll-title">处理</Text>
      {can('accept') ? (
        <AppButton loading={action.busy} onClick={() => void run(() => acceptTicket({ ...base(), note: '' }), '已受理')}>
          受理
        </AppButton>
      ) : null}
      {can('start') ? (
        <AppButton loading={action.busy} onClick={() => void run(() => startTicket({ ...base(), note: '' }), '已开始处理')}>
          开始处理
        </AppButton>
      ) : null}
      {PANEL_BUTTONS.filter((b) => can(b.action) && panel !== b.panel).map((b) => (
        <AppButton key={b.action} kind={b.action === 'reject' ? 'danger' : 'plain'} onClick={() => void open(b.panel)}>
          {b.label}
        </AppButton>
      ))}

      {panel === 'setExpected' ? (
        <Field label="预计什么时候完成" error={fields.expectedAt}>
          <OptionGroup label="预计完成时间" options={expectedChoices(new Date())} value={choice} onChange={setChoice} />
          <AppButton
            disabled={!choice}
            loading={action.busy}
            onClick={() => void run(() => setExpectedTime({ ...base(), expectedAt: choice ?? '', note: '' }), '已告诉居民预计完成时间')}
          >
            确定
          </AppButton>
        </Field>
      ) : null}

      {panel === 'reply' ? (
        <View>
          <Field label="回复内容" error={fields.text}>
            <TextArea value={text} maxLength={500} rows={3} showCount onChange={setText} placeholder="如：已联系师傅，明天上午上门" />
          </Field>
          <Field label="照片（可不传）" error={fields.photos}>
            <PhotoPicker photos={photos} onChange={setPhotos} onBusy={setUploading} />
          </Field>
          <AppButton
            loading={action.busy}
            disabled={uploading}
            onClick={() => void run(() => replyTicket({ ...base(), text, photos }), '已回复')}
          >
            发送回复
          </AppButton>
        </View>
      ) : null}

      {panel === 'assign' ? (
        <View>
          <Field label="转给谁" error={fields.assigneeId}>
            <OptionGroup
              label="处理人"
              options={(handlers ?? []).map((h) => ({ value: h.id, label: `${h.role === 'property' ? '物业公司' : '社区'} · ${h.name}` }))}
              value={choice}
              onChange={setChoice}
            />
          </Field>
          <Field label="转派说明（可不填）" error={fields.note}>
            <TextArea value={text} maxLength={200} rows={2} onChange={setText} placeholder="如：属于物业维修范围" />
          </Field>
          <AppButton
            disabled={!choice}
            loading={action.busy}
            onClick={() => void run(() => assignTicket({ ...base(), assigneeId: choice ?? '', note: text }), '已转派')}
          >
            确定转派
          </AppButton>
        </View>
      ) : null}

      {panel === 'resolve' ? (
        <View>
          <Field label={ticket.kind === 'repair' ? '怎么修好的' : '处理结果（会告诉居民）'} error={fields.note}>
            <TextArea value={text} maxLength={500} rows={3} showCount onChange={setText} placeholder="如：已更换水龙头阀芯" />
          </Field>
          <Field label={needsPhoto ? '处理后的照片（必传）' : '照片（可不传）'} error={fields.photos}>
            <PhotoPicker photos={photos} onChange={setPhotos} label="拍处理后的照片" onBusy={setUploading} />
          </Field>
          <AppButton
            loading={action.busy}
            disabled={uploading || (needsPhoto && photos.length === 0)}
            onClick={() => void run(() => resolveTicket({ ...base(), note: text, photos }), '已处理完成，等居民确认')}
          >
            确认处理完成
          </AppButton>
        </View>
      ) : null}

      {panel === 'reject' ? (
        <View>
          <Field label="驳回原因（会告诉居民）" error={fields.reason}>
            <TextArea value={text} maxLength={200} rows={3} onChange={setText} placeholder="如：属于市政管理，已帮您转12345" />
          </Field>
          <AppButton
            kind="danger"
            loading={action.busy}
            onClick={() => void run(() => rejectTicket({ ...base(), reason: text }), '已驳回')}
          >
            确定驳回
          </AppButton>
        </View>
      ) : null}

      {panel !== 'none' ? (
        <AppButton kind="plain" onClick={() => setPanel('none')}>
          收起
        </AppButton>
      ) : null}
      {ticket.actions.length === 0 ? <Text className="ll-muted ticket__line">现在没有需要您处理的。</Text> : null}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
