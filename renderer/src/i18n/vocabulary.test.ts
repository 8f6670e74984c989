import { describe, expect, it } from 'vitest';
import { domainLabels } from '../../../shared/domain/labels';
import { casesLocale } from '../features/cases/cases.locale';
import { scanLocale } from '../features/scan/scan.locale';
import { commonLocale } from './common.locale';
import { featureLocales } from './feature-locales';
import { languages } from './types';

/** The word each concept uses, and the synonyms that once said the same thing on another screen. */
const oneTermPerConcept = [
  { concept: 'inspection', term: '质检', synonyms: ['验货'] },
  { concept: 'defect', term: '缺陷', synonyms: ['瑕疵'] },
  { concept: 'claim confirmed', term: '属实', synonyms: ['相符'] },
  { concept: 'grade', term: '等级', synonyms: ['成色'] },
  { concept: 'disposition', term: '处置', synonyms: ['处理方式'] },
  { concept: 'reject with evidence', term: '举证拒绝', synonyms: ['拒绝退款'] },
];

const chineseTexts = (): [string, string][] => {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const [ns, bundle] of Object.entries({ common: commonLocale, ...featureLocales })) walk(bundle['zh-CN'], ns);
  walk(domainLabels['zh-CN'], 'labels');
  return out;
};

describe('one vocabulary across screens', () => {
  it.each(oneTermPerConcept)('“$concept” is $term everywhere, never $synonyms', ({ synonyms }) => {
    const offenders = chineseTexts().filter(([, text]) => synonyms.some((s) => text.includes(s)));
    expect(offenders).toEqual([]);
  });

  it.each(languages)('%s: the scan page and the case drawer show the same label for every value', (language) => {
    const labels = domainLabels[language];
    const scan = (scanLocale[language] as { enum: Record<string, unknown> }).enum;
    const cases = casesLocale[language];
    expect(scan.caseType).toEqual(labels.caseType);
    expect(scan.status).toEqual(labels.caseStatus);
    expect(scan.reason).toEqual(labels.reason);
    expect(cases.type).toEqual(labels.caseType);
    expect(cases.status).toEqual(labels.caseStatus);
    for (const concept of ['claimMatch', 'fault', 'disposition', 'defectClass'] as const) {
      expect(scan[concept], concept).toEqual(labels[concept]);
      expect(cases[concept], concept).toEqual(labels[concept]);
    }
  });
});
