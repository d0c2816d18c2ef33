export const todayZh = {
  title: '今日任务',
};

export type TodayStrings = typeof todayZh;

export const todayEn: TodayStrings = {
  title: 'Today',
};
