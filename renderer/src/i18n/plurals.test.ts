import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { builtinPresets, presetDisplayName } from '../../../shared/domain/import-presets';
import { commonLocale } from './common.locale';
import { featureLocales } from './feature-locales';
import { formatList } from './format';

const bundles = { common: commonLocale, ...featureLocales };

/** Every string of a language as [namespace:key.path, text]. */
const leaves = (language: 'zh-CN' | 'en-US'): [string, string][] => {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path.endsWith(':') ? `${path}${k}` : `${path}.${k}`);
  };
  for (const [ns, bundle] of Object.entries(bundles)) walk(bundle[language], `${ns}:`);
  return out;
};

const i18nIn = async (lng: string) => {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: Object.fromEntries(
      ['zh-CN', 'en-US'].map((l) => [l, Object.fromEntries(Object.entries(bundles).map(([ns, b]) => [ns, b[l as 'zh-CN']]))]),
    ),
    interpolation: { escapeValue: false },
  });
  return i18n;
};

/** Texts whose words do not change with the number: unit abbreviations ("1 d", "3 d") and a count in brackets. */
const sameForEveryCount = new Set([
  // A count in brackets after a title: "Earlier records (1)".
  'causes:card.history',
  'cases:deadline.d',
  'cases:deadline.h',
  'cases:deadline.m',
  'clocks:d',
  'clocks:h',
  'clocks:m',
  // The desk's countdown units and counters read the same for 1 and for 2 ("1 h", "2 overdue", "3 assigned").
  'desk:unit.d',
  'desk:unit.h',
  'desk:unit.m',
  'desk:unit.s',
  'desk:assign.bulk',
  'desk:assign.done',
  'desk:counter.overdue',
  'desk:counter.dueSoon',
  'desk:settings.hours',
  'imports:rejects.title',
  'scan:inProgress.title',
  'orders:countCapped',
]);

describe('counts are worded with the language’s plural rules', () => {
  it('every English text with a {{count}} has its singular form (key_one)', () => {
    const english = new Map(leaves('en-US'));
    const missing = [...english.keys()].filter(
      (key) =>
        !/_(one|other)$/.test(key) && !sameForEveryCount.has(key) && english.get(key)?.includes('{{count}}') && !english.has(`${key}_one`),
    );
    expect(missing).toEqual([]);
  });

  it('no English text counts with “(s)”, and none lists with the Chinese 、', () => {
    expect(leaves('en-US').filter(([, text]) => text.includes('(s)') || text.includes('、'))).toEqual([]);
  });

  it('“1 case”, “2 cases” in English; “共 1 条” in Chinese', async () => {
    const en = await i18nIn('en-US');
    expect(en.t('cases:count', { count: 1 })).toBe('1 case');
    expect(en.t('cases:count', { count: 2 })).toBe('2 cases');
    expect(en.t('cases:detail.photos', { count: 1 })).toBe('1 photo');
    expect(en.t('export:done', { count: 1 })).toBe('Exported 1 row');
    expect(en.t('analytics:drill.total', { count: 1 })).toBe('1 case');
    const zh = await i18nIn('zh-CN');
    expect(zh.t('cases:count', { count: 1 })).toBe('共 1 条');
  });
});

describe('lists and built-in names in the reader’s language', () => {
  it('a list is written 、 in Chinese and with commas in English', () => {
    expect(formatList(['等级', '责任方'], 'zh-CN')).toBe('等级、责任方');
    expect(formatList(['grade', 'fault'], 'en-US')).toBe('grade, fault');
  });

  it('a built-in import preset is named in one language; a saved one as typed', () => {
    for (const preset of builtinPresets) {
      const zh = presetDisplayName(preset, 'zh-CN');
      const en = presetDisplayName(preset, 'en-US');
      expect(zh).toMatch(/^[^A-Za-z]+$/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(presetDisplayName({ id: '01J0SAVED', name: '我的 Layout' }, 'en-US')).toBe('我的 Layout');
  });
});
