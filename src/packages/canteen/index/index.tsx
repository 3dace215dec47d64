import { ComingSoon } from '../../../ui/ComingSoon';

export default function CanteenPage() {
  return <ComingSoon title="长者食堂" />;
}
