import { ComingSoon } from '../../../ui/ComingSoon';

export default function MarketPage() {
  return <ComingSoon title="邻里闲置" />;
}
