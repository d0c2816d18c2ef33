// The filled script for the active task and channel: what to say or send, missing values
// marked, a copy button for texts, and "mark as sent" to log a text touch with its channel.
import { Alert, Button, Segmented, Space, Typography } from 'antd';
import { CopyOutlined, ExpandOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/domain/types';
import { usePlaceholderList } from '../../ui/placeholder-label';
import { RenderedScript } from '../../ui/rendered-script';
import { useScriptTitle } from '../../ui/script-title';
import type { TaskScript } from './task-script';
import { withOptOut } from '../../../shared/domain/contact/opt-out';
import { useCopy } from './channel-actions';
import styles from './today.module.css';

interface Props {
  channel: Channel;
  /** The channels offered: the ones the customer has not closed. */
  channels?: readonly Channel[];
  onChannel(channel: Channel): void;
  taskScript: TaskScript;
  /** The gate allows this channel now (mark as sent asks again when it writes). */
  allowed: boolean;
  onMarkSent(): void;
  onExpand(): void;
}

export function ScriptCard({
  channel,
  channels = CHANNELS,
  onChannel,
  taskScript,
  allowed,
  onMarkSent,
  onExpand,
}: Props) {
  const { t } = useTranslation(['today', 'common']);
  const copy = useCopy();
  const scriptTitle = useScriptTitle();
  const placeholderList = usePlaceholderList();
  const { script, rendered } = taskScript;

  return (
    <div data-testid="script-card">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Segmented
          size="small"
          value={channel}
          onChange={(value) => onChannel(value as Channel)}
          options={channels.map((c) => ({ label: t(`common:channels.${c}`), value: c }))}
          data-testid="channel-picker"
        />
        {script ? (
          <Typography.Text type="secondary" data-testid="script-version">
            {scriptTitle(script)} · {t('panel.scriptVersion', { version: script.version })}
          </Typography.Text>
        ) : null}
      </Space>
      {!script || !rendered ? (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('panel.noScript')} />
      ) : (
        <>
          <RenderedScript
            className={styles.script}
            text={withOptOut(rendered.text, channel)}
            testId="script-text"
          />
          {rendered.missing.length ? (
            <Alert
              type="warning"
              showIcon
              data-testid="script-missing"
              title={t('panel.missing', { names: placeholderList(rendered.missing) })}
            />
          ) : null}
          <Space style={{ marginTop: 8 }} wrap>
            <Button size="small" icon={<ExpandOutlined />} onClick={onExpand}>
              {t('panel.openScript')}
            </Button>
            {channel !== 'call' ? (
              <>
                <Button
                  size="small"
                  icon={<CopyOutlined />}
                  data-testid="copy-text"
                  onClick={() => void copy(withOptOut(rendered.text, channel))}
                >
                  {t('panel.copy')}
                </Button>
                <Button
                  size="small"
                  icon={<SendOutlined />}
                  // A template with a value missing for this customer is not sent.
                  disabled={!allowed || rendered.missing.length > 0}
                  data-testid="mark-sent"
                  onClick={onMarkSent}
                >
                  {t('panel.markSent')}
                </Button>
              </>
            ) : null}
          </Space>
        </>
      )}
    </div>
  );
}
