// The JSON files the CLI commands take (staff, outcomes, contact requests), read one way: a
// file that cannot be read or parsed is a usage error that names the file and the reason.
import { readFile } from 'node:fs/promises';
import { UsageError } from './import-command';

/** The parsed JSON of `path`; `what` names the file in the message, `hint` follows the reason. */
export async function readJsonFile(path: string, what: string, hint = ''): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`无法读取${what} ${path}：${reason}${hint}`);
  }
}
