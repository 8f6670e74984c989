import type { CauseType } from '../../../../shared/contract/causes.contract';
import { causeGroups } from '../../../../shared/domain/causes';

/** The picker's options: causes under their group's heading, in the owner's order, named in the reader's language. */
export const groupedCauseOptions = (causes: readonly CauseType[], lang: string, groupLabel: (group: string) => string) =>
  causeGroups
    .map((group) => ({
      label: groupLabel(group),
      title: group,
      options: causes.filter((c) => c.group === group).map((c) => ({ value: c.id, label: causeName(c, lang) })),
    }))
    .filter((g) => g.options.length > 0);

export const causeName = (c: { nameZh: string; nameEn: string }, lang: string): string => (lang.startsWith('zh') ? c.nameZh : c.nameEn);
