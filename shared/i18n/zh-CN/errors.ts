// Simplified Chinese texts of the errors area: why something failed and what to do. This file
// defines the shape: each key here must have an English text in ../en/errors.ts, or typecheck
// fails.
export const texts = {
  /** What a repository error is about, inside its sentence. */
  entities: {
    client: '客户',
    vehicle: '车辆',
    policy: '保单',
    staff: '员工',
    case: '续保案件',
    task: '任务',
    script: '话术模板',
    scriptVersion: '话术版本',
    importBatch: '导入批次',
    feedback: '反馈',
  },
  repository: {
    notFound: '找不到该{{what}}（编号 {{id}}），可能已被删除。请刷新列表后重试。',
    invalid: '{{what}}信息有误：{{field}}{{issue}}。请修改后再保存。',
    invalidField: '字段 {{field}}：',
    emptyScript: '话术内容不能为空，请输入内容后再保存。',
    inactiveStaff: '员工“{{name}}”已停用，不能分配任务。请先在员工设置中启用，或选择其他员工。',
    duplicatePolicy:
      '保单号 {{policyNo}}（{{insurer}}）已存在，同一保险公司的保单号不能重复。请检查保单号。',
    duplicateDeletedPolicy:
      '保单号 {{policyNo}}（{{insurer}}）已存在（该保单已被删除，可在回收站中恢复），同一保险公司的保单号不能重复。请检查保单号。',
    alreadyUndone: '批次“{{file}}”已经撤销过了。',
    undoExpired:
      '批次“{{file}}”已超过 {{days}} 天，不能再撤销（为保护客户信息，旧记录的备份副本已删除）。',
    undoLaterBatches:
      '无法撤销“{{file}}”：其中 {{count}} 条记录在之后的导入中又被修改或引用。请先撤销之后的批次：{{batches}}，再撤销本批次。',
    undoHandEdits:
      '无法撤销“{{file}}”：其中 {{count}} 条记录在导入后被手工修改过。撤销会覆盖这些修改，请先核对这些记录。',
    batchAt: '“{{file}}”（{{at}}）',
  },
  /** Shape checks at the repository boundary (a zod issue names one of these). */
  input: {
    nameRequired: '姓名不能为空',
    insurerRequired: '保险公司不能为空',
    policyNoRequired: '保单号不能为空',
    endAfterStart: '终保日期必须晚于起保日期',
    isoDate: 'YYYY-MM-DD',
    format: '格式不正确',
    other: '{{detail}}',
  },
  /** Sign-in and roles (issue 10). */
  identity: {
    forbidden: '您没有权限执行此操作（{{action}}）。如需办理，请联系店主或经理。',
    ownerExists: '店主已设置，不能再次设置。请直接登录。',
    cannotDeactivateSelf: '不能停用自己的账号。请由另一位店主操作。',
    exportReason: '经理导出数据需要填写原因，请填写后再导出。',
  },
  outcome: {
    notPending: '这个任务已经完成或已取消，不能再记录结果。请在今日列表中选择待办任务。',
    unknownLostReason:
      '流失原因“{{reason}}”不在设置的原因列表中。请从列表中选择，或先在设置里添加这个原因。',
  },
  /** Holiday data a plan needs and nobody has (issue 9 §8). */
  calendar: {
    unknownYear:
      '{{year}} 年的法定节假日还没有数据：提醒日期暂按周一至周五排，春节、国庆等假期里的提醒可能落在假日上。请在“设置 → 节假日”里粘贴国务院办公厅公布的 {{year}} 年放假安排，或更新程序。',
  },
  tiers: {
    tooEarly:
      '提醒档位“{{name}}”在到期前 {{days}} 天，早于监管规定的 {{limit}} 天：续保营销电话不得早于到期前 {{limit}} 天，请改为 {{limit}} 天以内，或只用于核实信息。',
    duplicateName: '提醒档位名称“{{name}}”重复，请为每个档位取不同的名称。',
  },
  /** Why the database cannot open, and what to do. */
  dbOpen: {
    full: '{{message}} {{action}}',
    blocked: {
      message: '数据库被另一个续保助手窗口或浏览器标签页占用，无法打开。',
      action: '请关闭其他续保助手窗口或标签页，然后点击"重试"。',
    },
    newerVersion: {
      message:
        '数据库是由更新版本的续保助手创建的（数据版本 {{found}}），当前版本最多只能打开数据版本 {{supported}}。',
      action:
        '请安装能打开数据版本 {{found}} 的最新版续保助手后再打开；您的数据完好无损，没有删除任何内容。',
      actionApp:
        '请安装续保助手 {{app}} 或更新的版本后再打开；您的数据完好无损，没有删除任何内容。',
    },
    quota: {
      message: '磁盘空间不足，数据库无法打开或写入。',
      action: '请清理磁盘空间（至少保留 1 GB），然后点击"重试"。',
    },
    unavailable: {
      message: '当前环境不支持本地数据库（IndexedDB 不可用，可能处于隐私/无痕模式）。',
      action: '请在普通窗口中打开，或使用桌面版续保助手。',
    },
    corrupt: {
      message: '数据库无法打开，文件可能已损坏。',
      action: '请不要删除任何数据：点击"重试"；如仍失败，请联系技术支持并提供下方错误信息。',
    },
    versionChange: {
      message: '续保助手已在另一个窗口中升级，本窗口已断开数据库连接。',
      action: '请重新加载本页面（或重启续保助手）。',
    },
    upgradeBackup: {
      message:
        '升级数据格式（数据版本 {{from}} → {{to}}）之前要先备份现有数据，但备份没有写成：{{reason}}',
      action:
        '数据还没有升级，也没有改动。请处理上面的问题后点击“重试”；也可以选择不备份直接升级。',
    },
  },
  /** Why a file cannot be imported, and what to do. */
  importFile: {
    empty_file: '文件是空的（0 字节或没有任何单元格）。请从保险公司系统重新导出清单后再导入。',
    not_spreadsheet:
      '这不是表格文件（看起来是 {{detail}}）。请选择 .xlsx、.xls、.csv 或 .ods 文件；如果是改了扩展名的文件，请用 Excel/WPS 打开后“另存为” .xlsx。',
    encrypted:
      '工作簿设置了打开密码，无法读取。请在 Excel/WPS 中输入密码打开，取消密码（文件 → 信息 → 保护工作簿）后另存，再导入。',
    too_big: '文件太大（{{detail}}），超过 {{limit}} 的上限。请按月份或机构分成几个文件导入。',
    too_many_rows: '表格行数过多（{{detail}} 行），超过 {{limit}} 行的上限。请分成几个文件导入。',
    zip_bomb:
      '文件解压后异常巨大（{{detail}}），可能已损坏或不安全，已停止读取。请用 Excel/WPS 打开并另存为新文件后再试。',
    no_header:
      '在工作表“{{detail}}”中找不到表头行（如 保单号、车牌号、到期日）。请确认选择了正确的工作表，或手动指定表头所在行。',
    no_sheet: '工作簿里没有名为“{{detail}}”的工作表。请重新选择工作表。',
    unreadable:
      '文件已损坏或格式无法识别，无法读取（{{detail}}）。请用 Excel/WPS 打开并另存为 .xlsx 后再导入。',
    cancelled: '导入已取消，没有写入任何数据。',
  },
  /** Why a step of a complaint was refused (shared/domain/complaints). */
  complaint: {
    handler_is_subject: '处理人不能是被投诉的员工本人。请选择其他员工处理。',
    anonymous_with_staff: '匿名投诉不能关联员工。请选择客户，或不选被投诉员工。',
    not_allowed_now: '投诉当前的状态下不能执行这一步。请刷新后查看它现在的状态。',
    extension_needs_manager: '延长处理期限需要经理或店主批准。',
    already_extended: '这条投诉已经延长过一次期限（最长 30 天），不能再延长。',
    reason_required: '请填写延长期限的原因（为什么这条投诉比较复杂）。',
    resolution_required: '请填写处理结果（给客户的答复或解决办法）。',
    root_cause_required: '结案前请填写根本原因。',
    corrective_action_required: '结案前请填写整改措施，避免同类问题再次发生。',
    text_required: '请填写反馈内容。',
    handler_required: '请选择投诉的处理人。',
    satisfaction_not_now: '满意度只能在投诉解决后，或对建议、表扬记录。',
    satisfaction_range: '满意度是 1 到 5 的整数。',
  },
  /** The agency's data keys (issue 11). */
  keys: {
    exist: '本店的数据密钥已经创建，不能再次创建。请直接登录。',
    needPassword:
      '本次用 PIN 码解锁，数据密钥未打开，无法为员工设置密码。请锁定后用密码重新登录，再设置。',
    notOpened:
      '数据密钥未能用您的密码打开（密码与密钥不一致）。请联系店主重置您的密码；店主可用恢复密钥恢复。',
    locked: '数据密钥未打开，客户资料无法读写。请用密码重新登录。',
    noSensitiveKey: '您的角色不持有证件号码的密钥，不能录入或修改证件号码。请让经理或店主修改。',
  },
};
