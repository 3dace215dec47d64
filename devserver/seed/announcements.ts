import type { ActionInput, ParsedInput } from '@contracts/action';
import { announcements } from '@contracts/announcements';
import type { Envelope } from '@contracts/envelope';
import { validateInput } from '@contracts/validate';
import { announcementsDeps } from '@server/announcements/deps';
import { createNotice } from '@server/announcements/use-cases/create-notice/create-notice';
import { openNotice } from '@server/announcements/use-cases/open-notice/open-notice';
import { acknowledgeNotice } from '@server/announcements/use-cases/acknowledge-notice/acknowledge-notice';
import { pinNotice } from '@server/announcements/use-cases/pin-notice/pin-notice';
import { publishNotice } from '@server/announcements/use-cases/publish-notice/publish-notice';
import { scheduleNotice } from '@server/announcements/use-cases/schedule-notice/schedule-notice';
import { DAY, HOUR, ManualClock } from '@server/kernel/clock';
import type { Caller } from '@server/users/caller';
import type { SeedContext } from './context';

type Form = Omit<ActionInput<typeof announcements.createNotice>, 'requestId'>;

const must = <T>(result: Envelope<T>): T => {
  if (!result.ok) throw new Error(`seeding notices: ${result.error.code} ${result.error.message}`);
  return result.data;
};

const parse = (form: Form, requestId: string): ParsedInput<typeof announcements.createNotice> => {
  const checked = validateInput(announcements.createNotice.input, { ...form, requestId });
  if (!checked.ok) throw new Error(`seed notice ${form.title}: ${JSON.stringify(checked.fields)}`);
  return checked.value;
};

/** The notices 潘苑 would have out on an ordinary week (seed 000), oldest first. */
const NOTICES: readonly { ago: number; form: Form; pin?: boolean }[] = [
  {
    ago: 6 * DAY,
    form: {
      title: '潘苑社区获评省级智慧社区示范点',
      category: 'news',
      audience: 'all',
      body: '近日，潘苑社区被评为省级智慧社区建设示范点。\n\n社区安装了智能门禁和一键呼叫设备，为独居老人配发了智能手环。感谢各位居民的支持！',
    },
  },
  {
    ago: 4 * DAY,
    form: {
      title: '第三季度社区经费使用公示',
      category: 'disclosure',
      audience: 'all',
      body: '## 公示内容\n第三季度社区经费共支出 **4.2万元**，主要用于楼道照明改造、长者食堂补贴和志愿服务大集。\n\n如有疑问，请在工作日到社区居委会查阅明细。',
    },
  },
  {
    ago: 2 * DAY,
    form: {
      title: '本周六志愿服务大集',
      category: 'activity',
      audience: 'all',
      body: '本周六上午9点，社区广场志愿服务大集：理发、磨剪子、眼科义诊、修小家电。\n\n义诊需要预约：[点这里预约](/packages/fairs/index/index)',
    },
  },
  {
    ago: 1 * DAY,
    form: {
      title: '长者免费流感疫苗接种',
      category: 'notice',
      audience: 'groups',
      groups: ['elder'],
      mustAck: true,
      body: '60岁以上的长者可以免费接种流感疫苗。\n\n## 时间地点\n**11月26日上午8:30—11:30**，社区卫生服务站。\n\n请带好身份证和医保卡。行动不便的，网格员可以陪同。',
    },
  },
  {
    ago: 3 * HOUR,
    pin: true,
    form: {
      title: '11月25日全小区停水通知',
      category: 'notice',
      audience: 'all',
      mustAck: true,
      body: '因供水管网检修，**11月25日 9:00—17:00** 全小区停水。\n\n请提前储水，关好水龙头。来水后如有异常，请[报事报修](/packages/tickets/index/index)。',
    },
  },
  {
    ago: 1 * HOUR,
    form: {
      title: '3号楼电梯年检',
      category: 'notice',
      audience: 'buildings',
      buildingIds: ['b3'],
      body: '3号楼电梯明天下午2点到4点年检，期间暂停使用，请大家走楼梯，注意安全。',
    },
  },
];

/**
 * Demo notices made through the use cases with a clock set in the past, so feeds, inboxes,
 * receipts and statistics are what real use leaves: published notices of every category (one
 * pinned, two needing confirmation), one an elder already read and confirmed, one scheduled
 * for next week and one draft.
 */
export const seedAnnouncements = async (ctx: SeedContext): Promise<void> => {
  const now = ctx.platform.clock.now().getTime();
  const clock = new ManualClock(new Date(now));
  const deps = { ...announcementsDeps(ctx.platform), clock };
  const as = (openid: string): Caller => {
    const user = ctx.people.get(openid);
    if (!user) throw new Error(`seed person ${openid} missing`);
    return { openid, roles: user.roles, user };
  };
  const staff = as('demo-staff');

  let n = 0;
  for (const { ago, form, pin } of NOTICES) {
    clock.set(new Date(now - ago - 10 * 60 * 1000));
    const draft = must(await createNotice(parse(form, `seed-notice-${(n += 1)}`), staff, deps));
    clock.set(new Date(now - ago));
    must(await publishNotice({ noticeId: draft.id, confirmReview: false }, staff, deps));
    if (pin) must(await pinNotice({ noticeId: draft.id, pinned: true }, staff, deps));
    if (form.title.startsWith('长者')) {
      // 王秀英 read the vaccination notice and confirmed it an hour later.
      clock.set(new Date(now - ago + 2 * HOUR));
      must(await openNotice(draft.id, as('demo-elder'), deps));
      must(await acknowledgeNotice(draft.id, as('demo-elder'), deps));
    }
  }

  clock.set(new Date(now));
  const party = must(
    await createNotice(
      parse(
        {
          title: '元旦联欢会报名',
          category: 'activity',
          audience: 'all',
          body: '元旦联欢会欢迎居民报名表演节目，唱歌、戏曲、太极都可以。\n\n报名请到社区居委会。',
        },
        'seed-notice-party',
      ),
      staff,
      deps,
    ),
  );
  must(await scheduleNotice({ noticeId: party.id, publishAt: new Date(now + 7 * DAY).toISOString(), confirmReview: false }, staff, deps));
  must(
    await createNotice(
      parse({ title: '冬季供暖安排', category: 'notice', audience: 'all', body: '供暖时间待热力公司确认后通知。' }, 'seed-notice-draft'),
      staff,
      deps,
    ),
  );
};
