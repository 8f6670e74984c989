import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorReasonKeys, errorReasons } from '../../../shared/contract/error-reasons';
import { errorCodes, type ApiErrorBody } from '../../../shared/contract/errors';
import { ApiCallError } from '../api/api-error';
import { commonLocale } from '../i18n/common.locale';
import { featureLocales } from '../i18n/feature-locales';
import { languages, type Language } from '../i18n/types';
import { formatError } from './error-text';
import { errorsLocale } from './errors.locale';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const strings = (language: Language) => errorsLocale[language] as { reason: Record<string, string>; field: Record<string, string> };

/** The same i18next setup as the app (i18n/index.ts), without the page's storage. */
const translator = async (language: Language): Promise<TFunction> => {
  const instance = i18next.createInstance();
  const namespaces = { common: commonLocale, ...featureLocales };
  return instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    resources: Object.fromEntries(
      languages.map((lng) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, bundle]) => [ns, bundle[lng]]))]),
    ),
    interpolation: { escapeValue: false },
  });
};

const answer = (body: Omit<ApiErrorBody, 'message'> & { message?: string }) =>
  new ApiCallError({ message: 'English text from the backend that must never be shown', ...body });

describe('the error reasons in both languages', () => {
  it.each(languages)('%s words every reason of the catalogue, with exactly its parameters', (language) => {
    const reasons = strings(language).reason;
    // `<reason>_one` is the singular of a reason counted by `count`: same parameters, picked by i18next.
    const singulars = Object.keys(reasons).filter((key) => key.endsWith('_one'));
    expect(
      Object.keys(reasons)
        .filter((key) => !singulars.includes(key))
        .sort(),
    ).toEqual([...errorReasonKeys].sort());
    for (const singular of singulars) {
      const reason = singular.slice(0, -'_one'.length) as (typeof errorReasonKeys)[number];
      expect(errorReasons[reason], singular).toContain('count');
      expect(placeholders(reasons[singular] ?? ''), singular).toEqual([...new Set<string>(errorReasons[reason])].sort());
    }
    for (const reason of errorReasonKeys) {
      const text = reasons[reason] ?? '';
      expect(text.trim(), reason).not.toBe('');
      expect(placeholders(text), reason).toEqual([...new Set<string>(errorReasons[reason])].sort());
    }
  });

  it('the Chinese sentences are Chinese, and both languages know the same fields, choices and encodings', () => {
    for (const reason of errorReasonKeys) expect(strings('zh-CN').reason[reason], reason).toMatch(/[\u4e00-\u9fff]/);
    const zh = errorsLocale['zh-CN'];
    const en = errorsLocale['en-US'];
    for (const part of ['field', 'choice', 'encoding', 'role'])
      expect(Object.keys(en[part] as object).sort(), part).toEqual(Object.keys(zh[part] as object).sort());
  });

  it.each(languages)('%s has a generic sentence for every error code', (language) => {
    const codes = (commonLocale[language] as { error: Record<string, string> }).error;
    for (const code of errorCodes) expect(codes[code]?.trim(), code).toBeTruthy();
  });
});

describe('formatError', () => {
  it('words a reason and its parameters in the reader’s language, never the backend’s message', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en-US');
    const locked = answer({ code: 'FORBIDDEN', reason: 'login_locked', params: { seconds: 59 } });
    expect(formatError(locked, zh, 'zh-CN')).toBe('PIN 码输错次数太多，请 59 秒后再试。');
    expect(formatError(locked, en, 'en-US')).toBe('Too many wrong PINs. Try again in 59 s.');
    const junk = answer({ code: 'VALIDATION', reason: 'file_not_table', params: { file: 'junk.png' } });
    expect(formatError(junk, zh, 'zh-CN')).toBe('“junk.png”不是 CSV 或 XLSX 表格，请选择从拼多多后台导出的文件。');
    for (const t of [zh, en]) expect(formatError(junk, t)).not.toContain('English text');
  });

  it('words known vocabulary in parameters: roles, fields (zod paths and columns), choices as a list', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en-US');
    expect(formatError(answer({ code: 'FORBIDDEN', reason: 'role_forbidden', params: { role: 'inspector' } }), zh)).toBe(
      '质检员没有权限做这个操作，请找店主处理。',
    );
    expect(formatError(answer({ code: 'VALIDATION', reason: 'invalid_input', params: { field: 'lines.0.skuCode' } }), zh)).toBe(
      '“商家编码”填写得不对，请检查后再试。',
    );
    expect(formatError(answer({ code: 'CONFLICT', reason: 'duplicate_record', params: { field: 'order_number' } }), zh)).toBe(
      '已经有相同“订单号”的记录了，请换一个。',
    );
    const choices = answer({ code: 'VALIDATION', reason: 'inspection_choices_missing', params: { choices: ['grade', 'fault'] } });
    expect(formatError(choices, zh)).toBe('完成质检前，请先选择：等级、责任方。');
    expect(formatError(choices, en, 'en-US')).toBe('Before completing, choose: grade, fault.');
    expect(formatError(answer({ code: 'VALIDATION', reason: 'export_too_many_rows', params: { max: 100000 } }), en, 'en-US')).toContain(
      '100,000 rows',
    );
  });

  it('falls back to the code’s sentence for an unknown field, an unknown reason or missing parameters', async () => {
    const zh = await translator('zh-CN');
    expect(formatError(answer({ code: 'VALIDATION', reason: 'invalid_input', params: { field: 'someInternalThing' } }), zh)).toBe(
      '输入的内容不符合要求，请检查后再试。',
    );
    expect(formatError(answer({ code: 'VALIDATION', reason: 'invalid_input', params: { field: '' } }), zh)).toBe(
      '输入的内容不符合要求，请检查后再试。',
    );
    expect(formatError(answer({ code: 'NOT_FOUND', reason: 'no_such_reason' as never }), zh)).toBe('找不到要操作的记录，请刷新后再试。');
    expect(formatError(answer({ code: 'FORBIDDEN', reason: 'login_locked' }), zh)).toBe('没有权限做这个操作。');
  });

  it('words anything that is not an answer of the service by one sentence (no browser English)', async () => {
    const zh = await translator('zh-CN');
    expect(formatError(new TypeError('Failed to fetch'), zh)).toBe('出了点问题，请重试；如果一直出现，请重启软件。');
    expect(formatError('boom', zh)).not.toContain('boom');
  });
});
