// What kind of file is this, judged by its bytes rather than its name: users rename .docx and
// PDFs to .xls, and portals serve HTML tables named .xls. Also guards against zip bombs by
// reading the zip's central directory (declared sizes) before anything is inflated.
import * as XLSX from 'xlsx';
import { ImportError, formatBytes } from './import-errors';

export type FileKind = 'zip' | 'cfb' | 'text' | 'binary';

const FOREIGN_MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x4d, 0x5a], 'Windows 程序'],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Throws not_spreadsheet for known foreign formats; else says how to read the bytes. */
export function sniffKind(bytes: Uint8Array): FileKind {
  for (const [magic, what] of FOREIGN_MAGIC) {
    if (startsWith(bytes, magic)) throw new ImportError('not_spreadsheet', what);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  // UTF-16 text has many zeros too; decode-text tells them apart, so only flag odd cases.
  return zeros === 0 || zeros > sample.length / 4 ? 'text' : 'binary';
}

interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  encrypted: boolean;
}

/**
 * A zip's end-of-central-directory record, searched from the end (it may be followed by a
 * comment of up to 64 KB); a file without one is not a readable zip.
 */
export function endOfCentralDirectory(bytes: Uint8Array): { view: DataView; eocd: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return { view, eocd: i };
  }
  // The detail is shown to people in both languages: the container's name, not a sentence.
  throw new ImportError('unreadable', 'ZIP');
}

/** Entries of a zip's central directory, read without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const { view, eocd } = endOfCentralDirectory(bytes);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count && p + 46 <= bytes.length; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Rejects zips that are not workbooks, are encrypted, or would inflate beyond the limit. */
export function checkZip(bytes: Uint8Array, maxUncompressed: number): void {
  const entries = zipEntries(bytes);
  const names = new Set(entries.map((e) => e.name));
  const has = (prefix: string): boolean => entries.some((e) => e.name.startsWith(prefix));
  if (names.has('word/document.xml')) throw new ImportError('not_spreadsheet', 'Word 文档');
  if (has('ppt/')) throw new ImportError('not_spreadsheet', 'PowerPoint 演示文稿');
  const workbook = has('xl/') || names.has('content.xml') || has('Index/') || has('Data/');
  if (!workbook) throw new ImportError('not_spreadsheet', 'zip 压缩包');
  if (entries.some((e) => e.encrypted)) throw new ImportError('encrypted');
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  const worst = entries.reduce(
    (m, e) => Math.max(m, e.uncompressed / Math.max(1, e.compressed)),
    0,
  );
  // Real xlsx parts compress 5-30x; a 1000x part far beyond the size limit is a bomb.
  if (total > maxUncompressed || (worst > 1000 && total > maxUncompressed / 4)) {
    throw new ImportError('zip_bomb', formatBytes(total));
  }
}

/** OLE compound files: .xls, but also encrypted .xlsx and Word/PowerPoint binaries. */
export function checkCfb(bytes: Uint8Array): void {
  let paths: string[];
  try {
    paths = XLSX.CFB.read(bytes, { type: 'array' }).FullPaths;
  } catch {
    return; // let the workbook reader report what it can
  }
  const has = (name: string): boolean => paths.some((p) => p.endsWith('/' + name));
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw new ImportError('encrypted');
  if (has('WordDocument')) throw new ImportError('not_spreadsheet', 'Word 文档（.doc）');
  if (has('PowerPoint Document')) throw new ImportError('not_spreadsheet', 'PowerPoint 演示文稿');
}
