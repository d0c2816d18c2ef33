// Batch e-mail from Today (issue 13 §6): the preview (who gets which message, who is skipped
// and why, in words), then sending one at a time with progress and a stop button. Stopped,
// paused or cut off, opening it again continues: the keys already on the tasks are skipped.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, List, Modal, Progress, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SkipReason } from '../../../shared/domain/contact/email-batch';
import { GATE_REASONS_SET } from './gate-reasons';
import { getHost } from '../../services/host';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import {
  previewTierBatch,
  runEmailBatch,
  type BatchRunResult,
  type NamedBatchPreview,
} from '../../services/contact/email-batch';

export function EmailBatchModal({
  today,
  tiers,
  staffId,
  onClose,
}: {
  today: string;
  tiers: readonly string[];
  staffId: string | null | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation(['contact', 'common']);
  const db = useDb();
  const [tier, setTier] = useState<string | null>(null);
  const [preview, setPreview] = useState<NamedBatchPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<BatchRunResult | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void previewTierBatch(db, { today, now: new Date().toISOString(), tier, staffId }).then(
      (p) => live && setPreview(p),
    );
    return () => {
      live = false;
    };
  }, [db, today, tier, staffId, result]);

  const reasonText = (r: SkipReason) =>
    GATE_REASONS_SET.has(r)
      ? t(`reasons.${r as 'opted_out'}`)
      : t(`batch.skipReasons.${r as 'no_email'}`);

  async function send() {
    if (!preview) return;
    abort.current = new AbortController();
    setResult(null);
    setProgress({ done: 0, total: preview.send.length });
    const outcome = await runEmailBatch(db, preview.send, {
      actor: currentActor(),
      signal: abort.current.signal,
      minIntervalMs: 200,
      send: (m) => getHost().sendMail(m),
      onProgress: (done, total) => setProgress({ done, total }),
    });
    abort.current = null;
    setProgress(null);
    setResult(outcome);
  }

  const running = progress !== null;
  const stoppedText = (r: BatchRunResult) => {
    if (!r.stopped) return null;
    if (r.stopped.by === 'cancel') return t('batch.cancelled');
    const why = r.stopped.reason;
    const reason =
      why === 'quiet_hours'
        ? t('reasons.quiet_hours')
        : t(`mail.${why as 'timeout'}`, { detail: '' });
    return t('batch.paused', { reason });
  };
  return (
    <Modal
      open
      width={760}
      title={t('batch.title')}
      onCancel={() => (running ? abort.current?.abort() : onClose())}
      footer={
        <Space>
          {running ? (
            <Button danger onClick={() => abort.current?.abort()} data-testid="batch-cancel">
              {t('batch.cancel')}
            </Button>
          ) : (
            <Button
              type="primary"
              disabled={!preview || preview.send.length === 0}
              onClick={() => void send()}
              data-testid="batch-send"
            >
              {t('batch.send')}
            </Button>
          )}
        </Space>
      }
    >
      <div data-testid="email-batch">
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text>{t('batch.tier')}</Typography.Text>
          <Select
            aria-label={t('batch.tier')}
            style={{ width: 160 }}
            value={tier ?? ''}
            disabled={running}
            onChange={(v) => setTier(v || null)}
            options={[
              { value: '', label: t('batch.allTiers') },
              ...tiers.map((x) => ({ value: x, label: x })),
            ]}
          />
        </Space>
        {progress ? (
          <Progress
            percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
            format={() => t('batch.progress', progress)}
            data-testid="batch-progress"
          />
        ) : null}
        {result ? (
          <Alert
            style={{ marginBottom: 12 }}
            type={result.stopped ? 'warning' : 'success'}
            showIcon
            data-testid="batch-result"
            title={t('batch.done', {
              sent: result.sent,
              skipped: result.skipped,
              failed: result.failed.length,
            })}
            description={stoppedText(result)}
          />
        ) : null}
        {preview ? (
          <>
            <Typography.Title level={5} data-testid="batch-send-count">
              {t('batch.willSend', { count: preview.send.length })}
            </Typography.Title>
            <List
              size="small"
              locale={{ emptyText: t('batch.nothing') }}
              dataSource={preview.send}
              style={{ maxHeight: 180, overflow: 'auto', marginBottom: 12 }}
              renderItem={(s) => (
                <List.Item data-testid="batch-send-row">
                  {preview.names[s.clientId] ?? '—'} · {s.to} · {s.subject}
                </List.Item>
              )}
            />
            <Typography.Title level={5}>
              {t('batch.willSkip', { count: preview.skip.length })}
            </Typography.Title>
            <List
              size="small"
              dataSource={preview.skip}
              style={{ maxHeight: 180, overflow: 'auto' }}
              renderItem={(s) => (
                <List.Item data-testid="batch-skip-row" data-reasons={s.reasons.join(' ')}>
                  {(s.clientId && preview.names[s.clientId]) || '—'} ·{' '}
                  {s.reasons.map(reasonText).join(t('common:listSeparator'))}
                </List.Item>
              )}
            />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
