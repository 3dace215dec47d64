import { shanghaiInstant, shanghaiParts } from '@contracts/time';

const DAY = 24 * 3600 * 1000;

/** Quick choices for "预计完成" as Shanghai wall-clock times: 今天18点 (if still ahead), 明天18点, … */
export const expectedChoices = (now: Date): { value: string; label: string }[] => {
  const at = (days: number, hour: number) => {
    const p = shanghaiParts(new Date(now.getTime() + days * DAY));
    return shanghaiInstant(p.year, p.month, p.day, hour);
  };
  const options = [
    { at: at(0, 18), label: '今天下班前（18点）' },
    { at: at(1, 12), label: '明天中午' },
    { at: at(1, 18), label: '明天18点' },
    { at: at(2, 18), label: '后天18点' },
    { at: at(3, 18), label: '3天内' },
    { at: at(7, 18), label: '一周内' },
  ];
  return options.filter((o) => o.at > now).map((o) => ({ value: o.at.toISOString(), label: o.label }));
};
