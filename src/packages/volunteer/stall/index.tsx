import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { CheckInView } from '@contracts/fairs';
import { checkInByName, newRequestId, recordWalkIn, verifyCode } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { OptionGroup } from '../../../ui/OptionGroup';
import { Screen } from '../../../ui/Screen';
import { useAction } from '../../../ui/useAction';
import { hm } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { canScan, scanText } from '../scan';
import '../../fairs/shared/fairs.scss';

/** At the stall: scan or type a resident's code, or find an elder by name and room; walk-ins with one tap. */
export default function StallPage() {
  const { params } = useRouter();
  const stallId = params.stallId ?? '';
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [room, setRoom] = useState('');
  const [served, setServed] = useState<CheckInView>();
  const [elder, setElder] = useState<'yes' | 'no'>('no');
  const [walkIns, setWalkIns] = useState<number>();
  const [walkInRequest, setWalkInRequest] = useState(newRequestId);
  const action = useAction();

  const verify = async (text: string) => {
    setServed(undefined);
    const result = await action.run(() => verifyCode({ stallId, code: text.trim() }), '签到成功');
    if (result) {
      setServed(result);
      setCode('');
    }
  };
  const byName = async () => {
    setServed(undefined);
    const result = await action.run(() => checkInByName({ stallId, name, room }), '签到成功');
    if (result) setServed(result);
  };
  const walkIn = async () => {
    const result = await action.run(
      () => recordWalkIn({ stallId, requestId: walkInRequest, elder: elder === 'yes' }),
      '已登记一位现场居民',
    );
    if (result) {
      setWalkIns(result.walkIns);
      setWalkInRequest(newRequestId());
    }
  };
  const scan = async () => {
    const text = await scanText();
    if (text) await verify(text);
  };

  return (
    <Screen>
      <Text className="fairs__section">{params.service ? decodeURIComponent(params.service) : '摊位接待'}</Text>
      {served ? (
        <View className="ll-card fairs__confirm" role="status">
          <Text className="fairs__big">{served.personName}</Text>
          <Text className="fairs__big">{served.home}</Text>
          <Text className="fairs__line">{`${served.service} ${hm(served.startsAt)}–${hm(served.endsAt)} 已签到`}</Text>
        </View>
      ) : null}
      <ActionResult error={action.error} notice={action.notice} />
      <View className="ll-card">
        {canScan ? <AppButton onClick={() => void scan()}>扫描居民签到码</AppButton> : null}
        <Field label="签到码" hint="6位数字，或扫码得到的内容">
          <TextInput name="checkinCode" value={code} placeholder="例如 123456" onChange={setCode} maxLength={120} />
        </Field>
        <AppButton loading={action.busy} onClick={() => void verify(code)}>
          核验签到
        </AppButton>
      </View>
      <View className="ll-card">
        <Text className="ll-title">没有手机的老人</Text>
        <Field label="姓名">
          <TextInput name="elderName" value={name} placeholder="姓名" onChange={setName} maxLength={20} />
        </Field>
        <Field label="房号">
          <TextInput name="elderRoom" value={room} placeholder="例如 301" onChange={setRoom} maxLength={10} />
        </Field>
        <AppButton kind="plain" loading={action.busy} onClick={() => void byName()}>
          按姓名和房号签到
        </AppButton>
      </View>
      <View className="ll-card">
        <Text className="ll-title">现场登记（没有预约）</Text>
        <OptionGroup<'yes' | 'no'>
          label="是否长者"
          options={[
            { value: 'no', label: '60岁以下' },
            { value: 'yes', label: '60岁以上长者' },
          ]}
          value={elder}
          onChange={setElder}
        />
        <AppButton kind="plain" loading={action.busy} onClick={() => void walkIn()}>
          登记一位
        </AppButton>
        {walkIns !== undefined ? <Text className="fairs__line">{`本摊位现场登记 ${walkIns} 人`}</Text> : null}
      </View>
    </Screen>
  );
}
