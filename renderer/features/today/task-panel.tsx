// The side panel for the selected task: who, why, how to reach them, the filled script for
// the chosen channel, and the outcome buttons.
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Channel, Staff } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { TierTag } from '../../ui/tier-tag';
import { useText } from '../../ui/use-text';
import { useNavigation } from '../../services/navigation';
import { ChannelActions } from './channel-actions';
import { ContactRecord } from './contact-record';
import type { ContactGate } from './use-contact-gate';
import { NoteBox } from './note-box';
import type { OutcomeKey } from './outcome-keys';
import { OutcomeBar } from './outcome-bar';
import { ScriptCard } from './script-card';
import type { TaskScript } from './task-script';
import styles from './today.module.css';

interface Props {
  view: TaskView;
  channel: Channel;
  /** The channels offered: the ones the customer has not closed. */
  channels: readonly Channel[];
  onChannel(channel: Channel): void;
  taskScript: TaskScript;
  gate: ContactGate | null;
  staff: readonly Staff[];
  /** The message for the channel (opt-out included), null when it cannot be sent as is. */
  messageText: string | null;
  onSendEmail(): void;
  onPick(key: OutcomeKey): void;
  onMarkSent(): void;
  onExpand(): void;
}

export function TaskPanel(props: Props) {
  const { view } = props;
  const { t } = useTranslation(['today', 'common']);
  const text = useText();
  const client = view.client;
  const until = client?.doNotContactUntil;
  const navigate = useNavigation();
  return (
    <div className={styles.panel} data-testid="task-panel">
      <Space align="center" wrap>
        <TierTag tier={view.task.tier} />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="panel-name">
          {client?.name ?? '—'}
        </Typography.Title>
        <Typography.Text strong data-testid="panel-plate">
          {view.vehicle?.plate ?? ''}
        </Typography.Text>
        {client?.preferredChannel ? (
          <Tag>
            {t('panel.preferred', { channel: t(`common:channels.${client.preferredChannel}`) })}
          </Tag>
        ) : null}
        {client ? (
          <Button
            size="small"
            type="link"
            icon={<UserOutlined />}
            data-testid="open-customer"
            onClick={() => navigate({ name: 'clients', id: client.id })}
          >
            {t('panel.openCustomer')}
          </Button>
        ) : null}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 10px' }}>
        {text.text(view.reason)}
      </Typography.Paragraph>
      {view.doNotContact ? (
        <Alert
          type="error"
          showIcon
          data-testid="dnc-alert"
          style={{ marginBottom: 10 }}
          title={t('dncHint', { until: until ? t('dncUntil', { date: until }) : '' })}
        />
      ) : null}
      {view.verifyAlong ? (
        <Alert
          type="info"
          showIcon
          data-testid="verify-along"
          style={{ marginBottom: 10 }}
          title={t('panel.verifyAlong')}
        />
      ) : null}
      {client ? (
        <ChannelActions
          client={client}
          channel={props.channel}
          gate={props.gate}
          text={props.messageText}
          onSendEmail={props.onSendEmail}
        />
      ) : null}
      <Descriptions size="small" column={1} style={{ marginTop: 10 }}>
        <Descriptions.Item label={t('panel.policies')}>
          <Space direction="vertical" size={0}>
            {view.policies.map((p) => (
              <span key={p.id}>
                {t(`common:kinds.${p.kind}`)} · {p.insurer} · {p.endDate}
                {p.premium ? ` · ¥${Math.round(p.premium)}` : ''}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
        {view.vehicle?.brandModel ? (
          <Descriptions.Item label={t('panel.vehicle')}>
            {view.vehicle.brandModel}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('panel.assignee')}>
          {view.assigneeName ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <ScriptCard
        channel={props.channel}
        channels={props.channels}
        onChannel={props.onChannel}
        taskScript={props.taskScript}
        allowed={!!props.gate?.answers[props.channel].allowed}
        onMarkSent={props.onMarkSent}
        onExpand={props.onExpand}
      />
      <ContactRecord attempts={props.gate?.record ?? view.task.attempts} staff={props.staff} />
      <NoteBox taskId={view.task.id} />
      <OutcomeBar onPick={props.onPick} />
    </div>
  );
}
