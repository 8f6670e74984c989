import { notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { exportMime } from '../../core/table-file';
import { buildQcVsReturns } from './qc-vs-returns';
import { resolvePeriod } from './scorecard-period';
import { scorecardPdf } from './scorecard-pdf';
import { scorecardWorkbook } from './scorecard-xlsx';
import { buildScorecard } from './supplier-scorecard';

const skuExists = (db: Parameters<typeof buildScorecard>[0], id: string) =>
  db.prepare('SELECT 1 FROM skus WHERE id = ?').get(id) !== undefined;

export const scorecardHandlers = defineHandlers({
  // One read transaction, so every figure of a scorecard sees the same snapshot even while an import commits.
  'scorecard.suppliers': (input, ctx) => ctx.db.transaction(() => buildScorecard(ctx.db, resolvePeriod(input.period, ctx.env.now())))(),

  'scorecard.qcVsReturns': (input, ctx) => {
    if (input.skuId !== undefined && !skuExists(ctx.db, input.skuId)) throw notFound('sku_not_found', {}, `No SKU ${input.skuId}`);
    return ctx.db.transaction(() => buildQcVsReturns(ctx.db, resolvePeriod(input.period, ctx.env.now()), input.skuId))();
  },

  'scorecard.exportXlsx': async (input, ctx) => {
    const card = ctx.db.transaction(() => buildScorecard(ctx.db, resolvePeriod(input.period, ctx.env.now())))();
    const body = await scorecardWorkbook(card, input.locale);
    return {
      fileName: `returnlens-supplier-scorecard-${card.from}_${card.to}.xlsx`,
      mime: exportMime.xlsx,
      base64: body.toString('base64'),
    };
  },

  'scorecard.exportPdf': async (input, ctx) => {
    const card = ctx.db.transaction(() => buildScorecard(ctx.db, resolvePeriod(input.period, ctx.env.now())))();
    if (!card.suppliers.some((s) => s.supplierId === input.supplierId)) {
      throw notFound('supplier_not_found', {}, `No supplier ${input.supplierId}`);
    }
    const body = await scorecardPdf(card, input.supplierId, input.locale, ctx.env.now());
    return {
      fileName: `returnlens-supplier-scorecard-${card.from}_${card.to}.pdf`,
      mime: 'application/pdf',
      base64: body.toString('base64'),
    };
  },
});
