import type { ReactNode } from 'react';
import type { MeView } from '@contracts/users';
import { canManage } from '../../../access';
import { goBack } from '../../../routes';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { ErrorState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';

/**
 * The admin pages' outer frame: only staff get past it. This is for the person's sake (no
 * dead ends); the server refuses every admin action from anyone else regardless.
 */
export function StaffOnly({ children }: { children: (me: MeView) => ReactNode }) {
  const { state, reload } = useAsync(getMe);
  return (
    <Screen>
      <StateView state={state} onRetry={reload}>
        {(me) =>
          canManage(me.roles) ? (
            children(me)
          ) : (
            <>
              <ErrorState message="只有社区工作人员可以进入管理" />
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
