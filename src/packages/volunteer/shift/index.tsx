import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ShiftView } from '@contracts/fairs';
import { shiftCheckIn, shiftCheckOut } from '../../../services/fairs';
import { ActionResult } from '../../../ui/ActionResult';
import { AppButton } from '../../../ui/AppButton';
import { Field } from '../../../ui/Field';
import { Screen } from '../../../ui/Screen';
import { useAction } from '../../../ui/useAction';
import { hm } from '../../fairs/shared/format';
import { TextInput } from '../../fairs/shared/TextInput';
import { canScan, scanText, stallCodeFrom } from '../scan';
import '../../fairs/shared/fairs.scss';

/**
 * Shift check-in and check-out by the stall's code: scanned in WeChat (or opened straight from
 * the printed mini-program code, which brings it as `scene`), typed in the browser.
 */
export default function ShiftPage() {
  const { params } = useRouter();
  const [code, setCode] = useState(params.scene ? stallCodeFrom(decodeURIComponent(params.scene)) : '');
  const [shift, setShift] = useState<ShiftView>();
  const action = useAction();
  const run = async (kind: 'in' | 'out', given = code) => {
    const stall = stallCodeFrom(given);
    const result = await action.run(
      () => (kind === 'in' ? shiftCheckIn(stall) : shiftCheckOut(stall)),
      kind === 'in' ? '签到成功' : '签退成功，服务时长已记录',
    );
    if (result) setShift(result);
  };
  const scanThen = async (kind: 'in' | 'out') => {
    const text = await scanText();
    if (text) {
      setCode(stallCodeFrom(text));
      await run(kind, text);
    }
  };
  return (
    <Screen>
      <View className="ll-card">
        <Text className="ll-title">扫摊位码签到、签退</Text>
        {canScan ? (
          <View>
            <AppButton onClick={() => void scanThen('in')}>扫码签到</AppButton>
            <AppButton kind="plain" onClick={() => void scanThen('out')}>
              扫码签退
            </AppButton>
          </View>
        ) : null}
        <Field label="摊位码" hint="摊位上贴的8位码">
          <TextInput name="stallCode" value={code} placeholder="例如 ABCD2345" onChange={setCode} maxLength={12} />
        </Field>
        <AppButton loading={action.busy} onClick={() => void run('in')}>
          签到
        </AppButton>
        <View className="fairs__divider" />
        <AppButton kind="plain" loading={action.busy} onClick={() => void run('out')}>
          签退
        </AppButton>
        <ActionResult error={action.error} notice={action.notice} />
      </View>
      {shift ? (
        <View className="ll-card" role="status">
          <Text className="fairs__big">{shift.service}</Text>
          <Text className="fairs__line">{`班次 ${hm(shift.startsAt)}–${hm(shift.endsAt)}`}</Text>
          {shift.checkedInAt ? <Text className="fairs__line">{`签到 ${hm(shift.checkedInAt)}`}</Text> : null}
          {shift.checkedOutAt ? <Text className="fairs__line">{`签退 ${hm(shift.checkedOutAt)}`}</Text> : null}
        </View>
      ) : null}
    </Screen>
  );
}
