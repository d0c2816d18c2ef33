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
  runSendBatch,
  type BatchRunResult,
  type NamedBatchPreview,
  type SendAnswer,
} from '../../services/contact/email-batch';
import { syncSmsReplies } from '../../services/contact/sms-replies';
import type { BatchSend } from '../../../shared/domain/contact/email-batch';
import type { SmsSettingsInfo } from '../../../shared/ipc/contract';

type BatchChannel = 'email' | 'sms';

/** One message to the host: e-mail over SMTP, or SMS through the provider's approved template. */
function deliver(item: BatchSend): Promise<SendAnswer> {
  const host = getHost();
  if (item.channel === 'sms')
    return host.sendSms({
      phone: item.to,
      templateId: item.templateId ?? '',
      params: item.params ?? [],
      idempotencyKey: item.key,
    });
  return host.sendMail({
    to: item.to,
    subject: item.subject,
    text: item.text,
    idempotencyKey: item.key,
  });
}

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
  const [channel, setChannel] = useState<BatchChannel>('email');
  // The provider is offered only when switched on with its approved templates and a kept key.
  const [sms, setSms] = useState<SmsSettingsInfo | null>(null);
  const [preview, setPreview] = useState<NamedBatchPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<BatchRunResult | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void getHost()
      .getSmsSettings()
      .then((got) => live && setSms(got));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const templates = channel === 'sms' && sms?.ready ? (sms.settings?.templates ?? []) : null;
    const load = async () => {
      // Replies first, so a customer who answered TD is skipped as opted out in this preview.
      if (templates) await syncSmsReplies(db, getHost(), currentActor());
      const p = await previewTierBatch(db, {
        today,
        now: new Date().toISOString(),
        tier,
        staffId,
        sms: templates ? { templates } : null,
      });
      if (live) setPreview(p);
    };
    void load();
    return () => {
      live = false;
    };
  }, [db, today, tier, staffId, result, channel, sms]);

  const reasonText = (r: SkipReason) =>
    GATE_REASONS_SET.has(r)
      ? t(`reasons.${r as 'opted_out'}`)
      : t(`batch.skipReasons.${r as 'no_email'}`);

  async function send() {
    if (!preview) return;
    abort.current = new AbortController();
    setResult(null);
    setProgress({ done: 0, total: preview.send.length });
    const outcome = await runSendBatch(db, preview.send, {
      actor: currentActor(),
      signal: abort.current.signal,
      minIntervalMs: 200,
      deliver,
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
        : channel === 'sms'
          ? t(`sms.${why as 'timeout'}`, { detail: '' })
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
        <Space style={{ marginBottom: 12 }} wrap>
          {sms?.ready ? (
            <>
              <Typography.Text>{t('batch.channel')}</Typography.Text>
              <Select
                aria-label={t('batch.channel')}
                style={{ width: 160 }}
                value={channel}
                disabled={running}
                onChange={(v: BatchChannel) => {
                  setPreview(null);
                  setChannel(v);
                }}
                options={(['email', 'sms'] as const).map((c) => ({
                  value: c,
                  label: t(`batch.channels.${c}`),
                }))}
                data-testid="batch-channel"
              />
            </>
          ) : null}
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
        {channel === 'sms' ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('batch.smsHint')} />
        ) : null}
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
                  {s.missing?.length
                    ? t('batch.missingNames', {
                        names: s.missing.join(t('common:listSeparator')),
                      })
                    : null}
                </List.Item>
              )}
            />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
