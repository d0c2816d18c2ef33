// Problems found in values: validators (forms and import), cell normalisers and the import
// row checks. Domain code returns `problems:<key>` with parameters; this is the only wording.
export const texts = {
  phone: {
    empty: '电话号码为空',
    noAreaCode: '座机号“{{raw}}”缺少区号，请在前面加上区号（如 010）',
    mobileLength: '手机号“{{raw}}”应为 11 位数字，现在是 {{length}} 位',
    mobileSecondDigit: '手机号“{{raw}}”第二位应是 3-9，请检查',
    invalid: '电话号码“{{raw}}”不是有效的手机号或座机号，请检查',
    masked: '电话“{{phone}}”中间被打码，已保留但不能拨打，请补全号码',
  },
  plate: {
    empty: '车牌号为空',
    special: '车牌号“{{plate}}”是应急、民航、军队或临时号牌，格式未细查，请核对',
    noProvince: '车牌号“{{plate}}”的第一个字应是省份简称（如 京、粤），请检查',
    letterIO: '车牌号“{{plate}}”里不能有字母 I 或 O（可能是数字 1 或 0），请检查',
    length: '车牌号“{{plate}}”应为 7 位（新能源 8 位），现在是 {{length}} 位',
    invalid: '车牌号“{{plate}}”的格式不对，请对照行驶证检查',
  },
  vin: {
    empty: '车架号为空',
    length: '车架号“{{vin}}”应为 17 位，现在是 {{length}} 位，请对照行驶证检查',
    chars: '车架号“{{vin}}”含不允许的字符 {{chars}}（车架号不用 I、O、Q，可能是 1 或 0），请检查',
    checkDigit:
      '车架号“{{vin}}”第 9 位校验码应为 {{expected}}，可能抄错了一位，请核对（进口车可能不适用）',
  },
  id: {
    empty: '证件号码为空',
    old15: '身份证号“{{id}}”是 15 位旧号码，请改填 18 位新号码',
    length: '身份证号“{{id}}”应为 18 位，现在是 {{length}} 位',
    chars: '身份证号“{{id}}”前 17 位应全是数字，最后一位是数字或 X',
    birthDate: '身份证号“{{id}}”第 7-14 位的出生日期 {{birth}} 不是真实日期，请检查',
    checkChar: '身份证号“{{id}}”最后一位校验码应为 {{expected}}，可能有一位抄错了，请核对',
  },
  isoDate: {
    label: '日期',
    empty: '{{label}}为空',
    impossible: '{{label}}“{{text}}”不是真实存在的日期，请检查',
    endBeforeStart: '终保日期 {{end}} 不晚于起保日期 {{start}}，请检查是否填反',
  },
  cellDate: {
    empty: '日期为空',
    impossible: '日期“{{text}}”不存在（如 2 月 30 日），请检查',
    unrecognized: '看不懂日期“{{text}}”，请写成 2026-12-01 这样的格式',
    outOfRange: '日期“{{text}}”的年份不合理（应在 {{min}}-{{max}} 之间）',
  },
  premium: {
    invalid: '保费“{{text}}”不是金额，请写成 1234.56 这样的数字',
  },
  textId: {
    sciNotation: '保单号在文件里已被 Excel 变成科学计数法，请把该列设为文本后重新导出',
    precisionLost: '这个号码在文件里存成了数字，超过 15 位的部分已丢失，请把该列设为文本后重新导出',
    maybePrecisionLost:
      '这个号码在文件里存成了数字，第 15 位以后全是 0，可能已丢失数字，请与原始保单核对',
    errorCell: '单元格是错误值 {{value}}，请在表格里改正后重新导出',
  },
  row: {
    tooLong:
      '{{field}}有 {{length}} 个字符，超过上限 {{max}}，不像是{{field}}；请检查该列或跳过该行',
    notAPolicyRefund:
      '保费为负数（{{premium}}），这是批退或退保记录，不是保单，不会导入；请跳过该行',
    notAPolicyNamed: '这一行写着“{{text}}”，是批改或退保记录，不是保单，不会导入；请跳过该行',
    kindUnknown: '险种“{{text}}”看不出是交强险还是商业险，请选择',
    enterValue: '请输入一个值',
    errorCell:
      '“{{header}}”这一格是错误值 {{error}}（多为公式出错），请在表格里改正或直接在这里填写',
    formulaNoValue: '“{{header}}”这一格是公式但没有保存计算结果，请在 Excel 里打开并保存后重新导入',
    fieldProblem: '{{field}}：{{problem}}',
    missing: '缺少{{field}}，请补填后再导入',
    missingPolicyNoOrCar: '缺少保单号；没有保单号时需要车架号或车牌号和险种才能识别这张保单',
    unmapped: '文件里没有对应“{{field}}”的列，请在列映射里指定',
    thisRow: '本行',
    otherRow: '第 {{row}} 行',
    duplicateSame: '保单号 {{policyNo}} 与{{where}}完全相同，只导入一次',
    carDuplicateSame: '车辆 {{car}} 的{{kind}}（{{endDate}} 到期）与{{where}}完全相同，只导入一次',
    carDuplicateConflict:
      '车辆 {{car}} 的{{kind}}（{{endDate}} 到期）在{{where}}已出现，但{{fields}}不同，请确认保留哪一行',
    duplicateConflict: '保单号 {{policyNo}} 在{{where}}已出现，但{{fields}}不同，请确认保留哪一行',
  },
  /** Why the import cannot store a row, or what it changed on the way. */
  plan: {
    fileMissingInsurer:
      '文件没有写明保险公司（{{rows}} 行在等待）：请在上方选择保险公司，或在表中加上“保险公司”列；选定前不能导入。',
    idNameConflict:
      '证件号 {{id}} 已属于客户“{{stored}}”，本行写的是“{{name}}”；请核对姓名或证件号，或跳过该行。',
    phoneShared:
      '电话 {{phone}} 也登记在客户“{{stored}}”名下（家人共用？）；“{{name}}”将作为另一位客户导入。',
    missingPolicyNo:
      '缺少保单号，无法识别这张保单；没有保单号时需要车架号或车牌号、险种和到期日。请补上或跳过该行。',
    missingInsurer:
      '不知道这张保单属于哪家保险公司；请在导入时选择保险公司，或在表中加上“保险公司”列。',
    missingEndDate: '缺少保险止期（到期日），无法提醒续保；请补上到期日或跳过该行。',
    missingInsured: '缺少被保险人姓名；请补上被保险人或跳过该行。',
    noPolicy: '这一行没有可导入的保单信息，已跳过。',
    kindAssumed: '没有险种信息，已按商业险导入；如是交强险请修改险种列。',
    conflictVehicle:
      '保单 {{policyNo}} 已保存在另一辆车上，本次将改到车架号 {{vin}} / 车牌 {{plate}}；请确认车辆信息。',
    conflictStored: '与已保存的数据不同：{{field}} {{before}} → {{after}}（以本文件为准）。',
  },
};
