import { Text, View } from '@tarojs/components';
import { HOUSEHOLD_STATUS_LABELS, type HouseholdView } from '@contracts/users';
import { openPage, ROUTES } from '../../routes';
import { AppButton } from '../../ui/AppButton';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<HouseholdView['status'], BadgeTone> = { pending: 'warning', verified: 'success', rejected: 'danger' };

export function HouseholdCard({ household }: { household?: HouseholdView }) {
  return (
    <View className="ll-card">
      <Text className="ll-title">我的房屋</Text>
      {household ? (
        <View>
          <Text className="me__line">{`${household.buildingName} ${household.unit} ${household.room}`}</Text>
          <Badge tone={TONES[household.status]}>{HOUSEHOLD_STATUS_LABELS[household.status]}</Badge>
          {household.note ? <Text className="me__line ll-muted">{`社区说明：${household.note}`}</Text> : null}
        </View>
      ) : (
        <Text className="me__line ll-muted">还没有绑定房屋</Text>
      )}
      <AppButton kind={household ? 'plain' : 'primary'} onClick={() => openPage(ROUTES.bind)}>
        {household ? '修改房屋信息' : '绑定房屋'}
      </AppButton>
    </View>
  );
}
