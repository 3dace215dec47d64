import type { ReactNode } from 'react';
import { mayCall } from '@contracts/action';
import { tickets } from '@contracts/tickets';
import type { MeView } from '@contracts/users';
import { goBack } from '../../../routes';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { ErrorState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import '../../tickets/shared/tickets.scss';

/**
 * The staff pages' frame: community staff, property people and grid workers get past it (for
 * their sake: the server checks every action again).
 */
export function HandlerGate({
  children,
  access = tickets.listQueue.access,
}: {
  children: (me: MeView) => ReactNode;
  access?: typeof tickets.listQueue.access;
}) {
  const { state, reload } = useAsync(getMe);
  return (
    <Screen>
      <StateView state={state} onRetry={reload}>
        {(me) =>
          mayCall(access, me.roles) ? (
            children(me)
          ) : (
            <>
              <ErrorState message="只有社区工作人员和物业人员可以处理工单" />
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
