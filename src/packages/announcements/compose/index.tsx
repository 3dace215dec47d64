import Taro, { useRouter } from '@tarojs/taro';
import type { NoticeAdmin } from '@contracts/announcements';
import { goBack, ROUTES } from '../../../routes';
import { getNotice } from '../../../services/announcements';
import { listBuildings } from '../../../services/users';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { StaffGate } from '../shared/StaffGate';
import { ComposeForm } from './ComposeForm';
import '../shared/notice.scss';

const load = (id: string | undefined) => async () => {
  const [buildings, notice] = await Promise.all([listBuildings(), id ? getNotice(id) : Promise.resolve(undefined)]);
  return { buildings, notice };
};

function Compose({ id }: { id?: string }) {
  const { state, reload } = useAsync(load(id), [id]);
  const saved = (notice: NoticeAdmin) => {
    // A new draft continues on its own page (publish, schedule); an edit goes back to it.
    if (id) goBack();
    else void Taro.redirectTo({ url: `${ROUTES.announcementAdmin}?id=${encodeURIComponent(notice.id)}` });
  };
  return (
    <StateView state={state} onRetry={reload}>
      {({ buildings, notice }) => <ComposeForm buildings={buildings} notice={notice} onSaved={saved} />}
    </StateView>
  );
}

export default function ComposeNoticePage() {
  const { params } = useRouter();
  return <StaffGate>{() => <Compose id={params.id || undefined} />}</StaffGate>;
}
