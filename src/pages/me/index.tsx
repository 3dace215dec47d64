import { Text, View } from '@tarojs/components';
import type { MeView } from '@contracts/users';
import { openPage, ROUTES } from '../../routes';
import { getMe } from '../../services/users';
import { AppButton } from '../../ui/AppButton';
import { Badge } from '../../ui/Badge';
import { ElderSwitch } from '../../ui/ElderSwitch';
import { Screen } from '../../ui/Screen';
import { StateView } from '../../ui/StateView';
import { useAsync } from '../../ui/useAsync';
import { useReloadOnShow } from '../../ui/useReloadOnShow';
import { HouseholdCard } from './HouseholdCard';
import { canManage, roleLabels } from '../../access';
import './index.scss';

function Profile({ me }: { me: MeView }) {
  return (
    <View className="ll-card">
      <Text className="me__name">{me.name || '未填写姓名'}</Text>
      <View className="me__badges">
        {roleLabels(me.roles).map((label) => (
          <Badge key={label} tone="primary">
            {label}
          </Badge>
        ))}
        {me.isElder ? <Badge tone="neutral">长者</Badge> : null}
      </View>
      <Text className="me__line">{`手机：${me.phoneMasked ?? '未填写'}`}</Text>
    </View>
  );
}

export default function MePage() {
  const { state, reload } = useAsync(getMe);
  useReloadOnShow(reload);

  return (
    <Screen>
      <StateView state={state} onRetry={reload}>
        {(me) => (
          <View>
            <Profile me={me} />
            <HouseholdCard household={me.household} />
            {me.roles.includes('volunteer') ? (
              <AppButton kind="plain" onClick={() => openPage(ROUTES.volunteer)}>
                志愿服务
              </AppButton>
            ) : null}
            {canManage(me.roles) ? (
              <AppButton kind="plain" onClick={() => openPage(ROUTES.admin)}>
                社区管理
              </AppButton>
            ) : null}
          </View>
        )}
      </StateView>
      <ElderSwitch />
      {process.env.TARO_ENV === 'h5' ? (
        <AppButton kind="plain" onClick={() => openPage(ROUTES.signIn)}>
          切换身份
        </AppButton>
      ) : null}
    </Screen>
  );
}
