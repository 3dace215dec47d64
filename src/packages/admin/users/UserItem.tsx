import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@contracts/roles';
import { HOUSEHOLD_STATUS_LABELS, type UserRow } from '@contracts/users';
import { Badge } from '../../../ui/Badge';
import { householdLine } from '../shared/labels';

export function UserItem({ user, onOpen }: { user: UserRow; onOpen: (user: UserRow) => void }) {
  return (
    <View className="ll-card users__item" role="button" aria-label={user.name} onClick={() => onOpen(user)}>
      <Text className="ll-title">{user.name || '未填写姓名'}</Text>
      <Text className="admin__row">{householdLine(user)}</Text>
      <View>
        {user.roles.map((role) => (
          <Badge key={role} tone="primary">
            {ROLE_LABELS[role]}
          </Badge>
        ))}
        {user.isElder ? <Badge>长者</Badge> : null}
        {user.household ? (
          <Badge tone={user.household.status === 'pending' ? 'warning' : 'neutral'}>{HOUSEHOLD_STATUS_LABELS[user.household.status]}</Badge>
        ) : null}
      </View>
    </View>
  );
}
