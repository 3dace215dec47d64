import { ComingSoon } from '../../../ui/ComingSoon';

export default function FairsPage() {
  return <ComingSoon title="便民集市" />;
}
