export const scriptsZh = {
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
  channels: { call: '电话', sms: '短信', wechat: '微信', email: '邮件' },
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

export type ScriptsStrings = typeof scriptsZh;

export const scriptsEn: ScriptsStrings = {
  title: 'Scripts',
  intro:
    'One template per tier and channel. Edits are saved as new versions and old ones can be restored; every logged contact records the version used.',
  tiers: {
    verify: 'Verify details',
    d30: '30 days before',
    d15: '15 days before',
    d7: '7 days before',
    urgent: 'Urgent',
    lapsed: 'Lapsed',
    callback: 'Call back',
  },
  channels: { call: 'Call', sms: 'SMS', wechat: 'WeChat', email: 'E-mail' },
  tier: 'Tier',
  version: 'v{{version}}',
  pickTemplate: 'Pick a template on the left to view and edit it.',
  editor: {
    title: 'Title',
    body: 'Text',
    placeholders: 'Placeholders (click to insert):',
    save: 'Save as new version',
    saved: 'Saved as version {{version}}',
    failed: 'Could not save: {{message}}',
    unchanged: 'Nothing changed; nothing to save.',
    unknown:
      'Unknown placeholders: {{names}}. Check the spelling; the valid ones are listed above.',
  },
  sms: {
    optOut: 'Opt-out sentence: {{text}}',
    optOutMissing:
      'The SMS lacks the opt-out sentence "{{text}}". Marketing SMS must say how to opt out; add it before saving.',
    length: '{{count}} characters · about {{segments}} SMS',
  },
  history: {
    title: 'History',
    current: 'current',
    by: '{{who}} · {{when}}',
    restore: 'Restore this version',
    restoreConfirm: 'Make the text of version {{version}} the new current version?',
    restored: 'Restored; now at version {{version}}',
  },
  preview: {
    title: 'Preview',
    pick: 'Pick a customer to preview',
    none: 'Pick a customer to see the filled text; missing details are marked in red.',
    missing: 'This customer lacks: {{names}}',
    noVehicle: 'This customer has no vehicle or policy; plate, end date and so on show as missing.',
  },
};
