import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Empty, Skeleton, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardPeriod } from '../../../../shared/contract/scorecard.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';
import { downloadBase64 } from '../export/download';
import { QcVsReturnsCard } from './QcVsReturnsCard';
import { SupplierDetail } from './SupplierDetail';
import { SupplierTable } from './SupplierTable';
import { TrendMultiples } from './TrendMultiples';
import './scorecard.css';

/** Owners' screen: every supplier side by side, one supplier's defects and PDF, and whether QC predicts returns. */
export const ScorecardPage = () => {
  const { t, i18n } = useTranslation('scorecard');
  const lang = i18n.language;
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<ScorecardPeriod>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const card = useCall('scorecard.suppliers', { period });
  const data = card.data;

  const exportFile = async (what: string, run: () => Promise<{ fileName: string; mime: string; base64: string }>) => {
    setBusy(what);
    try {
      const file = await run();
      downloadBase64(file);
      void message.success(t('exported', { name: file.fileName }));
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const locale = lang === 'en-US' ? 'en-US' : 'zh-CN';
  const chosen = data?.suppliers.find((s) => s.supplierId === selected) ?? null;

  return (
    <div className="scorecard-page" data-testid="scorecard-page" data-ready={data && !card.loading ? 'true' : 'false'}>
      <div className="scorecard-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <DatePicker.RangePicker
            picker="month"
            allowEmpty={[true, true]}
            placeholder={[t('period'), t('period')]}
            value={[period.from ? dayjs(`${period.from}-01`) : null, period.to ? dayjs(`${period.to}-01`) : null]}
            onChange={(range) => setPeriod({ from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') })}
            data-testid="scorecard-period"
          />
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'xlsx'}
            disabled={!data}
            onClick={() => void exportFile('xlsx', () => call('scorecard.exportXlsx', { period, locale }))}
            data-testid="scorecard-export-xlsx"
          >
            {t('exportXlsx')}
          </Button>
          <Spin spinning={card.loading && data !== undefined} size="small" />
        </Space>
      </div>
      {card.error && <Alert type="error" showIcon title={errorText(card.error)} style={{ marginBottom: 16 }} />}
      {!data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : data.suppliers.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="scorecard-range">
            {t('period')}: {data.from} – {data.to}
          </Typography.Text>
          <SupplierTable card={data} lang={lang} selected={selected} onSelect={setSelected} />
          {chosen ? (
            <SupplierDetail
              supplier={chosen}
              keys={data.keys}
              lang={lang}
              busy={busy}
              onPdf={(pdfLocale) =>
                void exportFile(`pdf-${pdfLocale}`, () =>
                  call('scorecard.exportPdf', { period, supplierId: chosen.supplierId, locale: pdfLocale }),
                )
              }
            />
          ) : (
            <Typography.Paragraph type="secondary" className="scorecard-pick">
              {t('detail.pick')}
            </Typography.Paragraph>
          )}
          <TrendMultiples card={data} lang={lang} />
          <QcVsReturnsCard period={period} lang={lang} />
        </>
      )}
    </div>
  );
};
