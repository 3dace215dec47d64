import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { MeView } from '@contracts/users';
import { HOUSEHOLD_STATUS_LABELS } from '@contracts/users';
import { openPage, ROUTES } from '../../routes';
import { refreshInboxBadge } from '../../services/inbox-badge';
import { getMe } from '../../services/users';
import { AppButton } from '../../ui/AppButton';
import { Screen } from '../../ui/Screen';
import { ErrorState, Loading } from '../../ui/StateView';
import { useAsync } from '../../ui/useAsync';
import { useReloadOnShow } from '../../ui/useReloadOnShow';
import { NoticePreview } from './NoticePreview';
import { SERVICES } from './services';
import './index.scss';

function HouseholdPrompt({ me }: { me: MeView }) {
  if (me.household?.status === 'verified') return null;
  const text = me.household
    ? `房屋信息${HOUSEHOLD_STATUS_LABELS[me.household.status]}：${me.household.buildingName} ${me.household.unit} ${me.household.room}`
    : '绑定房屋后，报修、订餐等服务才能使用';
  return (
    <View className="ll-card home__prompt">
      <Text className="home__prompt-text">{text}</Text>
      {me.household?.status === 'pending' ? null : (
        <AppButton onClick={() => openPage(ROUTES.bind)}>{me.household ? '重新填写房屋信息' : '去绑定房屋'}</AppButton>
      )}
    </View>
  );
}

export default function HomePage() {
  const { state, reload } = useAsync(getMe);
  useReloadOnShow(reload);
  useDidShow(() => void refreshInboxBadge());

  return (
    <Screen>
      <View className="home__header">
        {state.status === 'ready' ? (
          <>
            <Text className="home__community">{state.data.community.name}</Text>
            <Text className="home__greeting">{state.data.name ? `${state.data.name}，您好` : '您好'}</Text>
          </>
        ) : state.status === 'loading' ? (
          <Loading />
        ) : (
          <ErrorState message={state.error.message} onRetry={reload} />
        )}
      </View>
      {state.status === 'ready' ? <HouseholdPrompt me={state.data} /> : null}
      <NoticePreview />
      <View className="home__services">
        {SERVICES.map((service) => (
          <View
            key={service.key}
            className="home__service"
            role="button"
            aria-label={service.label}
            onClick={() => openPage(service.route)}
          >
            <Text className="home__service-icon">{service.icon}</Text>
            <Text className="home__service-label">{service.label}</Text>
            <Text className="home__service-hint">{service.hint}</Text>
          </View>
        ))}
      </View>
    </Screen>
  );
}
