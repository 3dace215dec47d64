import type { ReactNode } from 'react';
import type { MeView } from '@contracts/users';
import { canManage } from '../../access';
import { goBack } from '../../routes';
import { getMe } from '../../services/users';
import { AppButton } from '../../ui/AppButton';
import { Screen } from '../../ui/Screen';
import { ErrorState, StateView } from '../../ui/StateView';
import { useAsync } from '../../ui/useAsync';
import '../fairs/shared/fairs.scss';

/** Staff pages' frame (for the person's sake; the server refuses everyone else regardless). */
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
              <ErrorState message="只有社区工作人员可以管理大集" />
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
