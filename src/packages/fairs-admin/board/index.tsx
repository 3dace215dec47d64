import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { fairBoard } from '../../../services/fairs';
import { AppButton } from '../../../ui/AppButton';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { hm } from '../../fairs/shared/format';
import { StaffOnly } from '../StaffOnly';

/** Refreshes every 15 seconds while open: live enough for a fair, light for the server. */
const REFRESH_MS = 15_000;

function Board({ id }: { id: string }) {
  const board = useAsync(() => fairBoard(id), [id]);
  useEffect(() => {
    const timer = setInterval(() => void fairBoard(id).then(board.update, () => undefined), REFRESH_MS);
    return () => clearInterval(timer);
  }, [id, board.update]);
  return (
    <StateView state={board.state} onRetry={board.reload}>
      {(b) => (
        <View>
          <Text className="fairs__section">{`${b.fair.title} · 更新于 ${hm(b.at)}`}</Text>
          {b.stalls.map((s) => (
            <View key={s.stallId} className="ll-card" aria-label={`看板 ${s.service}`}>
              <Text className="ll-title">{s.service}</Text>
              <View className="fairs__table-row">
                <Text>已预约</Text>
                <Text>{s.booked}</Text>
              </View>
              <View className="fairs__table-row">
                <Text>已签到</Text>
                <Text>{s.checkedIn}</Text>
              </View>
              <View className="fairs__table-row">
                <Text>爽约</Text>
                <Text>{s.noShow}</Text>
              </View>
              <View className="fairs__table-row">
                <Text>候补</Text>
                <Text>{s.waiting}</Text>
              </View>
              <View className="fairs__table-row">
                <Text>现场登记</Text>
                <Text>{s.walkIns}</Text>
              </View>
              <Text className="fairs__line">{`在岗志愿者：${s.onShift.map((v) => `${v.name}（${hm(v.since)}起）`).join('、') || '暂无'}`}</Text>
            </View>
          ))}
          <AppButton kind="plain" onClick={() => void board.reload()}>
            刷新
          </AppButton>
        </View>
      )}
    </StateView>
  );
}

export default function BoardPage() {
  const { params } = useRouter();
  return <StaffOnly>{() => <Board id={params.id ?? ''} />}</StaffOnly>;
}
