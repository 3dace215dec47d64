import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BuildingView } from '@contracts/users';
import { SearchBar } from '../../../kit/searchbar';
import { OptionGroup } from '../../../ui/OptionGroup';
import { ALL, ROLE_FILTER, STATUS_FILTER } from '../shared/labels';
import type { UserFilters } from './filters';

export function Filters({
  filters,
  buildings,
  onChange,
}: {
  filters: UserFilters;
  buildings: BuildingView[];
  onChange: (next: UserFilters) => void;
}) {
  const [keyword, setKeyword] = useState(filters.keyword);
  const search = () => onChange({ ...filters, keyword });
  return (
    <View className="admin__section">
      <SearchBar
        className="users__filters-search"
        placeholder="姓名或手机号"
        value={keyword}
        maxLength={20}
        onChange={(value) => setKeyword(value)}
        onSearch={search}
        right={
          <View role="button" className="users__search" onClick={search}>
            搜索
          </View>
        }
      />
      <Text className="admin__section-title">角色</Text>
      <OptionGroup label="角色" options={ROLE_FILTER} value={filters.role} onChange={(role) => onChange({ ...filters, role })} />
      <Text className="admin__section-title">房屋核实</Text>
      <OptionGroup
        label="房屋核实"
        options={STATUS_FILTER}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
      />
      <Text className="admin__section-title">楼栋</Text>
      <OptionGroup
        label="楼栋"
        options={[{ value: ALL, label: '全部' }, ...buildings.map((b) => ({ value: b.id, label: b.name }))]}
        value={filters.buildingId}
        onChange={(buildingId) => onChange({ ...filters, buildingId })}
      />
    </View>
  );
}
