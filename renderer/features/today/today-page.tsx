// 今日任务: my calls for today in priority order, the selected customer with the filled script,
// and outcome logging from the keyboard. The next step (retry, call-back, closing the case)
// is decided by logOutcome; the list follows the database by itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import { dayProgress } from '../../../shared/domain/reminders/today-priority';
import { useNavigation } from '../../services/navigation';
import { usePlanSyncState } from '../../services/reminders/plan-sync-store';
import { RenderedScript } from '../../ui/rendered-script';
import { useScriptTitle } from '../../ui/script-title';
import { useText } from '../../ui/use-text';
import { EscalationCard } from './escalation-card';
import { OutcomeDialogModal } from './outcome-dialogs';
import type { OutcomeKey } from './outcome-keys';
import { StaffPicker } from './staff-picker';
import { useSeesEveryonesTasks } from '../../services/session/audited';
import { TaskList } from './task-list';
import { TaskPanel } from './task-panel';
import { scriptForTask } from './task-script';
import { TodayEmpty } from './today-empty';
import { noteFor, useTodayUi } from './today-store';
import { useLogOutcome } from './use-log-outcome';
import { UNASSIGNED, useTodayData } from './use-today-data';
import { useTodayKeys } from './use-today-keys';
import { useContactGate } from './use-contact-gate';
import { EmailBatchModal } from './email-batch-modal';
import { batchKey } from '../../../shared/domain/contact/email-batch';
import { runEmailBatch } from '../../services/contact/email-batch';
import { currentActor } from '../../services/actor';
import { getHost } from '../../services/host';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { withOptOut } from '../../../shared/domain/contact/opt-out';
import { openChannels } from '../../../shared/domain/contact/reachable';
import { CHANNELS } from '../../../shared/domain/types';
import type { GatePurpose, GateReason } from '../../../shared/domain/contact/contact-gate';
import { MAIL_FAILURES } from '../../../shared/ipc/schemas';
import type { MailFailureReason } from '../../../shared/ipc/contract';
import { useTaskWindow, type RowRange } from './use-task-window';
import styles from './today.module.css';

export function TodayPage({ taskId }: { taskId?: string | undefined }) {
  const { t } = useTranslation('today');
  const { t: tc } = useTranslation(['contact', 'common']);
  const db = useDb();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [batchOpen, setBatchOpen] = useState(false);
  const scriptTitle = useScriptTitle();
  const ui = useTodayUi();
  const data = useTodayData(ui.staff);
  const seesEveryone = useSeesEveryonesTasks();
  const plan = usePlanSyncState();
  const text = useText();
  const { log, undo } = useLogOutcome();
  const navigate = useNavigation();
  const ids = data.ids ?? [];
  const index = Math.max(0, Math.min(ui.activeIndex, ids.length - 1));
  const [range, setRange] = useState<RowRange>({ start: 0, end: 0 });
  const onRange = useCallback((start: number, end: number) => setRange({ start, end }), []);
  const views = useTaskWindow(data.ids, range, index, data);
  const activeId = ids[index];
  const view = activeId === undefined ? undefined : views.get(activeId);
  // Only the channels the customer has not closed (per-channel do-not-contact, opt-out) are
  // offered; a closed preferred or chosen channel falls back to the first open one.
  const offered = view?.client ? openChannels(view.client) : CHANNELS;
  const channels = offered.length > 0 ? offered : CHANNELS;
  const wanted = ui.channel ?? view?.client?.preferredChannel ?? 'call';
  const channel = channels.includes(wanted) ? wanted : (channels[0] ?? 'call');
  const scriptArgs = { scripts: data.scripts, staff: data.staff, today: data.today };
  const taskScript = view
    ? scriptForTask({ view, channel, ...scriptArgs })
    : { script: null, rendered: null };
  const gate = useContactGate(view, data.settings, data.tick);
  const rendered = taskScript.rendered;
  const messageText =
    rendered && rendered.missing.length === 0 ? withOptOut(rendered.text, channel) : null;

  // Opened from a notification: select that task once (widening to everyone if needed).
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!taskId || !data.ids || handled.current === taskId) return;
    const found = data.ids.indexOf(taskId);
    if (found >= 0) {
      handled.current = taskId;
      useTodayUi.getState().setActiveIndex(found);
    } else if (useTodayUi.getState().staff !== 'all') {
      useTodayUi.getState().setStaff('all');
    } else {
      handled.current = taskId;
    }
  }, [taskId, data.ids]);

  /** A mail failure's name, or the gate's reasons (comma-separated), in words. */
  function sendFailureText(reason: string, to: string): string {
    if ((MAIL_FAILURES as readonly string[]).includes(reason))
      return tc(`mail.${reason as MailFailureReason}`, {
        detail: reason === 'invalid_address' ? to : '',
      });
    const reasons = reason
      .split(',')
      .map((r) => tc(`reasons.${r as GateReason}`))
      .join(tc('common:listSeparator'));
    return tc('blocked', { reasons });
  }

  // One e-mail through the batch path: the key is on the task before it goes out, so a second
  // click (or a crash) never sends it twice.
  async function sendEmail() {
    const script = taskScript.script;
    const client = view?.client;
    if (!view || !client?.email || !script || !messageText || !gate) return;
    try {
      const run = await runEmailBatch(
        db,
        [
          {
            taskId: view.task.id,
            clientId: client.id,
            channel: 'email',
            to: client.email,
            subject: script.title,
            text: messageText,
            key: batchKey(view.task.id, script.id, script.version),
            purpose: gate.purpose,
            scriptId: script.id,
            scriptVersion: script.version,
          },
        ],
        { actor: currentActor(), send: (m) => getHost().sendMail(m) },
      );
      const failure =
        run.stopped?.by === 'pause' ? run.stopped.reason : (run.failed[0]?.reason ?? null);
      if (run.sent === 1) void message.success(t('logged', { outcome: t('outcomes.sent') }));
      else if (failure) void message.error(sendFailureText(failure, client.email));
      else void message.info(tc('batch.skipReasons.already_sent'));
    } catch (error) {
      void message.error(errorText(error));
    }
  }

  async function submit(input: OutcomeInput, note?: string, purpose?: GatePurpose) {
    if (!view) return;
    const text = note ?? noteFor(useTodayUi.getState(), view.task.id);
    const ok = await log(view.task.id, input, {
      channel,
      script: taskScript.script,
      note: text,
      purpose,
    });
    if (ok) ui.openDialog(null);
  }

  function apply(key: OutcomeKey) {
    if (key.dialog) ui.openDialog(key.dialog);
    else void submit({ outcome: key.outcome } as OutcomeInput);
  }

  // A key pressed while the selected row's details are still loading (right after the list
  // changed) is kept and applied as soon as they arrive, not dropped.
  const pendingKey = useRef<OutcomeKey | null>(null);
  useEffect(() => {
    const key = pendingKey.current;
    if (!key || !view) return;
    pendingKey.current = null;
    apply(key);
  });

  function pick(key: OutcomeKey) {
    (document.activeElement as HTMLElement | null)?.blur?.();
    if (!view) {
      pendingKey.current = key;
      return;
    }
    apply(key);
  }

  useTodayKeys({
    count: ids.length,
    onPick: pick,
    onUndo: () => {
      const last = useTodayUi.getState().lastUndo;
      if (last) void undo(last);
    },
  });
  // Counted once the whole order is in (the first rows alone would give a wrong total).
  const progress = data.ids && data.complete ? dayProgress(data.workedToday, data.ids) : null;

  const staffValue =
    ui.staff === 'settings'
      ? data.staffId === undefined
        ? 'all'
        : (data.staffId ?? UNASSIGNED)
      : ui.staff;
  return (
    <div className={styles.page} data-testid="today-page">
      <div className={styles.header}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {seesEveryone ? (
          <StaffPicker value={staffValue} staff={data.staff} onChange={ui.setStaff} />
        ) : null}
        <Typography.Text type="secondary" data-testid="today-count">
          {data.ids ? t('count', { count: ids.length }) : ''}
        </Typography.Text>
        {progress && progress.total > 0 ? (
          <span className={styles.progress}>
            <Progress
              percent={Math.round((progress.done / progress.total) * 100)}
              showInfo={false}
              size="small"
              aria-label={t('progressLabel')}
              style={{ width: 96, margin: 0 }}
            />
            <Typography.Text data-testid="today-progress">
              {t('progress', { done: progress.done, total: progress.total })}
            </Typography.Text>
          </span>
        ) : null}
        <span style={{ flex: 1 }} />
        <Button size="small" onClick={() => setBatchOpen(true)} data-testid="batch-open">
          {tc('batch.open')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('keys')}
        </Typography.Text>
      </div>
      {data.staleCurrentStaff ? (
        <Alert
          type="info"
          showIcon
          banner
          data-testid="stale-current-staff"
          title={t('staleCurrentStaff')}
          action={
            <Button size="small" onClick={() => navigate({ name: 'settings' })}>
              {t('openSettings')}
            </Button>
          }
        />
      ) : null}
      {plan.calendarWarnings.map((w) => (
        <Alert
          key={String(w.params?.year)}
          type="warning"
          showIcon
          banner
          data-testid="calendar-warning"
          title={text.text(w)}
          action={
            <Button size="small" onClick={() => navigate({ name: 'settings' })}>
              {t('openSettings')}
            </Button>
          }
        />
      ))}
      {plan.errorMessage ? (
        <Alert
          type="error"
          showIcon
          banner
          title={t('planError', { message: plan.errorMessage })}
        />
      ) : null}
      <EscalationCard />
      {data.ids && ids.length === 0 ? (
        <TodayEmpty computing={!plan.ready} />
      ) : (
        <div className={styles.body}>
          <TaskList
            ids={ids}
            views={views}
            activeIndex={index}
            showAssignee={data.staffId === undefined}
            onSelect={ui.setActiveIndex}
            onRange={onRange}
          />
          {view ? (
            <TaskPanel
              view={view}
              channel={channel}
              channels={channels}
              onChannel={ui.setChannel}
              taskScript={taskScript}
              gate={gate}
              staff={data.staff}
              messageText={messageText}
              onSendEmail={() => void sendEmail()}
              onPick={pick}
              onMarkSent={() => void submit({ outcome: 'sent' }, undefined, gate?.purpose)}
              onExpand={() => ui.openDialog('script')}
            />
          ) : null}
        </div>
      )}
      {view && data.settings && ui.dialog && ui.dialog !== 'script' ? (
        <OutcomeDialogModal
          key={`${view.task.id}:${ui.dialog}`}
          dialog={ui.dialog}
          view={view}
          settings={data.settings}
          note={noteFor(ui, view.task.id)}
          onSubmit={(input, note) => void submit(input, note)}
          onCancel={() => ui.openDialog(null)}
        />
      ) : null}
      {batchOpen ? (
        <EmailBatchModal
          today={data.today}
          tiers={[...(data.settings?.tiers.map((x) => x.name) ?? []), 'urgent', 'lapsed']}
          staffId={data.staffId}
          onClose={() => setBatchOpen(false)}
        />
      ) : null}
      <Modal
        open={ui.dialog === 'script' && !!view}
        title={
          <span data-testid="script-full-title">
            {taskScript.script ? scriptTitle(taskScript.script) : null}
            {view?.client ? (
              <Typography.Text style={{ marginInlineStart: 12, fontSize: 18 }}>
                {t('panel.scriptFor', {
                  name: view.client.name,
                  phone: view.client.phones[0] ?? t('panel.noPhone'),
                })}
              </Typography.Text>
            ) : null}
          </span>
        }
        footer={null}
        width={720}
        onCancel={() => ui.openDialog(null)}
      >
        <RenderedScript
          className={`${styles.script} ${styles.big}`}
          text={taskScript.rendered?.text ?? t('panel.noScript')}
          testId="script-full"
        />
      </Modal>
    </div>
  );
}
