import { Text, View } from '@tarojs/components';
import { TICKET_STATUS_LABELS, type CategoryView, type QueueCounts, type QueueStatusFilter } from '@contracts/tickets';
import type { BuildingView } from '@contracts/users';
import { OptionGroup } from '../../../ui/OptionGroup';
import type { QueueQuery } from '../../../services/tickets';

export const ALL = 'all' as const;

export interface QueueFilter {
  status: QueueStatusFilter | typeof ALL;
  categoryId: string;
  buildingId: string;
  overdue: boolean;
  assigned: 'me' | 'none' | typeof ALL;
  /** Public reports waiting for staff to decide whether neighbours may see them. */
  held: boolean;
}

export const DEFAULT_FILTER: QueueFilter = { status: 'open', categoryId: ALL, buildingId: ALL, overdue: false, assigned: ALL, held: false };

export const toQuery = (f: QueueFilter, cursor?: string): QueueQuery => ({
  ...(f.status !== ALL ? { status: f.status } : {}),
  ...(f.categoryId !== ALL ? { categoryId: f.categoryId } : {}),
  ...(f.buildingId !== ALL ? { buildingId: f.buildingId } : {}),
  ...(f.overdue ? { overdue: true as const } : {}),
  ...(f.assigned !== ALL ? { assigned: f.assigned } : {}),
  ...(f.held ? { held: true as const } : {}),
  ...(cursor ? { cursor } : {}),
});

const STATUS_OPTIONS: { value: QueueFilter['status']; label: string }[] = [
  { value: 'open', label: '未办结' },
  ...(['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'rejected', 'cancelled'] as const).map((s) => ({
    value: s,
    label: TICKET_STATUS_LABELS[s],
  })),
  { value: ALL, label: '全部' },
];

/** The numbers of open work, each a shortcut to its list. */
function Counts({ counts, filter, onChange }: { counts: QueueCounts; filter: QueueFilter; onChange: (f: QueueFilter) => void }) {
  const byStatus = (label: string, status: 'submitted' | 'accepted' | 'in_progress' | 'resolved', n: number) => ({
    label,
    n,
    next: { ...DEFAULT_FILTER, status },
    on: filter.status === status && !filter.overdue && filter.assigned === ALL && !filter.held,
  });
  const tiles: { label: string; n: number; next: QueueFilter; on: boolean }[] = [
    byStatus('待受理', 'submitted', counts.submitted),
    byStatus('已受理', 'accepted', counts.accepted),
    byStatus('处理中', 'in_progress', counts.in_progress),
    byStatus('待居民确认', 'resolved', counts.resolved),
    { label: '已超时', n: counts.overdue, next: { ...DEFAULT_FILTER, status: ALL, overdue: true }, on: filter.overdue },
    { label: '我负责的', n: counts.mine, next: { ...DEFAULT_FILTER, assigned: 'me' }, on: filter.assigned === 'me' },
    { label: '未指派', n: counts.unassigned, next: { ...DEFAULT_FILTER, assigned: 'none' }, on: filter.assigned === 'none' },
    // Only when there is something to review: most days there is nothing, and the tile would be noise.
    ...(counts.held > 0 || filter.held
      ? [{ label: '待审核公开', n: counts.held, next: { ...DEFAULT_FILTER, status: ALL, held: true }, on: filter.held }]
      : []),
  ];

  return (
    <View className="ticket-filters__counts">
      {tiles.map((t) => (
        <View
          key={t.label}
          className={`ticket-count${t.on ? ' ticket-count--on' : ''}`}
          role="button"
          aria-label={`${t.label} ${t.n}`}
          onClick={() => onChange(t.next)}
        >
          <Text className="ticket-count__number">{t.n}</Text>
          <Text>{t.label}</Text>
        </View>
      ))}
    </View>
  );
}

export function QueueFilters({
  filter,
  counts,
  categories,
  buildings,
  onChange,
}: {
  filter: QueueFilter;
  counts?: QueueCounts;
  categories: CategoryView[];
  buildings: BuildingView[];
  onChange: (f: QueueFilter) => void;
}) {
  return (
    <View className="ticket__section">
      {counts ? <Counts counts={counts} filter={filter} onChange={onChange} /> : null}
      <Text className="ll-title">状态</Text>
      <OptionGroup label="状态" options={STATUS_OPTIONS} value={filter.status} onChange={(status) => onChange({ ...filter, status })} />
      <Text className="ll-title">分类</Text>
      <OptionGroup
        label="分类"
        options={[{ value: ALL, label: '全部' }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        value={filter.categoryId}
        onChange={(categoryId) => onChange({ ...filter, categoryId })}
      />
      <Text className="ll-title">楼栋</Text>
      <OptionGroup
        label="楼栋"
        options={[{ value: ALL, label: '全部' }, ...buildings.map((b) => ({ value: b.id, label: b.name }))]}
        value={filter.buildingId}
        onChange={(buildingId) => onChange({ ...filter, buildingId })}
      />
      <Text className="ll-title">处理人</Text>
      <OptionGroup
        label="处理人"
        options={[
          { value: ALL, label: '全部' },
          { value: 'me' as const, label: '我负责的' },
          { value: 'none' as const, label: '未指派' },
        ]}
        value={filter.assigned}
        onChange={(assigned) => onChange({ ...filter, assigned })}
      />
      <OptionGroup
        label="是否超时"
        options={[
          { value: 'any', label: '不限' },
          { value: 'overdue', label: '只看超时的' },
        ]}
        value={filter.overdue ? 'overdue' : 'any'}
        onChange={(v) => onChange({ ...filter, overdue: v === 'overdue' })}
      />
    </View>
  );
}
