// Zip bombs: the sizes a zip declares are the file's own claim, free to be 0 or 4000 bytes for a
// part that inflates to gigabytes, and SheetJS grows its buffer until the part ends. So before
// SheetJS sees an .xlsx/.ods, every part is inflated here once, fed in small slices, and only the
// bytes that come out are counted (then dropped): memory stays at a few slices whatever the part
// holds, and the read stops at the first cap crossed (total, per part, ratio, number of parts).
// SheetJS then inflates the same parts again; that costs a fraction of its own parse time.
import { ImportError, formatBytes } from './import-errors';
import { endOfCentralDirectory } from './sniff-format';

export interface InflateCaps {
  /** Bytes all parts may inflate to together. */
  maxTotal: number;
  /** Bytes one part may inflate to. */
  maxEntry: number;
  /** Output per input byte beyond which a part is a bomb, once it has made `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
  /** Parts in the central directory (each one costs SheetJS an object and a read). */
  maxEntries: number;
}

/** Input handed to the inflater per step: at most ~1,032× this comes out of one step. */
const SLICE = 16 * 1024;

interface Region {
  name: string;
  method: number;
  start: number;
  end: number;
}

/**
 * Where each part's data lies, located the way SheetJS locates it: the central directory gives
 * the local header's offset, the local header gives where the data starts; the data runs to the
 * next part's header (or the central directory), because SheetJS inflates until the stream ends
 * rather than trusting the compressed size either.
 */
function regions(bytes: Uint8Array, maxEntries: number): Region[] {
  const { view, eocd } = endOfCentralDirectory(bytes);
  const count = view.getUint16(eocd + 10, true);
  if (count > maxEntries) throw new ImportError('zip_bomb', `ZIP ×${count}`);
  const directory = view.getUint32(eocd + 16, true);
  const found: Array<{ name: string; offset: number }> = [];
  const decoder = new TextDecoder();
  let p = directory;
  for (let k = 0; k < count && p + 46 <= bytes.length; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const nameLen = view.getUint16(p + 28, true);
    const skip = nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    found.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      offset: view.getUint32(p + 42, true),
    });
    p += 46 + skip;
  }
  const bounds = [...new Set([...found.map((f) => f.offset), directory, bytes.length])].sort(
    (a, b) => a - b,
  );
  const out: Region[] = [];
  for (const { name, offset } of found) {
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50) continue;
    const start =
      offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const end = bounds.find((b) => b > offset) ?? bytes.length;
    out.push({ name, method: view.getUint16(offset + 8, true), start, end: Math.max(start, end) });
  }
  return out;
}

/**
 * Inflates `input` (raw deflate) and returns how many bytes came out; `check(out, fed)` runs on
 * every output chunk and throws to stop. Corrupt data ends the count quietly: SheetJS names it.
 */
async function inflatedSize(
  input: Uint8Array,
  check: (out: number, fed: number) => void,
  keep?: Uint8Array[],
): Promise<number> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let fed = 0;
  let stopped = false;
  const feeding = (async () => {
    try {
      for (let p = 0; p < input.length && !stopped; p += SLICE) {
        const slice = input.subarray(p, p + SLICE);
        fed += slice.length; // counted when handed over, so out / fed never overstates the ratio
        await writer.write(slice as Uint8Array<ArrayBuffer>); // file bytes are never shared memory
      }
      await writer.close();
    } catch {
      // The reader stopped, or the data ended or broke: the reading side decides.
    }
  })();
  let out = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out += value.byteLength;
      check(out, fed);
      keep?.push(value);
    }
  } catch (error) {
    stopped = true;
    await reader.cancel().catch(() => undefined);
    await feeding;
    if (error instanceof ImportError) throw error;
    return out; // damaged deflate data (or bytes after its end, which Chromium refuses)
  }
  await feeding;
  return out;
}

/** A zip inside the zip (old Numbers files keep the workbook in Index.zip): SheetJS reads it too. */
const NESTED = /\.zip$/i;
/** A nested zip is held whole to be checked in turn, so it gets a small budget of its own. */
const NESTED_MAX = 64 * 1024 * 1024;

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** Throws `zip_bomb` when the parts really inflate beyond the caps; otherwise returns the total. */
export async function checkInflatedSizes(
  bytes: Uint8Array,
  caps: InflateCaps,
  depth = 0,
): Promise<number> {
  let total = 0;
  for (const part of regions(bytes, caps.maxEntries)) {
    const data = bytes.subarray(part.start, part.end);
    const before = total;
    const check = (out: number, fed: number): void => {
      const overRatio = out > caps.ratioFloor && out / Math.max(fed, 1) > caps.maxRatio;
      if (out > caps.maxEntry || before + out > caps.maxTotal || overRatio) {
        const ratio = overRatio ? `, ${Math.round(out / Math.max(fed, 1))}:1` : '';
        throw new ImportError('zip_bomb', `${part.name} ≥ ${formatBytes(out)}${ratio}`);
      }
    };
    const nested = NESTED.test(part.name);
    if (nested && depth > 0) throw new ImportError('zip_bomb', part.name);
    const inner = nested ? { ...caps, maxEntry: Math.min(caps.maxEntry, NESTED_MAX) } : caps;
    const nestedCheck = (out: number, fed: number): void => {
      check(out, fed);
      if (out > inner.maxEntry)
        throw new ImportError('zip_bomb', `${part.name} ≥ ${formatBytes(out)}`);
    };
    let content: Uint8Array | null = null;
    if (part.method === 8) {
      const keep: Uint8Array[] | undefined = nested ? [] : undefined;
      const size = await inflatedSize(data, nestedCheck, keep);
      total += size;
      if (keep) content = joined(keep, size);
    } else if (part.method === 0) {
      total += data.length; // stored: what is there is what SheetJS reads
      nestedCheck(data.length, data.length);
      if (nested) content = data;
    }
    // Other methods: SheetJS refuses them itself.
    if (content && content.length >= 22) {
      const left = { ...caps, maxTotal: caps.maxTotal - total };
      total += await checkInflatedSizes(content, left, depth + 1).catch((error: unknown) => {
        // Not a zip after all: nothing more for SheetJS to inflate from it.
        if (error instanceof ImportError && error.code === 'unreadable') return 0;
        throw error;
      });
    }
  }
  return total;
}
