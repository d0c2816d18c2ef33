// Named failures of the import pipeline. Each one says what is wrong and what to do, in
// Chinese (the UI default) with an English variant. They cross the worker boundary as plain
// objects (`ImportFailure`), so the UI and the CLI see the same code and words.

export type ImportErrorCode =
  | 'empty_file'
  | 'not_spreadsheet'
  | 'encrypted'
  | 'too_big'
  | 'too_many_rows'
  | 'zip_bomb'
  | 'no_header'
  | 'no_sheet'
  | 'unreadable'
  | 'cancelled';

export interface ImportFailure {
  code: ImportErrorCode;
  message: string;
  messageEn: string;
}

const TEXT: Record<ImportErrorCode, [zh: string, en: string]> = {
  empty_file: [
    '文件是空的（0 字节或没有任何单元格）。请从保险公司系统重新导出清单后再导入。',
    'The file is empty. Export the list from the insurer portal again and import that file.',
  ],
  not_spreadsheet: [
    '这不是表格文件（看起来是 {detail}）。请选择 .xlsx、.xls、.csv 或 .ods 文件；如果是改了扩展名的文件，请用 Excel/WPS 打开后“另存为” .xlsx。',
    'This is not a spreadsheet (it looks like {detail}). Choose an .xlsx, .xls, .csv or .ods file, or open it in Excel/WPS and save it as .xlsx.',
  ],
  encrypted: [
    '工作簿设置了打开密码，无法读取。请在 Excel/WPS 中输入密码打开，取消密码（文件 → 信息 → 保护工作簿）后另存，再导入。',
    'The workbook is password-protected. Open it in Excel/WPS, remove the password, save it, and import again.',
  ],
  too_big: [
    '文件太大（{detail}），超过 {limit} 的上限。请按月份或机构分成几个文件导入。',
    'The file is too big ({detail}, limit {limit}). Split it into several files (by month or branch).',
  ],
  too_many_rows: [
    '表格行数过多（{detail} 行），超过 {limit} 行的上限。请分成几个文件导入。',
    'The sheet has too many rows ({detail}, limit {limit}). Split it into several files.',
  ],
  zip_bomb: [
    '文件解压后异常巨大（{detail}），可能已损坏或不安全，已停止读取。请用 Excel/WPS 打开并另存为新文件后再试。',
    'The file would expand to an abnormal size ({detail}); it may be damaged or unsafe. Re-save it in Excel/WPS and try again.',
  ],
  no_header: [
    '在工作表“{detail}”中找不到表头行（如 保单号、车牌号、到期日）。请确认选择了正确的工作表，或手动指定表头所在行。',
    'No header row (policy no., plate, end date ...) was found in sheet "{detail}". Pick the right sheet or set the header row by hand.',
  ],
  no_sheet: [
    '工作簿里没有名为“{detail}”的工作表。请重新选择工作表。',
    'The workbook has no sheet named "{detail}". Choose another sheet.',
  ],
  unreadable: [
    '文件已损坏或格式无法识别，无法读取（{detail}）。请用 Excel/WPS 打开并另存为 .xlsx 后再导入。',
    'The file is damaged or in a format that cannot be read ({detail}). Open it in Excel/WPS, save as .xlsx and import again.',
  ],
  cancelled: ['导入已取消，没有写入任何数据。', 'Import cancelled; nothing was written.'],
};

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly messageEn: string;

  constructor(code: ImportErrorCode, detail = '', limit = '') {
    const [zh, en] = TEXT[code];
    const fill = (s: string): string =>
      s.replaceAll('{detail}', detail).replaceAll('{limit}', limit);
    super(fill(zh));
    this.name = 'ImportError';
    this.code = code;
    this.messageEn = fill(en);
  }

  toFailure(): ImportFailure {
    return { code: this.code, message: this.message, messageEn: this.messageEn };
  }
}

/** Any thrown value → a named failure; unknown exceptions become 'unreadable' with their text. */
export function toImportFailure(error: unknown): ImportFailure {
  if (error instanceof ImportError) return error.toFailure();
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('unreadable', detail.slice(0, 200)).toFailure();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
