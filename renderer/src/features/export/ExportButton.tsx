import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFilter, ExportList } from '../../../../shared/contract/export.contract';
import { call } from '../../api/client';
import { downloadBase64 } from './download';
import { useErrorText } from '../../ui/error-text';

export interface ExportButtonProps {
  /** Which list to export: orders, cases, inspections or import_rejects. */
  list: ExportList;
  /** The list's current filter, so the file holds what the screen shows. */
  filter?: ExportFilter;
  size?: 'small' | 'middle' | 'large';
}

/** "Export ▾" → CSV or XLSX of a list, localized headers, formula-safe cells. */
export const ExportButton = ({ list, filter, size }: ExportButtonProps) => {
  const { t, i18n } = useTranslation('export');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const locale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
      const file = await call('export.list', { list, filter: filter ?? {}, format, locale });
      downloadBase64(file);
      void message.success(t('done', { count: file.rowCount }));
    } catch (error) {
      void message.error(t('failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      menu={{
        items: [
          { key: 'csv', label: t('csv') },
          { key: 'xlsx', label: t('xlsx') },
        ],
        onClick: ({ key }) => void run(key === 'xlsx' ? 'xlsx' : 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} size={size} data-testid={`export-${list}`}>
        {t('button')}
      </Button>
    </Dropdown>
  );
};
