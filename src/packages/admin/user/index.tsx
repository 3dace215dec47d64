import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ROLE_LABELS } from '@contracts/roles';
import type { UserRow } from '@contracts/users';
import { Badge } from '../../../ui/Badge';
import { getUser } from '../../../services/users';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { StaffOnly } from '../../../ui/StaffOnly';
import { cachedUser, rememberUser } from '../shared/user-cache';
import { GridAssignment } from './GridAssignment';
import { HouseholdReview } from './HouseholdReview';
import { RoleActions } from './RoleActions';
import '../shared/admin.scss';

function UserDetail({ initial }: { initial: UserRow }) {
  const [user, setUser] = useState(initial);
  const changed = (row: UserRow) => {
    rememberUser(row);
    setUser(row);
  };
  return (
    <View className="admin">
      <View className="ll-card">
        <Text className="ll-title">{user.name || '未填写姓名'}</Text>
        <Text className="admin__row">{`手机：${user.phone ?? '未填写'}`}</Text>
        {user.birthYear !== undefined ? <Text className="admin__row">{`出生年份：${user.birthYear}`}</Text> : null}
        <View>
          {user.roles.map((role) => (
            <Badge key={role} tone="primary">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
          {user.isElder ? <Badge>长者</Badge> : null}
        </View>
      </View>
      <HouseholdReview user={user} onChanged={changed} />
      <RoleActions user={user} onChanged={changed} />
      {user.roles.includes('grid_worker') ? <GridAssignment user={user} /> : null}
    </View>
  );
}

/** Opened from the list it shows the row at once; opened directly (or refreshed) it asks the server. */
function LoadedUser({ id }: { id: string }) {
  const cached = cachedUser(id);
  const user = useAsync(() => (cached ? Promise.resolve(cached) : getUser(id)), [id]);
  return (
    <StateView state={user.state} onRetry={user.reload}>
      {(row) => <UserDetail initial={row} />}
    </StateView>
  );
}

export default function AdminUserPage() {
  const { params } = useRouter();
  return <StaffOnly>{() => <LoadedUser id={params.id ?? ''} />}</StaffOnly>;
}
