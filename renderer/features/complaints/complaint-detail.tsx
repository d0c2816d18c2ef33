// One feedback in full, with the complaint's workflow actions the signed-in person may take
// (the repository checks them again), its history, escalations and the satisfaction score.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Modal,
  Rate,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  isOpenComplaint,
  isOverdue,
  type ComplaintAction,
} from '../../../shared/domain/complaints/complaint-workflow';
import { can, complaintSubject } from '../../../shared/domain/identity/abilities';
import type { Feedback, Staff } from '../../../shared/domain/types';
import {
  complaintStep,
  escalateComplaint,
  recordSatisfaction,
} from '../../db/repositories/feedback-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useSession } from '../../services/session/session-store';
import { useErrorText } from '../../ui/use-text';
import { when } from './format';

type Step = Exclude<ComplaintAction, 'receive'>;

/** The steps each state offers, in the order a person goes through them. */
const OFFERED: Record<string, Step[]> = {
  received: ['acknowledge', 'investigate', 'reassign', 'extend'],
  acknowledged: ['investigate', 'resolve', 'reassign', 'extend'],
  investigating: ['resolve', 'reassign', 'extend'],
  resolved: ['close', 'reopen', 'reassign'],
  closed: ['reopen'],
};

/** Steps that ask for something first; the others happen on the click. */
const ASKS: Partial<Record<Step, true>> = {
  resolve: true,
  close: true,
  extend: true,
  reassign: true,
};

interface Props {
  feedback: Feedback;
  staff: readonly Staff[];
  clientName: string | null;
}

export function ComplaintDetail({ feedback: f, staff, clientName }: Props) {
  const { t } = useTranslation(['complaints', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const user = useSession((s) => s.user);
  const [asking, setAsking] = useState<Step | null>(null);
  const name = (id: string | null) =>
    !id
      ? t('unassigned')
      : id === 'system'
        ? t('common:actors.system')
        : (staff.find((s) => s.id === id)?.name ?? t('common:actors.removed'));
  const subject = complaintSubject(f.handlerId);
  const mayHandle = !!user && can(user, 'handle', subject);
  const mayClose = !!user && can(user, 'close', subject);
  const mayEscalate = !!user && can(user, 'escalate', subject);
  const isManager = user?.role === 'manager' || user?.role === 'owner';
  const open = !!f.state && isOpenComplaint({ state: f.state });
  const steps = (f.state ? (OFFERED[f.state] ?? []) : []).filter((s) =>
    s === 'close' ? mayClose : s === 'extend' ? mayHandle && isManager && !f.extension : mayHandle,
  );

  async function run(step: Step, extra: Record<string, string> = {}) {
    try {
      await complaintStep(db, f.id, { action: step, ...extra }, currentActor());
      setAsking(null);
      message.success(t('actions.done'));
    } catch (e) {
      message.error(errorText(e));
    }
  }

  async function escalate() {
    try {
      await escalateComplaint(db, f.id, currentActor());
      message.success(t('actions.done'));
    } catch (e) {
      message.error(errorText(e));
    }
  }

  async function rate(score: number) {
    try {
      await recordSatisfaction(db, f.id, score, currentActor());
      message.success(t('detail.rated'));
    } catch (e) {
      message.error(errorText(e));
    }
  }

  const rateable = f.kind !== 'complaint' || f.state === 'resolved' || f.state === 'closed';

  return (
    <div data-testid="complaint-detail">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(`kinds.${f.kind}`)} · {clientName ?? (f.clientId ? '…' : t('anonymous'))}
        </Typography.Title>
        {f.state ? (
          <Tag color={open ? 'gold' : 'green'} data-testid="detail-state">
            {t(`states.${f.state}`)}
          </Tag>
        ) : null}
        {f.state &&
        f.dueAt &&
        isOverdue({ state: f.state, dueAt: f.dueAt }, new Date().toISOString()) ? (
          <Tag color="red">{t('detail.overdue')}</Tag>
        ) : null}
      </Space>
      <Typography.Paragraph data-testid="detail-text" style={{ whiteSpace: 'pre-wrap' }}>
        {f.text}
      </Typography.Paragraph>
      <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('detail.received')}>{when(f.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.channel')}>
          {t(`channels.${f.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.severity')}>
          {t(`severities.${f.severity}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.about')}>
          {f.aboutStaffId ? name(f.aboutStaffId) : t('nobody')}
        </Descriptions.Item>
        {f.kind === 'complaint' ? (
          <>
            <Descriptions.Item label={t('columns.handler')}>
              <span data-testid="detail-handler">{name(f.handlerId)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.due')}>
              <span data-testid="detail-due">{when(f.dueAt)}</span>
              {f.extension ? (
                <div>{t('detail.extended', { reason: f.extension.reason })}</div>
              ) : null}
            </Descriptions.Item>
          </>
        ) : null}
        {f.resolution ? (
          <Descriptions.Item label={t('detail.resolution')} span={2}>
            {f.resolution}
          </Descriptions.Item>
        ) : null}
        {f.rootCause ? (
          <Descriptions.Item label={t('detail.rootCause')} span={2}>
            <span data-testid="detail-root-cause">{f.rootCause}</span>
          </Descriptions.Item>
        ) : null}
        {f.correctiveAction ? (
          <Descriptions.Item label={t('detail.correctiveAction')} span={2}>
            <span data-testid="detail-corrective-action">{f.correctiveAction}</span>
          </Descriptions.Item>
        ) : null}
        {rateable ? (
          <Descriptions.Item label={t('detail.satisfaction')} span={2}>
            <Rate
              aria-label={t('detail.rate')}
              value={f.satisfaction?.score ?? 0}
              onChange={(score) => (score ? void rate(score) : undefined)}
              disabled={f.kind === 'complaint' && !mayHandle}
              data-testid="detail-satisfaction"
            />
            {!f.satisfaction ? (
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t('detail.notRated')}
              </Typography.Text>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {steps.length > 0 || (open && mayEscalate) ? (
        <Space wrap style={{ marginBottom: 16 }} data-testid="complaint-actions">
          {steps.map((step) => (
            <Button
              key={step}
              type={step === steps[0] ? 'primary' : 'default'}
              onClick={() => (ASKS[step] ? setAsking(step) : void run(step))}
              data-testid={`step-${step}`}
            >
              {t(`actions.${step}`)}
            </Button>
          ))}
          {open && mayEscalate ? (
            <Button danger onClick={() => void escalate()} data-testid="step-escalate">
              {t('actions.escalate')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {f.escalations.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('detail.escalations')}</Typography.Title>
          <ul data-testid="detail-escalations" style={{ paddingLeft: 20 }}>
            {f.escalations.map((e) => (
              <li key={`${e.level}:${e.reason}`}>
                {t('escalation.entry', {
                  when: when(e.raisedAt),
                  to: e.to ? name(e.to) : t(`escalation.levels.${e.level}`),
                  reason: t(`escalation.reasons.${e.reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {f.history.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
          <Timeline
            items={f.history.map((h, i) => ({
              key: i,
              children: (
                <>
                  {t('history.entry', {
                    when: when(h.at),
                    who: name(h.by),
                    action: t(`history.${h.action}`),
                  })}
                  {h.note ? <div>{h.note}</div> : null}
                </>
              ),
            }))}
          />
        </>
      ) : null}
      {asking ? (
        <StepDialog
          step={asking}
          feedback={f}
          staff={staff}
          onCancel={() => setAsking(null)}
          onSubmit={(extra) => run(asking, extra)}
        />
      ) : null}
    </div>
  );
}

/** What resolve, close, extend and reassign ask for before they run. */
function StepDialog(props: {
  step: Step;
  feedback: Feedback;
  staff: readonly Staff[];
  onCancel(): void;
  onSubmit(extra: Record<string, string>): Promise<void>;
}) {
  const { t } = useTranslation('complaints');
  const [form] = Form.useForm<Record<string, string>>();
  const [saving, setSaving] = useState(false);
  const required = (label: string) => [{ required: true, whitespace: true, message: label }];
  const handlers = props.staff.filter(
    (s) =>
      s.active &&
      !s.deletedAt &&
      s.id !== props.feedback.aboutStaffId &&
      s.id !== props.feedback.handlerId,
  );

  async function ok() {
    // A form that does not validate shows its own messages; nothing more to do.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      await props.onSubmit(values);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t(`actions.${props.step}`)}
      okText={t('actions.confirm')}
      cancelText={t('actions.cancel')}
      onOk={() => void ok()}
      onCancel={props.onCancel}
      confirmLoading={saving}
      okButtonProps={{ ...{ 'data-testid': 'step-confirm' } }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="step-form">
        {props.step === 'resolve' ? (
          <Form.Item
            name="resolution"
            label={t('detail.resolution')}
            rules={required(t('detail.resolution'))}
          >
            <Input.TextArea rows={3} data-testid="step-resolution" />
          </Form.Item>
        ) : null}
        {props.step === 'close' ? (
          <>
            <Alert
              type="info"
              showIcon
              message={t('detail.closeHint')}
              style={{ marginBottom: 12 }}
            />
            <Form.Item
              name="rootCause"
              label={t('detail.rootCause')}
              rules={required(t('detail.rootCause'))}
            >
              <Input.TextArea rows={2} data-testid="step-root-cause" />
            </Form.Item>
            <Form.Item
              name="correctiveAction"
              label={t('detail.correctiveAction')}
              rules={required(t('detail.correctiveAction'))}
            >
              <Input.TextArea rows={2} data-testid="step-corrective-action" />
            </Form.Item>
          </>
        ) : null}
        {props.step === 'extend' ? (
          <Form.Item name="reason" label={t('detail.reason')} rules={required(t('detail.reason'))}>
            <Input.TextArea rows={2} data-testid="step-reason" />
          </Form.Item>
        ) : null}
        {props.step === 'reassign' ? (
          <Form.Item
            name="handlerId"
            label={t('detail.newHandler')}
            extra={t('form.handlerHelp')}
            rules={required(t('detail.newHandler'))}
          >
            <Select
              options={handlers.map((s) => ({ value: s.id, label: s.name }))}
              data-testid="step-handler"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
