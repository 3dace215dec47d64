import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FAIR_STATUS_LABELS } from '@contracts/fairs';
import { openPage, ROUTES } from '../../../routes';
import { copyFair, listAllFairs, newRequestId } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Badge } from '../../../ui/Badge';
import { Field } from '../../../ui/Field';
import { MoreButton } from '../../../ui/MoreButton';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAction } from '../../../ui/useAction';
import { usePagedList } from '../../../ui/usePagedList';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { dayLabel, hm } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { StaffOnly } from '../StaffOnly';
import { ElderPanel } from './ElderPanel';
import { SeriesPanel } from './SeriesPanel';

function FairsAdmin() {
  const list = usePagedList((cursor) => listAllFairs(cursor ? { cursor } : {}), []);
  useReloadOnShow(() => void list.reload());
  const [copyDate, setCopyDate] = useState('');
  const [copyRequest, setCopyRequest] = useState(newRequestId);
  const action = useAction();
  const copy = async () => {
    const fair = await action.run(() => copyFair({ requestId: copyRequest, date: copyDate }), '已复制，请检查后发布');
    if (fair) {
      setCopyRequest(newRequestId());
      openPage(ROUTES.fairsAdminFair, { id: fair.id });
    }
  };
  return (
    <View>
      <AppButton onClick={() => openPage(ROUTES.fairsAdminEdit)}>新建大集</AppButton>
      <View className="ll-card">
        <Text className="ll-title">复制上一次大集</Text>
        <Field label="新日期" hint="格式 2026-12-01，摊位和班次一起复制">
          <TextInput name="copyDate" value={copyDate} placeholder="2026-12-01" onChange={setCopyDate} maxLength={10} />
        </Field>
        <AppButton kind="plain" loading={action.busy} onClick={() => void copy()}>
          复制上一次
        </AppButton>
        <ActionResult error={action.error} notice={action.notice} />
      </View>
      <AppButton kind="plain" onClick={() => openPage(ROUTES.fairsAdminHours)}>
        志愿服务时长
      </AppButton>
      <SeriesPanel />
      <ElderPanel />
      <Text className="fairs__section">全部大集</Text>
      <StateView state={list.state} onRetry={list.reload} isEmpty={(items) => items.length === 0} empty={<EmptyState text="还没有大集" />}>
        {(items) => (
          <View>
            {items.map((f) => (
              <View
                key={f.id}
                className="ll-card"
                role="button"
                aria-label={`${f.title} ${f.date}`}
                onClick={() => openPage(ROUTES.fairsAdminFair, { id: f.id })}
              >
                <Text className="ll-title">{f.title}</Text>
                <Badge tone={f.status === 'published' ? 'success' : f.status === 'draft' ? 'warning' : 'neutral'}>
                  {FAIR_STATUS_LABELS[f.status]}
                </Badge>
                <Text className="fairs__line">{`${dayLabel(f.opensAt)} ${hm(f.opensAt)}–${hm(f.closesAt)} · ${f.place}`}</Text>
                <Text className="ll-muted">{`${f.stallCount}个摊位`}</Text>
              </View>
            ))}
            <MoreButton hasMore={list.hasMore} loading={list.loadingMore} error={list.moreError} onMore={() => void list.loadMore()} />
          </View>
        )}
      </StateView>
    </View>
  );
}

export default function FairsAdminPage() {
  return <StaffOnly>{() => <FairsAdmin />}</StaffOnly>;
}
