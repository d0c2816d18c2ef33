export const scriptsZh = {
  title: '话术',
};

export type ScriptsStrings = typeof scriptsZh;

export const scriptsEn: ScriptsStrings = {
  title: 'Scripts',
};
