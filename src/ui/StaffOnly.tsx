import type { ReactNode } from 'react';
import type { MeView } from '@contracts/users';
import { canManage } from '../access';
import { goBack } from '../routes';
import { getMe } from '../services/users';
import { AppButton } from './AppButton';
import { Screen } from './Screen';
import { ErrorState, StateView } from './StateView';
import { useAsync } from './useAsync';

/**
 * The frame of every staff page: only staff get past it. This is for the person's sake (no dead
 * ends); the server refuses every staff action from anyone else regardless. It lives in the main
 * package because WeChat subpackages cannot import from one another.
 */
export function StaffOnly({
  children,
  message = '只有社区工作人员可以进入管理',
}: {
  children: (me: MeView) => ReactNode;
  message?: string;
}) {
  const { state, reload } = useAsync(getMe);
  return (
    <Screen>
      <StateView state={state} onRetry={reload}>
        {(me) =>
          canManage(me.roles) ? (
            children(me)
          ) : (
            <>
              <ErrorState message={message} />
              <AppButton kind="plain" onClick={goBack}>
                返回
              </AppButton>
            </>
          )
        }
      </StateView>
    </Screen>
  );
}
