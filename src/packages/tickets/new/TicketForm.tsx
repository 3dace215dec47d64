import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { FieldErrors } from '@contracts/envelope';
import { MAX_DESCRIPTION, TICKET_KIND_LABELS, TICKET_KINDS, VISIT_SLOT_LABELS, VISIT_SLOTS, type CategoryView } from '@contracts/tickets';
import type { BuildingView, MeView } from '@contracts/users';
import { Button } from '../../../kit/button';
import { Input } from '../../../kit/input';
import { TextArea } from '../../../kit/textarea';
import { openPage, ROUTES } from '../../../routes';
import { toCallError } from '../../../services/errors';
import { recordTicketSubscription, submitTicket } from '../../../services/tickets';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { askForProgressMessages, canChooseMapPoint, chooseMapPoint } from '../shared/device';
import { PhotoPicker } from '../shared/PhotoPicker';
import { useRequestId } from '../shared/request-id';
import { emptyDraft, NO_BUILDING, toSubmitInput, visitDays, wantsVisit, type TicketDraft } from './draft';
import { SimilarPanel } from './SimilarPanel';

const KINDS = TICKET_KINDS.map((k) => ({ value: k, label: TICKET_KIND_LABELS[k] }));
const SLOTS = VISIT_SLOTS.map((s) => ({ value: s, label: VISIT_SLOT_LABELS[s] }));
const ANY_DAY = 'any';

/** Fields the server may name, and the draft key shown beside each. */
const SHOWN_FIELDS = [
  'kind',
  'categoryId',
  'description',
  'photos',
  'where',
  'buildingId',
  'spot',
  'point',
  'visit',
  'visit.date',
  'public',
];

export function TicketForm({ categories, buildings, me }: { categories: CategoryView[]; buildings: BuildingView[]; me: MeView }) {
  const home = me.household && me.household.status !== 'rejected' ? me.household : undefined;
  const [draft, setDraft] = useState<TicketDraft>(() => emptyDraft(Boolean(home)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [uploading, setUploading] = useState(false);
  const request = useRequestId();
  const set =
    <K extends keyof TicketDraft>(key: K) =>
    (value: TicketDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const chooseWhere = (where: TicketDraft['where']) => setDraft((d) => ({ ...d, where, public: where === 'public' }));
  const markOnMap = async () => {
    const point = await chooseMapPoint();
    if (point) set('point')(point);
  };

  const submit = async () => {
    // WeChat only lets a tap ask for a subscription: this tap is the moment.
    void askForProgressMessages(recordTicketSubscription);
    setSaving(true);
    setMessage('');
    setErrors({});
    try {
      const ticket = await submitTicket(toSubmitInput(draft, request.current()));
      request.done();
      void Taro.redirectTo({ url: `${ROUTES.ticketDetail}?id=${ticket.id}&new=1` });
    } catch (error) {
      const failure = toCallError(error);
      setErrors(failure.fields);
      setMessage(Object.keys(failure.fields).some((key) => SHOWN_FIELDS.includes(key)) ? '请按红字修改后再提交' : failure.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <View>
      <Field label="是报修、投诉还是建议" error={errors.kind}>
        <OptionGroup label="类型" options={KINDS} value={draft.kind} onChange={set('kind')} />
      </Field>
      <Field label="哪一类" error={errors.categoryId}>
        <OptionGroup
          label="分类"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.categoryId || undefined}
          onChange={set('categoryId')}
        />
      </Field>
      <Field label="在哪里" error={errors.where}>
        <OptionGroup
          label="地点"
          options={[
            { value: 'household' as const, label: home ? `我家（${home.buildingName} ${home.unit} ${home.room}）` : '我家' },
            { value: 'public' as const, label: '小区公共区域' },
          ]}
          value={draft.where}
          onChange={chooseWhere}
        />
        {draft.where === 'household' && !home ? (
          <View>
            <Text className="ll-error-text">报修家里的问题，请先绑定房屋</Text>
            <AppButton kind="plain" onClick={() => openPage(ROUTES.bind)}>
              去绑定房屋
            </AppButton>
          </View>
        ) : null}
      </Field>
      {draft.where === 'public' ? (
        <>
          <Field label="靠近哪栋楼" error={errors.buildingId}>
            <OptionGroup
              label="楼栋"
              options={[...buildings.map((b) => ({ value: b.id, label: b.name })), { value: NO_BUILDING, label: '不在楼旁' }]}
              value={draft.buildingId}
              onChange={set('buildingId')}
            />
          </Field>
          <Field label="具体位置" hint="如：3号楼东侧路灯、北门井盖" error={errors.spot ?? errors.point}>
            <Input name="spot" placeholder="具体位置" value={draft.spot} maxLength={50} onChange={set('spot')} />
            {canChooseMapPoint() ? (
              <AppButton kind="plain" onClick={() => void markOnMap()}>
                {draft.point ? '已在地图上标出（点此重新选）' : '在地图上标出位置（可不选）'}
              </AppButton>
            ) : null}
          </Field>
          <SimilarPanel draft={draft} />
        </>
      ) : (
        <Field label="家里哪个位置（可不填）" error={errors.spot}>
          <Input name="spot" placeholder="如：卫生间、厨房" value={draft.spot} maxLength={50} onChange={set('spot')} />
        </Field>
      )}
      <Field label="说说是什么问题" error={errors.description}>
        <TextArea
          className="ticket-form__text"
          placeholder="如：水龙头一直滴水，关不紧"
          value={draft.description}
          maxLength={MAX_DESCRIPTION}
          showCount
          rows={4}
          onChange={set('description')}
        />
      </Field>
      <Field label="照片（可不拍）" hint="最多9张，会自动压缩，不带位置信息" error={errors.photos}>
        <PhotoPicker photos={draft.photos} onChange={set('photos')} onBusy={setUploading} />
      </Field>
      {wantsVisit(draft) ? (
        <Field label="方便上门的时间（可不选）" error={errors.visit ?? errors['visit.date']}>
          <OptionGroup
            label="上门日期"
            options={[{ value: ANY_DAY, label: '随时都可以' }, ...visitDays(new Date())]}
            value={draft.visitDate || ANY_DAY}
            onChange={(date) =>
              setDraft((d) => ({ ...d, visitDate: date === ANY_DAY ? '' : date, ...(date === ANY_DAY ? { visitSlot: undefined } : {}) }))
            }
          />
          {draft.visitDate ? <OptionGroup label="上门时段" options={SLOTS} value={draft.visitSlot} onChange={set('visitSlot')} /> : null}
        </Field>
      ) : null}
      <Field label="给邻居看吗" hint="公开后邻居能看到问题和位置，看不到您的姓名、电话和门牌号" error={errors.public}>
        <OptionGroup
          label="是否公开"
          options={[
            { value: 'yes', label: '公开，邻居遇到可以一起反映' },
            { value: 'no', label: '不公开，只给工作人员看' },
          ]}
          value={draft.public ? 'yes' : 'no'}
          onChange={(v) => set('public')(v === 'yes')}
        />
      </Field>
      {message ? (
        <View className="ll-error-text" role="alert">
          <Text>{message}</Text>
        </View>
      ) : null}
      <Button type="primary" size="large" block loading={saving} disabled={uploading} onClick={() => void submit()}>
        提交
      </Button>
    </View>
  );
}
