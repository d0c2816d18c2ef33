export const importZh = {
  title: '导入',
};

export type ImportStrings = typeof importZh;

export const importEn: ImportStrings = {
  title: 'Import',
};
