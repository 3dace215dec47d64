import { ComingSoon } from '../../../ui/ComingSoon';

export default function AnnouncementsPage() {
  return <ComingSoon title="社区公告" />;
}
