import { ComingSoon } from '../../../ui/ComingSoon';

export default function TicketsPage() {
  return <ComingSoon title="报事报修" />;
}
