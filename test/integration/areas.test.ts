import { describe, expect, it } from 'vitest';
import { orderReaderRoles } from '../../shared/contract/orders.contract';
import { roles } from '../../shared/domain/roles';
import { areaList, homePath } from '../../renderer/src/shell/area-list';
import { commonLocale } from '../../renderer/src/i18n/common.locale';
import { languages } from '../../renderer/src/i18n/types';
import { screenAreas, screenTitles } from '../support/screens.areas';

/**
 * The navigation's areas, their labels in both languages and the screens test agree: an area added to the
 * navigation without a label, or without a place in test/e2e/screens.e2e.ts, fails here.
 */
const areaKeys = areaList.map((area) => area.key);
const cjk = /[\u4e00-\u9fff]/;

describe('areas, their navigation labels and the screens test agree', () => {
  it('the screens test visits every area of the navigation, and only those', () => {
    expect([...screenAreas].sort()).toEqual([...areaKeys].sort());
  });

  it.each(languages)('every area has a navigation label in %s, the title the screens test expects', (language) => {
    const nav = commonLocale[language].nav as Record<string, string>;
    expect(Object.keys(nav).sort()).toEqual([...areaKeys].sort());
    for (const key of areaKeys) {
      expect(nav[key], `common:nav.${key} (${language})`).toBe(screenTitles[language][key]);
      // A label left in the other language is the commonest slip when an area is added.
      expect(cjk.test(nav[key] ?? ''), `common:nav.${key} (${language}): ${nav[key]}`).toBe(language === 'zh-CN');
    }
  });

  it('each area has its own route, and every role lands on an area it may see', () => {
    for (const area of areaList) expect(area.path).toBe(`/${area.key}`);
    for (const role of roles) {
      const home = areaList.find((area) => area.path === homePath(role));
      expect(home?.roles, `home of ${role}`).toContain(role);
    }
  });

  it('the orders area is shown to exactly the roles orders.list answers', () => {
    expect([...(areaList.find((area) => area.key === 'orders')?.roles ?? [])].sort()).toEqual([...orderReaderRoles].sort());
  });
});
