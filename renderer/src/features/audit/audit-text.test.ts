import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../../shared/contract/audit.contract';
import { commonLocale } from '../../i18n/common.locale';
import { featureLocales } from '../../i18n/feature-locales';
import { languages, type Language } from '../../i18n/types';
import { auditSentence } from './audit-text';

const translator = async (language: Language): Promise<TFunction> => {
  const namespaces = { common: commonLocale, ...featureLocales };
  return i18next.createInstance().init({
    lng: language,
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    resources: Object.fromEntries(
      languages.map((lng) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, bundle]) => [ns, bundle[lng]]))]),
    ),
    interpolation: { escapeValue: false },
  });
};

const ulid = '01JF3Z8K9XQ2V7M4N5P6R7S8T9';
const entry = (e: Partial<AuditEntryView> & Pick<AuditEntryView, 'entity' | 'action'>): AuditEntryView => ({
  seq: 1,
  at: 1796659911622,
  userId: ulid,
  userName: '王芳',
  method: 'cases.update',
  entityId: ulid,
  before: null,
  after: null,
  ...e,
});

/** What the log wrote for real (the handlers' `ctx.audit` calls), and what must never reach a reader. */
const samples: AuditEntryView[] = [
  entry({
    entity: 'case',
    action: 'mark_responded',
    before: { respondedAt: null },
    after: { respondedAt: 1796659911622, by: 'first_outbound_message' },
  }),
  entry({
    entity: 'case',
    action: 'update',
    before: {
      caseNumber: 'R2611300001',
      status: 'pending_merchant',
      resolution: null,
      assigneeId: null,
      dispute: false,
      respondedAt: null,
    },
    after: {
      caseNumber: 'R2611300001',
      status: 'awaiting_buyer',
      resolution: '已补发',
      assigneeId: ulid,
      dispute: true,
      respondedAt: 1796659911622,
    },
  }),
  entry({
    entity: 'inspection',
    action: 'complete',
    after: {
      id: ulid,
      caseId: ulid,
      state: 'completed',
      grade: 'D',
      claimMatch: 'no',
      fault: 'supplier',
      disposition: 'return_to_supplier',
      defects: [{ id: ulid, code: 'SEAM_OPEN' }],
      suggestion: { outcome: 'reject_with_evidence', refundFen: 0 },
    },
  }),
  entry({
    entity: 'case',
    action: 'inspected',
    before: { status: 'received', suggestedOutcome: null },
    after: { status: 'inspected', suggestedOutcome: 'reject_with_evidence', suggestedRefundFen: 12345, inspectionId: ulid },
  }),
  entry({
    entity: 'settings',
    action: 'update_policy',
    before: { responseHours: 48, refundHours: 48 },
    after: { responseHours: 24, refundHours: 48 },
  }),
  entry({ entity: 'backup', action: 'restore', after: { restored: ulid, undo: ulid } }),
  entry({ entity: 'skus', action: 'skus.bulkThing', after: { ids: [ulid] } }),
];

const names = new Map([[ulid, '李客服']]);

describe('the audit log reads as sentences', () => {
  let zh: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    zh = await translator('zh-CN');
    en = await translator('en-US');
  });

  it('words a status change with the labels every screen uses, times as dates, people by name', () => {
    const [responded, updated] = samples.map((e) => auditSentence(e, { t: zh, language: 'zh-CN', userNames: names }));
    expect(responded).toBe('王芳 将售后单标记为已回复：回复时间设为 2026-12-08 00:11');
    expect(updated).toBe(
      '王芳 修改了售后单 R2611300001：将状态从 待商家处理 改为 待买家处理；处理结果设为 已补发；负责人设为 李客服；将纠纷从 否 改为 是；回复时间设为 2026-12-08 00:11',
    );
    expect(auditSentence(samples[4] as AuditEntryView, { t: en, language: 'en-US' })).toBe(
      '王芳 changed the deadlines: merchant response time from 48 hours to 24 hours',
    );
    const numbered = {
      ...(samples[0] as AuditEntryView),
      before: { caseNumber: 'R1', respondedAt: null },
      after: { caseNumber: 'R1', respondedAt: 1796659911622 },
    };
    expect(auditSentence(numbered, { t: zh, language: 'zh-CN' })).toBe('王芳 将售后单 R1 标记为已回复：回复时间设为 2026-12-08 00:11');
    expect(auditSentence(samples[0] as AuditEntryView, { t: en, language: 'en-US' })).toBe(
      '王芳 marked the case as responded: responded set to 2026-12-08 00:11',
    );
  });

  it('words the return-law entries: a product’s rule and a case’s freight (law feature)', () => {
    const rule = entry({
      entity: 'product',
      action: 'set_return_rule',
      method: 'law.setProductRule',
      before: { name: '智利车厘子 2斤装', returnException: null, durable: false },
      after: { name: '智利车厘子 2斤装', returnException: 'perishable', durable: false },
    });
    expect(auditSentence(rule, { t: zh, language: 'zh-CN' })).toBe(
      '王芳 设置了商品退货规则 智利车厘子 2斤装：不支持无理由退货设为 生鲜商品',
    );
    expect(auditSentence(rule, { t: en, language: 'en-US' })).toBe(
      '王芳 set the return rules of product 智利车厘子 2斤装: no-reason return exception set to fresh goods',
    );
    const freight = entry({
      entity: 'case',
      action: 'record_freight',
      method: 'law.recordFreight',
      before: { caseNumber: 'R1', freightPayer: null, freightAmountFen: null },
      after: { caseNumber: 'R1', freightPayer: 'merchant', freightAmountFen: 1200 },
    });
    expect(auditSentence(freight, { t: zh, language: 'zh-CN' })).toBe('王芳 记录了退货运费 R1：运费承担方设为 商家；退货运费设为 ¥12.00');
  });

  it('words the escalation entries: the level, the reason and the platform’s decision (escalation feature)', () => {
    const escalate = entry({
      entity: 'case',
      action: 'escalate_to_owner',
      method: 'escalation.toOwner',
      before: { caseNumber: 'E1', escalationLevel: 'agent' },
      after: { caseNumber: 'E1', escalationLevel: 'owner', escalationReason: 'no_agreement', note: null },
    });
    expect(auditSentence(escalate, { t: zh, language: 'zh-CN' })).toBe(
      '王芳 把售后单 E1 升级给店主：将升级进度从 客服处理中 改为 已升级给店主；升级原因：协商不成',
    );
    expect(auditSentence(escalate, { t: en, language: 'en-US' })).toBe(
      '王芳 escalated case E1 to the owner: escalation from With the service desk to Escalated to the owner; escalation reason: No agreement reached',
    );
    const decide = entry({
      entity: 'case',
      action: 'intervention_decide',
      method: 'escalation.recordDecision',
      before: { caseNumber: 'E1', escalationLevel: 'platform' },
      after: { caseNumber: 'E1', escalationLevel: 'decided', decision: 'split', amountFen: 1500 },
    });
    expect(auditSentence(decide, { t: zh, language: 'zh-CN' })).toBe(
      '王芳 登记了售后单 E1 的平台判定：将升级进度从 平台介入中 改为 平台已判定；平台判定：双方分担；金额：¥15.00',
    );
  });

  it.each(languages)('%s: never a field name, a code, an id, an epoch number or JSON', (language) => {
    const t = language === 'zh-CN' ? zh : en;
    for (const e of samples) {
      const text = auditSentence(e, { t, language });
      expect(text, text).not.toMatch(
        /respondedAt|first_outbound_message|pending_merchant|reject_with_evidence|return_to_supplier|update_policy|bulkThing|skus\./,
      );
      expect(text, text).not.toContain(ulid);
      expect(text, text).not.toMatch(/\d{12,}|[{}[\]"]/);
      // 王芳 and 已补发 are data (a name, a resolution typed by a person): they stay as entered.
      if (language === 'en-US') expect(text.replace('王芳', '').replace('已补发', ''), text).not.toMatch(/[\u4e00-\u9fff]/);
      else expect(text, text).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    }
  });
});
