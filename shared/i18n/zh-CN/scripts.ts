// Simplified Chinese texts of the scripts area. This file defines the shape: each key here
// must have an English text in ../en/scripts.ts, or typecheck fails.
export const texts = {
  title: '话术',
  intro:
    '每个阶段、每个渠道一套模板。修改会保存为新版本，旧版本可随时恢复；记录联系结果时会记下所用版本。',
  tiers: {
    verify: '核实信息',
    d30: '到期前30天',
    d15: '到期前15天',
    d7: '到期前7天',
    urgent: '紧急提醒',
    lapsed: '脱保提醒',
    callback: '约定回电',
  },
  tier: '阶段',
  version: '第 {{version}} 版',
  pickTemplate: '从左侧选择一个模板进行查看和编辑。',
  editor: {
    title: '标题',
    body: '内容',
    placeholders: '可用占位符（点击插入）：',
    save: '保存为新版本',
    saved: '已保存为第 {{version}} 版',
    failed: '保存失败：{{message}}',
    unchanged: '内容没有变化，无需保存。',
    unknown: '无法识别的占位符：{{names}}。请检查拼写，可用的占位符见上方。',
  },
  sms: {
    optOut: '退订语句：{{text}}',
    optOutMissing: '短信缺少退订语句“{{text}}”。按规定营销短信必须包含退订方式，请加上后再保存。',
    length: '{{count}} 字 · 约 {{segments}} 条短信',
  },
  history: {
    title: '版本历史',
    current: '当前',
    by: '{{who}} · {{when}}',
    restore: '恢复此版本',
    restoreConfirm: '把第 {{version}} 版的内容恢复为新的当前版本？',
    restored: '已恢复，当前为第 {{version}} 版',
  },
  preview: {
    title: '预览',
    pick: '选择一位客户预览',
    none: '选择客户后显示填好的内容；缺少的信息会用红色标出。',
    missing: '该客户缺少：{{names}}',
    noVehicle: '该客户没有车辆或保单，车牌、到期日等会显示为缺失。',
  },
};
