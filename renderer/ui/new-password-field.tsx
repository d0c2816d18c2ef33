// A new password, in a form whose field is `password`: required, strong enough for the policy
// (services/auth/password-strength.ts), with the strength meter under it. Owner setup and the
// owner setting a staff member's password ask for it the same way.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { strongPasswordRule } from '../services/auth/password-strength';
import { StrengthMeter } from './strength-meter';

export function NewPasswordField({ label, testId }: { label: string; testId: string }) {
  const { t } = useTranslation('signin');
  const password = Form.useWatch('password', Form.useFormInstance()) as string | undefined;
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        rules={[{ required: true }, strongPasswordRule(t('setup.tooWeak'))]}
      >
        <Input.Password data-testid={testId} autoComplete="new-password" />
      </Form.Item>
      <StrengthMeter password={password ?? ''} />
    </>
  );
}
