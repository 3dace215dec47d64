import { listBuildings } from '../../../services/users';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { StaffOnly } from '../../../ui/StaffOnly';
import { UserList } from './UserList';
import '../shared/admin.scss';
import './index.scss';

function Users() {
  const buildings = useAsync(listBuildings);
  return (
    <StateView state={buildings.state} onRetry={buildings.reload}>
      {(list) => <UserList buildings={list} />}
    </StateView>
  );
}

export default function AdminUsersPage() {
  return <StaffOnly>{() => <Users />}</StaffOnly>;
}
