// Staff: who works renewals, their role and daily capacity; and who is using this computer
// (their tasks are "mine" on the Today screen).
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import { useState } from 'react';
import {
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffRole } from '../../../shared/domain/types';
import { updateSettings } from '../../db/repositories/settings-repository';
import { createStaff, listStaff, updateStaff } from '../../db/repositories/staff-repository';
import { currentActor } from '../../services/actor';
import { workerHasher } from '../../services/auth/auth-worker-client';
import {
  deactivateStaff,
  setStaffPassword,
  staffWithSignIn,
} from '../../db/repositories/credential-repository';
import { NewPasswordField } from '../../ui/new-password-field';
import { useErrorText } from '../../ui/use-text';
import { wrapForPassword } from '../../services/keys/keyring-service';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { SettingsCard } from './settings-card';

const ROLES: StaffRole[] = ['owner', 'manager', 'staff'];

interface StaffForm {
  name: string;
  phone?: string;
  role: StaffRole;
  dailyCapacity: number;
}

export function StaffCard() {
  const { t } = useTranslation(['settings', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  const settings = useSettings();
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [form] = Form.useForm<StaffForm>();
  const { t: ts } = useTranslation('signin');
  const withSignIn = useLiveQuery(() => staffWithSignIn(db), [db]) ?? new Set<string>();
  const [passwordFor, setPasswordFor] = useState<Staff | null>(null);
  const [pwForm] = Form.useForm<{ password: string }>();
  const [savingPassword, setSavingPassword] = useState(false);
  const errorText = useErrorText();

  async function savePassword() {
    if (!passwordFor) return;
    const { password } = await pwForm.validateFields();
    setSavingPassword(true);
    try {
      // The data keys this session holds, wrapped under the new password (staff get no key to
      // ID numbers); stored with the hash in one transaction, replacing the old wrap.
      const [hash, wrap] = await Promise.all([
        workerHasher.hash(password),
        wrapForPassword(db, passwordFor, password),
      ]);
      await setStaffPassword(db, passwordFor.id, hash, currentActor(), wrap);
      setPasswordFor(null);
      pwForm.resetFields();
      message.success(ts('staff.passwordSet'));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSavingPassword(false);
    }
  }

  async function setActive(s: Staff, active: boolean) {
    if (active) {
      await updateStaff(db, s.id, { active }, currentActor());
      return;
    }
    const count = await deactivateStaff(db, s.id, currentActor());
    message.success(ts('staff.deactivated', { count }));
  }

  function open(target: Staff | 'new') {
    setEditing(target);
    form.setFieldsValue(
      target === 'new'
        ? { name: '', phone: '', role: 'staff', dailyCapacity: 40 }
        : {
            name: target.name,
            phone: target.phone ?? '',
            role: target.role,
            dailyCapacity: target.dailyCapacity,
          },
    );
  }

  async function save() {
    const v = await form.validateFields();
    const input = { ...v, phone: v.phone?.trim() || null };
    if (editing === 'new') await createStaff(db, { ...input, active: true }, currentActor());
    // Changing someone's role is a staff change like any other (owner only, audited).
    else if (editing) await updateStaff(db, editing.id, input, currentActor());
    setEditing(null);
    message.success(t('saved'));
  }

  return (
    <SettingsCard
      title={t('staff.title')}
      action={
        <Button icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('staff.add')}
        </Button>
      }
    >
      <Form.Item label={t('staff.me')}>
        <Select
          allowClear
          // Wide enough for the whole placeholder in both languages (it was cut off at 220).
          style={{ width: 340 }}
          placeholder={t('staff.meNone')}
          value={currentStaffOf(settings, staff).id ?? undefined}
          status={currentStaffOf(settings, staff).stale ? 'warning' : undefined}
          data-testid="current-staff-select"
          aria-label={t('staff.me')}
          onChange={(id: string | undefined) =>
            void updateSettings(db, { currentStaffId: id ?? null }, currentActor())
          }
          options={staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
        />
        {currentStaffOf(settings, staff).stale ? (
          <Typography.Text type="warning" style={{ marginLeft: 8 }} data-testid="stale-me">
            {t('staff.meStale')}
          </Typography.Text>
        ) : null}
      </Form.Item>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={staff}
        locale={{ emptyText: t('staff.empty') }}
        columns={[
          { title: t('staff.name'), dataIndex: 'name' },
          {
            title: t('staff.role'),
            render: (_: unknown, s: Staff) => <Tag>{t(`staff.roles.${s.role}`)}</Tag>,
          },
          { title: t('staff.capacity'), dataIndex: 'dailyCapacity' },
          {
            title: t('staff.active'),
            render: (_: unknown, s: Staff) => (
              <Switch
                size="small"
                aria-label={t('staff.activeFor', { name: s.name })}
                checked={s.active}
                data-testid="staff-active"
                onChange={(active) => void setActive(s, active)}
              />
            ),
          },
          {
            title: ts('signIn.password'),
            render: (_: unknown, s: Staff) =>
              s.active ? (
                <Button
                  size="small"
                  data-testid="staff-password"
                  onClick={() => {
                    pwForm.resetFields();
                    setPasswordFor(s);
                  }}
                >
                  {withSignIn.has(s.id) ? ts('staff.resetPassword') : ts('staff.setPassword')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{ts('staff.noLogin')}</Typography.Text>
              ),
          },
          {
            title: '',
            render: (_: unknown, s: Staff) => (
              <Button size="small" onClick={() => open(s)}>
                {t('common:actions.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('staff.add') : t('staff.edit')}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="name"
            label={t('staff.name')}
            rules={[{ required: true, message: t('staff.nameRequired') }]}
          >
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="phone" label={t('staff.phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('staff.role')}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="dailyCapacity" label={t('staff.capacity')}>
            <InputNumber min={1} max={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={passwordFor !== null}
        title={`${passwordFor?.name ?? ''} · ${ts('staff.setPassword')}`}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        okButtonProps={{
          loading: savingPassword,
          ...({ 'data-testid': 'staff-password-save' } as Record<string, string>),
        }}
        onOk={() => void savePassword()}
        onCancel={() => setPasswordFor(null)}
      >
        <Form form={pwForm} layout="vertical">
          <NewPasswordField label={ts('staff.newPassword')} testId="staff-new-password" />
        </Form>
      </Modal>
    </SettingsCard>
  );
}
