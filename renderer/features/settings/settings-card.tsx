// One card of the settings page: a title, the card's action at the top right (save, add),
// spaced like the others.
import type { ReactNode } from 'react';
import { Card } from 'antd';

export function SettingsCard(props: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card title={props.title} style={{ marginBottom: 16 }} extra={props.action}>
      {props.children}
    </Card>
  );
}
