import type { ReactNode } from 'react';
import { mayCall } from '@contracts/action';
import { announcements } from '@contracts/announcements';
import type { MeView } from '@contracts/users';
import { goBack } from '../../../routes';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { ErrorState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';

/** Whether to offer notice management; the server checks again on every staff action. */
export const canManageNotices = (me: Pick<MeView, 'roles'>): boolean => mayCall(announcements.createNotice.access, me.roles);

/** The frame of the staff pages: only staff get past it (for their sake; the server refuses anyway). */
export function StaffGate({ children }: { children: (me: MeView) => ReactNode }) {
  const { state, reload } = useAsync(getMe);
  return (
    <Screen>
      <StateView state={state} onRetry={reload}>
        {(me) =>
          canManageNotices(me) ? (
            children(me)
          ) : (
            <>
              <ErrorState message="只有社区工作人员可以管理通知" />
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
