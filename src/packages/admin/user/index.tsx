import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ROLE_LABELS } from '@contracts/roles';
import type { UserRow } from '@contracts/users';
import { goBack } from '../../../routes';
import { AppButton } from '../../../ui/AppButton';
import { Badge } from '../../../ui/Badge';
import { EmptyState } from '../../../ui/StateView';
import { StaffOnly } from '../shared/StaffOnly';
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

export default function AdminUserPage() {
  const { params } = useRouter();
  const user = cachedUser(params.id ?? '');
  return (
    <StaffOnly>
      {() =>
        user ? (
          <UserDetail initial={user} />
        ) : (
          <EmptyState text="找不到这位居民，请从居民列表重新进入">
            <AppButton kind="plain" onClick={goBack}>
              返回
            </AppButton>
          </EmptyState>
        )
      }
    </StaffOnly>
  );
}
