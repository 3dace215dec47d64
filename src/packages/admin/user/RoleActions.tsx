import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS, type GrantableRole } from '@contracts/roles';
import type { UserRow } from '@contracts/users';
import { Button } from '../../../kit/button';
import { grantRole, revokeRole } from '../../../services/users';
import { ActionResult } from '../../../ui/ActionResult';
import { useAction } from '../../../ui/useAction';
import { GRANTABLE } from '../shared/labels';

/** Grant or take back a role. Taking back asks once more, inline, before it happens. */
export function RoleActions({ user, onChanged }: { user: UserRow; onChanged: (row: UserRow) => void }) {
  const action = useAction();
  const [confirming, setConfirming] = useState<GrantableRole>();

  const grant = async (role: GrantableRole) => {
    const row = await action.run(() => grantRole({ userId: user.id, role }), `已设为${ROLE_LABELS[role]}`);
    if (row) onChanged(row);
  };
  const revoke = async (role: GrantableRole) => {
    setConfirming(undefined);
    const row = await action.run(() => revokeRole({ userId: user.id, role }), `已取消${ROLE_LABELS[role]}`);
    if (row) onChanged(row);
  };

  return (
    <View className="ll-card">
      <Text className="admin__section-title">角色</Text>
      {GRANTABLE.map((role) => {
        const label = ROLE_LABELS[role];
        if (!user.roles.includes(role))
          return (
            <View key={role} className="admin__actions">
              <Button block type="primary" fill="outline" disabled={action.busy} onClick={() => void grant(role)}>
                {`设为${label}`}
              </Button>
            </View>
          );
        if (confirming === role)
          return (
            <View key={role} className="admin__actions">
              <Text className="admin__row">{`确定取消“${label}”吗？`}</Text>
              <Button block type="danger" disabled={action.busy} onClick={() => void revoke(role)}>
                {`确定取消${label}`}
              </Button>
              <Button block fill="outline" onClick={() => setConfirming(undefined)}>
                不取消
              </Button>
            </View>
          );
        return (
          <View key={role} className="admin__actions">
            <Button block type="danger" fill="outline" disabled={action.busy} onClick={() => setConfirming(role)}>
              {`取消${label}`}
            </Button>
          </View>
        );
      })}
      <ActionResult error={action.error} notice={action.notice} />
    </View>
  );
}
