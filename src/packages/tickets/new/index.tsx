import { listCategories } from '../../../services/tickets';
import { getMe, listBuildings } from '../../../services/users';
import { Screen } from '../../../ui/Screen';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { TicketForm } from './TicketForm';
import '../shared/tickets.scss';

export default function NewTicketPage() {
  const loaded = useAsync(() => Promise.all([listCategories(), listBuildings(), getMe()]));
  return (
    <Screen>
      <StateView state={loaded.state} onRetry={loaded.reload}>
        {([categories, buildings, me]) => <TicketForm categories={categories} buildings={buildings} me={me} />}
      </StateView>
    </Screen>
  );
}
