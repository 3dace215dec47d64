import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { HANDLER_ORG_LABELS, tickets, type CategoryView } from '@contracts/tickets';
import { listAllCategories } from '../../../services/tickets';
import { AppButton } from '../../../ui/AppButton';
import { Badge } from '../../../ui/Badge';
import { StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { HandlerGate } from '../shared/HandlerGate';
import { CategoryForm } from './CategoryForm';

const NEW = 'new';

function Categories() {
  const list = useAsync(listAllCategories);
  const [editing, setEditing] = useState<string>();
  const saved = (category: CategoryView) => {
    if (list.state.status !== 'ready') return;
    const others = list.state.data.filter((c) => c.id !== category.id);
    list.update([...others, category].sort((a, b) => a.order - b.order));
    setEditing(undefined);
  };
  return (
    <StateView state={list.state} onRetry={list.reload}>
      {(categories) => (
        <View>
          {categories.map((c) => (
            <View key={c.id} className="ll-card">
              <Text className="ll-title">{c.name}</Text>
              <View>
                <Badge tone="primary">{HANDLER_ORG_LABELS[c.handler]}</Badge>
                {c.active ? null : <Badge tone="warning">已停用</Badge>}
              </View>
              <Text className="ticket__line">{`${c.firstResponseHours}小时内受理，${c.resolutionHours}小时内办结`}</Text>
              {editing === c.id ? (
                <CategoryForm category={c} onSaved={saved} />
              ) : (
                <AppButton kind="plain" onClick={() => setEditing(c.id)}>{`修改${c.name}`}</AppButton>
              )}
            </View>
          ))}
          <View className="ll-card">
            {editing === NEW ? <CategoryForm onSaved={saved} /> : <AppButton onClick={() => setEditing(NEW)}>新增分类</AppButton>}
          </View>
        </View>
      )}
    </StateView>
  );
}

/** Staff set each category's handler and deadlines (受理、办结时限). */
export default function TicketCategoriesPage() {
  return <HandlerGate access={tickets.saveCategory.access}>{() => <Categories />}</HandlerGate>;
}
