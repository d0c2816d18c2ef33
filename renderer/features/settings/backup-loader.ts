// The backup actions, loaded on first use: age and the export library stay out of Settings'
// own bundle. Shared by the backup card and the restore dialog.
import type { BackupPhase } from '../../services/backup/backup-file';

export interface BackupProgressState {
  phase: BackupPhase;
  percent: number;
}

export const loadBackupActions = () => import('../../services/backup/backup-actions');
