import { Text, View } from '@tarojs/components';
import { openPage, ROUTES } from '../../../routes';
import { myShifts } from '../../../services/fairs';
import { getMe } from '../../../services/users';
import { AppButton } from '../../../ui/AppButton';
import { Screen } from '../../../ui/Screen';
import { EmptyState, ErrorState, StateView } from '../../../ui/StateView';
import { useAsync } from '../../../ui/useAsync';
import { useReloadOnShow } from '../../../ui/useReloadOnShow';
import { dayLabel, hm } from '../../fairs/shared/format';
import { ShiftSignUp } from './ShiftSignUp';
import '../../fairs/shared/fairs.scss';

/** 志愿服务: my shifts (start, check residents in at the stall), sign up for more, my hours. */
export default function VolunteerPage() {
  const me = useAsync(getMe);
  const shifts = useAsync(myShifts);
  useReloadOnShow(() => void shifts.reload());
  return (
    <Screen>
      <StateView state={me.state} onRetry={me.reload}>
        {(person) =>
          person.roles.includes('volunteer') || person.roles.includes('staff') ? (
            <View>
              <Text className="fairs__section">我的班次</Text>
              <StateView
                state={shifts.state}
                onRetry={shifts.reload}
                isEmpty={(l) => l.length === 0}
                empty={<EmptyState text="还没有班次，可以在下面报名" />}
              >
                {(list) => (
                  <View>
                    {list.map((s) => (
                      <View key={s.id} className="ll-card">
                        <Text className="ll-title">{s.service}</Text>
                        <Text className="fairs__line">{`${dayLabel(s.startsAt)} ${hm(s.startsAt)}–${hm(s.endsAt)}`}</Text>
                        <Text className="fairs__line">{`${s.fairTitle}${s.location ? ` · ${s.location}` : ''}`}</Text>
                        <Text className="fairs__line">
                          {s.checkedOutAt ? `已签退 ${hm(s.checkedOutAt)}` : s.checkedInAt ? `已签到 ${hm(s.checkedInAt)}` : '未签到'}
                        </Text>
                        <AppButton onClick={() => openPage(ROUTES.volunteerStall, { stallId: s.stallId, service: s.service })}>
                          接待居民
                        </AppButton>
                        <AppButton kind="plain" onClick={() => openPage(ROUTES.volunteerShift)}>
                          {s.checkedInAt && !s.checkedOutAt ? '班次签退' : '班次签到'}
                        </AppButton>
                      </View>
                    ))}
                  </View>
                )}
              </StateView>
              <AppButton kind="plain" onClick={() => openPage(ROUTES.volunteerHours)}>
                我的服务时长
              </AppButton>
              <ShiftSignUp onJoined={() => void shifts.reload()} />
            </View>
          ) : (
            <ErrorState message="成为志愿者后才能使用，请联系社区工作人员" />
          )
        }
      </StateView>
    </Screen>
  );
}
