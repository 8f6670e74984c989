import { dayMs, hourMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';
import { rawQuery } from '../db/raw-sql';

/**
 * Root causes on the demo's finished cases and a handful of corrective actions (issue 16, item 5). About four in
 * five finished cases get a cause, picked from the buyer's reason and the case id (deterministic, set-based):
 * a quality claim is mostly a product defect, sometimes misuse or suspected abuse; a size claim mostly the size
 * chart; a 7-day return mostly a change of mind. Disputed cases lean to abuse and slow service, as they do in life.
 */
export const seedRootCauses = (db: Sqlite, until: number, people: { ownerId: string; serviceId: string }): void => {
  db.prepare(
    `INSERT INTO case_root_causes (id, case_id, cause_id, note, recorded_by, recorded_at)
     SELECT id || 'K', id,
       CASE
         WHEN dispute = 1 AND h % 3 = 0 THEN 'rc_suspected_abuse'
         WHEN dispute = 1 AND h % 3 = 1 THEN 'rc_slow_service'
         WHEN reason_category = 'quality' THEN CASE WHEN h % 10 < 7 THEN 'rc_product_defect' WHEN h % 10 < 9 THEN 'rc_buyer_misuse' ELSE 'rc_suspected_abuse' END
         WHEN reason_category = 'not_as_described' THEN CASE WHEN h % 4 = 0 THEN 'rc_policy_misunderstanding' ELSE 'rc_not_as_described' END
         WHEN reason_category = 'wrong_size' THEN CASE WHEN h % 3 = 0 THEN 'rc_buyer_changed_mind' ELSE 'rc_size_chart' END
         WHEN reason_category IN ('missing_parts', 'wrong_item') THEN 'rc_wrong_item'
         WHEN reason_category = 'transit_damage' THEN CASE WHEN h % 5 = 0 THEN 'rc_logistics_delay' ELSE 'rc_packaging_damage' END
         WHEN reason_category = 'no_reason_7day' THEN CASE WHEN h % 5 = 0 THEN 'rc_size_chart' ELSE 'rc_buyer_changed_mind' END
         ELSE 'rc_other'
       END,
       NULL, @serviceId, resolved_at + 2 * @hour
     FROM (SELECT *, unicode(substr(id, -1)) + 7 * unicode(substr(id, -2, 1)) AS h FROM after_sales_cases
           WHERE source = 'seed' AND voided_at IS NULL AND status IN ('succeeded', 'closed') AND resolved_at IS NOT NULL)
     WHERE h % 5 <> 0`,
  ).run({ serviceId: people.serviceId, hour: hourMs });

  // Actions against the suppliers behind the most product-defect causes, in every state the list shows.
  const suppliers = rawQuery<{ supplier_id: string; sku_id: string }>(
    db,
    `SELECT coalesce(lt.supplier_id, k.supplier_id, p.supplier_id) AS supplier_id, min(l.sku_id) AS sku_id
     FROM case_root_causes rc JOIN after_sales_cases c ON c.id = rc.case_id
     JOIN order_lines l ON l.id = coalesce(c.order_line_id, (SELECT min(id) FROM order_lines WHERE order_id = c.order_id))
     JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id LEFT JOIN lots lt ON lt.id = l.lot_id
     WHERE rc.cause_id = 'rc_product_defect' AND coalesce(lt.supplier_id, k.supplier_id, p.supplier_id) IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`,
    { cache: false },
  ).all();
  const insert = db.prepare(
    `INSERT INTO corrective_actions (id, what, owner_id, due_at, cause_id, sku_id, supplier_id, process, status, outcome, closed_by, closed_at,
       created_by, created_at, updated_at)
     VALUES (@id, @what, @owner, @due, @cause, @sku, @supplier, @process, @status, @outcome, @closedBy, @closedAt, @ownerId, @created, @created)`,
  );
  interface Plan {
    what: string;
    cause: string;
    /** Index into the suppliers above; -1 for an action about a process. */
    s: number;
    /** Due, in days from `until` (negative: in the past). */
    due: number;
    status: 'open' | 'done' | 'dropped';
    process?: string;
    outcome?: string;
    /** Owned by the service agent (else the owner). */
    byService?: boolean;
  }
  const plans: Plan[] = [
    { what: '要求供应商对领口和袖口缝线加固，并提供下一批次的出厂检验报告', cause: 'rc_product_defect', s: 0, due: 10, status: 'open' },
    { what: '对该供应商下一批到货做加严抽检（AQL 1.0）', cause: 'rc_product_defect', s: 1, due: -3, status: 'open' },
    { what: '约供应商视频沟通面料起球问题，确认改用新面料的时间', cause: 'rc_product_defect', s: 2, due: -8, status: 'open' },
    {
      what: '把退回的次品整理成清单发给供应商，按合同扣款',
      cause: 'rc_product_defect',
      s: 0,
      due: -20,
      status: 'done',
      outcome: '已发清单，供应商同意本月货款扣减',
    },
    {
      what: '详情页尺码表按实测重新标注，并加上“偏小一码”提示',
      cause: 'rc_size_chart',
      s: -1,
      due: 5,
      status: 'open',
      process: '商品详情页',
      byService: true,
    },
    {
      what: '易碎款改用加厚纸箱和气泡袋',
      cause: 'rc_packaging_damage',
      s: -1,
      due: -15,
      status: 'done',
      process: '仓库打包',
      outcome: '已换加厚纸箱，破损投诉明显减少',
    },
    {
      what: '更换合作快递',
      cause: 'rc_logistics_delay',
      s: -1,
      due: -10,
      status: 'dropped',
      process: '物流',
      outcome: '对比报价后暂不更换，先与现快递约定时效',
    },
    {
      what: '客服排班增加晚间时段，首次回复控制在 2 小时内',
      cause: 'rc_slow_service',
      s: -1,
      due: -2,
      status: 'open',
      process: '客服排班',
      byService: true,
    },
  ];
  plans.forEach((plan, i) => {
    const target = plan.s >= 0 ? suppliers[plan.s] : undefined;
    if (plan.s >= 0 && !target) return;
    const created = until - (30 - i) * dayMs;
    const closed = plan.status === 'open' ? null : until + (plan.due - 1) * dayMs;
    insert.run({
      id: `seed-action-${String(i + 1).padStart(2, '0')}`,
      what: plan.what,
      owner: plan.byService ? people.serviceId : people.ownerId,
      due: until + plan.due * dayMs,
      cause: plan.cause,
      sku: target?.sku_id ?? null,
      supplier: target?.supplier_id ?? null,
      process: plan.process ?? null,
      status: plan.status,
      outcome: plan.outcome ?? null,
      closedBy: closed === null ? null : people.ownerId,
      closedAt: closed,
      ownerId: people.ownerId,
      created,
    });
  });
};
