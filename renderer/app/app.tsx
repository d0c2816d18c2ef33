import { useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { initI18n } from './i18n';
import { DbGate } from './db-gate';
import { AppLayout } from './app-layout';
import { THEME } from './theme';
import { SessionGate } from '../features/sign-in';
import { AutoBackupRunner } from '../services/backup/auto-backup-runner';

export function App() {
  const [i18n, setI18n] = useState<I18n | null>(null);
  const [lang, setLang] = useState<string>('zh-CN');

  useEffect(() => {
    void initI18n().then((instance) => {
      setLang(instance.language);
      instance.on('languageChanged', (next) => setLang(next));
      setI18n(instance);
    });
  }, []);

  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang]);

  if (!i18n) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
        <AntApp>
          <DbGate>
            {/* Whenever the app runs, signed in or not: a backup needs only the public key. */}
            <AutoBackupRunner />
            <SessionGate>
              <AppLayout />
            </SessionGate>
          </DbGate>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
