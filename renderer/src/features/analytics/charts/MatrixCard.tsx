import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { orderedKeys } from '../series';
import type { ChartProps } from './types';

interface Row {
  reason: string;
  reasonName: string;
  finding: string;
  findingName: string;
  units: number;
  share: number;
}

/** A heat matrix drawn as SVG (so the PNG export works like the Recharts charts). */
export const MatrixCard = ({ data, series, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  // The finding categories first: "quality problem" claims where no defect was found is the first question asked.
  const ranked = orderedKeys(
    data.matrix.cells.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.finding]: (acc[c.finding] ?? 0) + c.units }), {}),
  );
  const findings = [
    ...ranked.filter((k) => k === 'no_defect' || k === 'not_inspected'),
    ...ranked.filter((k) => k !== 'no_defect' && k !== 'not_inspected'),
  ];
  const reasons = data.matrix.reasonTotals.map((r) => r.reason);
  const cellOf = new Map(data.matrix.cells.map((c) => [`${c.reason}|${c.finding}`, c]));
  const rows: Row[] = data.matrix.cells.map((c) => ({
    reason: c.reason,
    reasonName: t(`reason.${c.reason}`),
    finding: c.finding,
    findingName: series.label(c.finding),
    units: c.units,
    share: c.shareOfReason,
  }));
  const drill = (r: Row) => onDrill({ chart: 'matrix', reason: r.reason, finding: r.finding }, `${r.reasonName} × ${r.findingName}`);

  const labelWidth = 120;
  const cellW = 58;
  const cellH = 34;
  const headerH = 96;
  const width = labelWidth + findings.length * cellW + 110;
  const height = headerH + reasons.length * cellH + 4;
  const maxShare = Math.max(0.0001, ...data.matrix.cells.map((c) => c.shareOfReason));

  return (
    <ChartCard<Row>
      id="matrix"
      title={t('chart.matrix.title')}
      subtitle={t('chart.matrix.sub')}
      help={t('chart.matrix.help')}
      rows={rows}
      onRowClick={drill}
      legend={[{ label: t('col.share'), color: '#e02e24' }]}
      columns={[
        { key: 'reason', title: t('col.reason'), value: (r) => r.reasonName },
        { key: 'finding', title: t('col.finding'), value: (r) => r.findingName },
        { key: 'units', title: t('col.units'), value: (r) => r.units, align: 'right' },
        { key: 'share', title: t('col.share'), value: (r) => formatPercent(r.share, lang), align: 'right' },
      ]}
      chart={
        <div style={{ overflowX: 'auto' }}>
          <svg
            className="recharts-surface"
            width="100%"
            style={{ maxWidth: width, display: 'block' }}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={t('chart.matrix.title')}
          >
            {findings.map((f, i) => (
              <text
                key={f}
                transform={`translate(${labelWidth + i * cellW + cellW / 2}, ${headerH - 8}) rotate(-40)`}
                fontSize={11}
                fill="#595959"
              >
                {series.label(f)}
              </text>
            ))}
            <text x={labelWidth + findings.length * cellW + 8} y={headerH - 8} fontSize={11} fill="#595959">
              {t('col.total')}
            </text>
            {reasons.map((reason, r) => {
              const y = headerH + r * cellH;
              const rowTotal = data.matrix.reasonTotals.find((x) => x.reason === reason)?.units ?? 0;
              return (
                <g key={reason}>
                  <text x={labelWidth - 8} y={y + cellH / 2 + 4} fontSize={12} textAnchor="end" fill="#262626">
                    {t(`reason.${reason}`)}
                  </text>
                  {findings.map((f, i) => {
                    const cell = cellOf.get(`${reason}|${f}`);
                    const x = labelWidth + i * cellW;
                    const alpha = cell ? 0.08 + 0.85 * (cell.shareOfReason / maxShare) : 0;
                    return (
                      <g
                        key={f}
                        style={{ cursor: cell ? 'pointer' : 'default' }}
                        data-testid={cell ? `matrix-cell-${reason}-${f}` : undefined}
                        onClick={() =>
                          cell &&
                          drill({
                            reason,
                            reasonName: t(`reason.${reason}`),
                            finding: f,
                            findingName: series.label(f),
                            units: cell.units,
                            share: cell.shareOfReason,
                          })
                        }
                      >
                        <rect
                          x={x + 1}
                          y={y + 1}
                          width={cellW - 2}
                          height={cellH - 2}
                          rx={3}
                          fill={cell ? `rgba(224,46,36,${alpha.toFixed(3)})` : '#fafafa'}
                        />
                        {cell && (
                          <>
                            <text x={x + cellW / 2} y={y + 14} fontSize={11} textAnchor="middle" fill={alpha > 0.55 ? '#fff' : '#262626'}>
                              {cell.units}
                            </text>
                            <text x={x + cellW / 2} y={y + 27} fontSize={10} textAnchor="middle" fill={alpha > 0.55 ? '#fff' : '#8c8c8c'}>
                              {formatPercent(cell.shareOfReason, lang, 0)}
                            </text>
                          </>
                        )}
                      </g>
                    );
                  })}
                  <text x={labelWidth + findings.length * cellW + 8} y={y + cellH / 2 + 4} fontSize={12} fill="#262626">
                    {rowTotal}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      }
    />
  );
};
