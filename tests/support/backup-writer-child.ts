// A child process for the kill test (tests/integration/backup/backup-kill.test.ts): main's
// backup folder writing one large backup into `userDataDir`, exactly as the app does (temp
// file, fsync, rename, rotation). The parent kills it with SIGKILL while it writes.
import { createBackupFolder } from '../../electron/main/backup-folder';

const [userDataDir, name, megabytes] = process.argv.slice(2);
const folder = createBackupFolder({ userDataDir: userDataDir!, pickFolder: async () => null });
const data = new Uint8Array(Number(megabytes) * 1024 * 1024).fill(0x42);
process.stdout.write('writing\n');
void folder.write({ name: name!, data }).then(() => process.stdout.write('written\n'));
