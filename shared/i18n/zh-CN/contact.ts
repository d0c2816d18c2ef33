// Simplified Chinese texts of the contact area (issue 13: the contact gate, the channels,
// the customer's contact preferences). Each key here must have an English text in
// ../en/contact.ts, or typecheck fails.
export const texts = {
  /** The gate's reason codes, in words. */
  reasons: {
    do_not_contact: '客户在勿扰名单上',
    opted_out: '客户已退订这个渠道',
    refused_recently: '客户近期拒绝过营销联系',
    no_consent: '客户没有同意通过这个渠道接收此类消息',
    quiet_hours: '不在允许联系的时段（电话 9:00–21:00，短信/微信/邮件 8:00–21:00）',
    customer_hours: '不在客户自己希望的联系时段',
    too_early: '离到期还早：续保营销不早于到期前 40 天',
    frequency_cap: '已达发送上限（每个渠道每天一条，每周有总数上限）',
  },
  blocked: '现在不能联系：{{reasons}}。',
  nextAt: '最早可在 {{at}} 联系。',
  never: '需要先修改客户的联系偏好才能联系。',
  purposes: { renewal: '续保营销', service: '服务通知', marketing: '营销' },
  consentPurposes: { service: '服务通知', marketing: '续保与营销' },
  how: {
    verbal: '电话口头同意',
    written: '书面签字',
    sms_reply: '短信回复',
    wechat: '微信确认',
    email: '邮件确认',
    form: '网页/表单',
  },
  /** The Today screen's channel actions. */
  actions: {
    call: '拨打 {{phone}}',
    dialQr: '用手机扫码拨打',
    dialQrHint: '用您的手机扫描二维码即可拨打 {{phone}}。',
    smsQr: '用手机扫码发短信',
    smsQrHint: '用您的手机扫描，短信已填好（含退订说明），确认后发送，再点“记为已发送”。',
    copySms: '复制短信',
    copyWechat: '复制微信文字',
    copyWechatId: '复制微信号 {{id}}',
    noWechatId: '没有记录客户的微信号',
    email: '发邮件',
    masked: '{{phone}} 是打码号码，不能拨打或发短信：请先向客户核实完整号码。',
    landline: '{{phone}} 是座机，不能发短信。',
    noMobile: '没有手机号码，不能发短信。',
    noEmail: '没有邮箱地址。',
    markSent: '记为已发送',
    sentBlocked: '不能记为已发送：{{reasons}}',
    purpose: '用途：{{purpose}}',
    consentBasis: '依据：{{purpose}}同意（{{how}}，{{at}}）',
    noConsentNeeded: '服务通知/电话不需要营销同意',
  },
  /** Attempts on a task, every channel. */
  record: {
    title: '联系记录',
    empty: '还没有联系记录',
    line: '{{at}} · {{channel}} · {{outcome}}',
    script: '话术第 {{version}} 版',
  },
  errors: {
    blocked: '不能联系这位客户：{{reasons}}。',
  },
};
