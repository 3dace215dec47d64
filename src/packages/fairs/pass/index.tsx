import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { bookingPass } from '../../../services/fairs';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { hm, when } from '../shared/format';
import '../shared/fairs.scss';

/** The check-in pass: a big QR for the volunteer to scan, and six digits to read aloud. */
export default function PassPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const pass = useAsync(() => bookingPass(id), [id]);
  return (
    <Screen>
      <StateView state={pass.state} onRetry={pass.reload}>
        {(p) => (
          <View className="ll-card">
            <Text className="fairs__big">{`${p.personName} · ${p.service}`}</Text>
            <Text className="fairs__line">{when(p.startsAt, p.endsAt)}</Text>
            <Image className="fairs__qr" src={p.qrImage} mode="aspectFit" aria-label="签到二维码" />
            <Text className="fairs__line">签到码（可念给志愿者）</Text>
            <Text className="fairs__code" aria-label="签到码">
              {p.shortCode}
            </Text>
            <Text className="ll-muted">{`请到摊位出示，${hm(p.expiresAt)} 后失效，只能使用一次`}</Text>
            <AppButton kind="plain" onClick={() => void pass.reload()}>
              刷新
            </AppButton>
          </View>
        )}
      </StateView>
    </Screen>
  );
}
