import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { restartAt, ROUTES } from '../../../routes';
import { listDemoPeople, signIn, signOut, type DemoPerson } from '../../../services/dev-session';
import { toCallError } from '../../../services/errors';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { EmptyState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import './index.scss';

/**
 * Local mode only (H5): stands in for WeChat's identity. Picking a demo person sets the local
 * server's session cookie; the WeChat build does not contain this page.
 */
export default function SignInPage() {
  const { state, reload } = useAsync(listDemoPeople);
  const [busy, setBusy] = useState('');
  const [message, setMessage] = useState('');

  const choose = async (person: DemoPerson) => {
    setBusy(person.openid);
    setMessage('');
    try {
      await signIn(person.openid);
      restartAt(ROUTES.home);
    } catch (error) {
      setMessage(toCallError(error).message);
    } finally {
      setBusy('');
    }
  };

  const leave = async () => {
    try {
      await signOut();
      setMessage('已退出');
    } catch (error) {
      setMessage(toCallError(error).message);
    }
  };

  return (
    <Screen>
      <View className="ll-card">
        <Text className="ll-title">本地体验：选择一位居民</Text>
        <Text className="ll-muted">在微信里会自动识别身份，这一步只在本地电脑上出现。</Text>
      </View>
      {message ? (
        <View className="ll-error-text" role="alert">
          <Text>{message}</Text>
        </View>
      ) : null}
      <StateView state={state} onRetry={reload} isEmpty={(people) => people.length === 0} empty={<EmptyState text="没有可选的演示身份" />}>
        {(people) => (
          <View>
            {people.map((person) => (
              <View
                key={person.openid}
                className="sign-in__person"
                role="button"
                aria-label={`${person.name} ${person.label}`}
                onClick={() => void choose(person)}
              >
                <Text className="sign-in__name">{busy === person.openid ? '正在进入…' : person.name}</Text>
                <Text className="sign-in__label">{person.label}</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
      <AppButton kind="plain" onClick={() => void leave()}>
        退出当前身份
      </AppButton>
    </Screen>
  );
}
