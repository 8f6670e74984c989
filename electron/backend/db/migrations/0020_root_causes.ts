import type { Migration } from './migration';

/** The owner-editable root-cause list this migration ships (frozen with it): fixed ids, the same on every PC. */
const defaultCauses: readonly [id: string, group: string, zh: string, en: string][] = [
  ['rc_product_defect', 'product', '产品质量问题', 'Product defect'],
  ['rc_not_as_described', 'listing', '与描述不符', 'Not as described'],
  ['rc_size_chart', 'listing', '尺码表有误', 'Wrong size chart'],
  ['rc_wrong_item', 'fulfilment', '仓库发错货', 'Warehouse error (wrong item)'],
  ['rc_packaging_damage', 'logistics', '包装或运输破损', 'Packaging / transit damage'],
  ['rc_logistics_delay', 'logistics', '物流延误', 'Logistics delay'],
  ['rc_buyer_changed_mind', 'buyer', '买家不想要了', 'Buyer changed mind'],
  ['rc_buyer_misuse', 'buyer', '买家使用不当', 'Buyer misuse'],
  ['rc_suspected_abuse', 'buyer', '疑似恶意售后', 'Suspected abuse'],
  ['rc_policy_misunderstanding', 'service', '买家误解售后规则', 'Policy misunderstanding'],
  ['rc_slow_service', 'service', '客服响应慢', 'Slow service'],
  ['rc_other', 'other', '其他', 'Other'],
];

/**
 * Root causes and corrective actions (issue 16, item 5). Nothing here is deleted: a cause type is deactivated, a
 * case's cause is replaced (the old row keeps who replaced it and when), an action is closed as done or dropped.
 */
export const rootCauses: Migration = {
  version: 20,
  name: 'root_causes',
  sql: /* sql */ `
CREATE TABLE root_causes (
  id TEXT PRIMARY KEY,
  cause_group TEXT NOT NULL CHECK (cause_group IN ('product','listing','fulfilment','logistics','buyer','service','other')),
  name_zh TEXT NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
  name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 60),
  sort_order INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE case_root_causes (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  cause_id TEXT NOT NULL REFERENCES root_causes(id),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  recorded_by TEXT REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  replaced_by TEXT REFERENCES users(id),
  replaced_at INTEGER
) STRICT;
-- One current cause per case; the analytics read the current ones by cause.
CREATE UNIQUE INDEX case_root_causes_current ON case_root_causes(case_id) WHERE replaced_at IS NULL;
CREATE INDEX case_root_causes_history ON case_root_causes(case_id, recorded_at);

CREATE TABLE corrective_actions (
  id TEXT PRIMARY KEY,
  what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
  owner_id TEXT NOT NULL REFERENCES users(id),
  due_at INTEGER NOT NULL,
  case_id TEXT REFERENCES after_sales_cases(id),
  cause_id TEXT REFERENCES root_causes(id),
  sku_id TEXT REFERENCES skus(id),
  supplier_id TEXT REFERENCES suppliers(id),
  lot_id TEXT REFERENCES lots(id),
  process TEXT CHECK (process IS NULL OR length(process) BETWEEN 1 AND 60),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
  outcome TEXT CHECK (outcome IS NULL OR length(outcome) BETWEEN 1 AND 1000),
  closed_by TEXT REFERENCES users(id),
  closed_at INTEGER,
  created_by TEXT REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK ((status = 'open') = (closed_at IS NULL)),
  CHECK (status = 'open' OR outcome IS NOT NULL)
) STRICT;
CREATE INDEX corrective_actions_open_due ON corrective_actions(due_at) WHERE status = 'open';
CREATE INDEX corrective_actions_supplier_open ON corrective_actions(supplier_id) WHERE status = 'open';
CREATE INDEX corrective_actions_case ON corrective_actions(case_id);
CREATE INDEX corrective_actions_owner ON corrective_actions(owner_id, status);
`,
  after: (db) => {
    const now = Date.now();
    const insert = db.prepare(
      `INSERT INTO root_causes (id, cause_group, name_zh, name_en, sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    defaultCauses.forEach(([id, group, zh, en], i) => insert.run(id, group, zh, en, (i + 1) * 10, now, now));
  },
};
