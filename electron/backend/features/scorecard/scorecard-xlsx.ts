import type { Scorecard } from '../../../../shared/contract/scorecard.contract';
import { toXlsxBook, type ExportTable } from '../../core/table-file';
import { percent, scorecardWords, yuan, type FileLocale } from './scorecard-labels';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** All suppliers side by side, their trend by month and their supplier-fault Pareto: three sheets, one workbook. */
export const scorecardWorkbook = (card: Scorecard, locale: FileLocale): Promise<Buffer> => {
  const w = scorecardWords(locale);
  const keyLabel = new Map(card.keys.map((k) => [k.key, locale === 'zh-CN' ? k.label.zh : k.label.en]));
  const side: ExportTable = {
    sheetName: w.scorecardSheet,
    columns: [
      { key: 'supplier', header: w.supplier, width: 24 },
      { key: 'lotsReceived', header: w.lotsReceived },
      { key: 'lotsAccepted', header: w.lotsAccepted },
      { key: 'lotsRejected', header: w.lotsRejected },
      { key: 'lotsNotJudged', header: w.lotsNotJudged },
      { key: 'acceptanceRate', header: w.acceptanceRate },
      { key: 'sampledUnits', header: w.sampledUnits },
      { key: 'qcCritical', header: w.qcCritical },
      { key: 'qcMajor', header: w.qcMajor },
      { key: 'qcMinor', header: w.qcMinor },
      { key: 'qcTotal', header: w.qcTotal },
      { key: 'unitsSold', header: w.unitsSold },
      { key: 'labelledUnits', header: w.labelledUnits },
      { key: 'estimatedUnits', header: w.estimatedUnits },
      { key: 'noLotUnits', header: w.noLotUnits },
      { key: 'unitsReturned', header: w.unitsReturned },
      { key: 'returnRate', header: w.returnRate },
      { key: 'supplierFaultUnits', header: w.supplierFaultUnits },
      { key: 'costOfReturns', header: w.costOfReturns },
      { key: 'supplierFaultCost', header: w.supplierFaultCost },
      { key: 'openActions', header: w.openActions },
    ],
    rows: card.suppliers.map((s) => ({
      supplier: s.name,
      lotsReceived: s.lotsReceived,
      lotsAccepted: s.lotsAccepted,
      lotsRejected: s.lotsRejected,
      lotsNotJudged: s.lotsNotJudged,
      acceptanceRate: s.acceptanceRate === null ? w.notJudged : percent(s.acceptanceRate),
      sampledUnits: s.sampledUnits,
      qcCritical: s.qcPer100 ? round2(s.qcPer100.critical) : null,
      qcMajor: s.qcPer100 ? round2(s.qcPer100.major) : null,
      qcMinor: s.qcPer100 ? round2(s.qcPer100.minor) : null,
      qcTotal: s.qcPer100 ? round2(s.qcPer100.total) : null,
      unitsSold: s.unitsSold,
      labelledUnits: s.labelledUnits,
      estimatedUnits: s.estimatedUnits,
      noLotUnits: s.noLotUnits,
      unitsReturned: s.unitsReturned,
      returnRate: percent(s.returnRate),
      supplierFaultUnits: s.supplierFaultUnits,
      costOfReturns: yuan(s.costOfReturnsFen),
      supplierFaultCost: yuan(s.supplierFaultCostFen),
      openActions: s.openActions.source === 'recorded' ? s.openActions.count : w.notRecorded,
    })),
  };
  const trend: ExportTable = {
    sheetName: w.trendSheet,
    columns: [
      { key: 'supplier', header: w.supplier, width: 24 },
      { key: 'month', header: w.month, width: 10 },
      { key: 'unitsSold', header: w.unitsSold },
      { key: 'unitsReturned', header: w.unitsReturned },
      { key: 'returnRate', header: w.returnRate },
      { key: 'lotsReceived', header: w.lotsReceived },
      { key: 'sampledUnits', header: w.sampledUnits },
      { key: 'qcDefects', header: w.qcDefects },
      { key: 'qcPer100', header: w.qcTotal },
    ],
    rows: card.suppliers.flatMap((s) =>
      s.trend.map((m) => ({
        supplier: s.name,
        month: m.month,
        unitsSold: m.unitsSold,
        unitsReturned: m.unitsReturned,
        returnRate: percent(m.returnRate),
        lotsReceived: m.lotsReceived,
        sampledUnits: m.sampledUnits,
        qcDefects: m.qcDefects,
        qcPer100: m.qcPer100 === null ? null : round2(m.qcPer100),
      })),
    ),
  };
  const pareto: ExportTable = {
    sheetName: w.paretoSheet,
    columns: [
      { key: 'supplier', header: w.supplier, width: 24 },
      { key: 'defect', header: w.defectType, width: 20 },
      { key: 'units', header: w.units },
      { key: 'share', header: w.cumulativeShare },
    ],
    rows: card.suppliers.flatMap((s) =>
      s.pareto.map((p) => ({ supplier: s.name, defect: keyLabel.get(p.key) ?? p.key, units: p.units, share: percent(p.cumulativeShare) })),
    ),
  };
  return toXlsxBook([side, trend, pareto]);
};
