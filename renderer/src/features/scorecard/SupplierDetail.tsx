import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Scorecard, SupplierScorecard } from '../../../../shared/contract/scorecard.contract';
import { formatPercent } from '../../i18n/format';

interface Props {
  supplier: SupplierScorecard;
  keys: Scorecard['keys'];
  lang: string;
  busy: string | null;
  onPdf: (locale: 'zh-CN' | 'en-US') => void;
}

/** One supplier: the defects of returns that were its fault (Pareto) and the PDF for the supplier meeting. */
export const SupplierDetail = ({ supplier, keys, lang, busy, onPdf }: Props) => {
  const { t } = useTranslation('scorecard');
  const labels = new Map(keys.map((k) => [k.key, lang === 'en-US' ? k.label.en : k.label.zh]));
  const rows = supplier.pareto.slice(0, 12).map((p) => ({
    name: labels.get(p.key) ?? p.key,
    units: p.units,
    share: formatPercent(p.cumulativeShare, lang, 0),
  }));
  return (
    <Card
      className="scorecard-card"
      size="small"
      data-testid="scorecard-detail"
      title={t('detail.title', { name: supplier.name })}
      extra={
        <Space>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            loading={busy === 'pdf-zh-CN'}
            onClick={() => onPdf('zh-CN')}
            data-testid="scorecard-export-pdf"
          >
            {t('exportPdf')}
          </Button>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            loading={busy === 'pdf-en-US'}
            onClick={() => onPdf('en-US')}
            data-testid="scorecard-export-pdf-en"
          >
            {t('exportPdfEn')}
          </Button>
        </Space>
      }
    >
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 28 + 40)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 64 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => [String(v), t('detail.units')]} />
            <Bar dataKey="units" fill="#d4380d" isAnimationActive={false}>
              <LabelList dataKey="share" position="right" style={{ fontSize: 12 }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
};
