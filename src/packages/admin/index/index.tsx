import { Text, View } from '@tarojs/components';
import { openPage, ROUTES, type Route } from '../../../routes';
import { StaffOnly } from '../../../ui/StaffOnly';
import '../shared/admin.scss';
import './index.scss';

const ENTRIES: readonly { label: string; hint: string; route: Route }[] = [
  { label: '居民与角色', hint: '查找居民，核实房屋，设置角色', route: ROUTES.adminUsers },
  { label: '楼栋与网格员', hint: '每栋楼由哪位网格员负责', route: ROUTES.adminBuildings },
  { label: '社区通知', hint: '写通知、定时发布、置顶、阅读统计', route: ROUTES.announcementsManage },
  { label: '报修工单', hint: '受理、派单、回复、统计', route: ROUTES.ticketsAdmin },
  { label: '志愿服务大集', hint: '大集、摊位、志愿者班次、现场看板、统计', route: ROUTES.fairsAdmin },
  { label: '操作记录', hint: '谁在什么时候改了什么', route: ROUTES.adminAudit },
];

export default function AdminHomePage() {
  return (
    <StaffOnly>
      {(me) => (
        <View className="admin">
          <Text className="ll-muted">{`${me.community.name} · ${me.name}`}</Text>
          {ENTRIES.map((entry) => (
            <View
              key={entry.route}
              className="admin-home__entry"
              role="button"
              aria-label={entry.label}
              onClick={() => openPage(entry.route)}
            >
              <Text className="ll-title">{entry.label}</Text>
              <Text className="ll-muted">{entry.hint}</Text>
            </View>
          ))}
        </View>
      )}
    </StaffOnly>
  );
}
