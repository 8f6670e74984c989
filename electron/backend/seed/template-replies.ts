import type { CaseType } from '../../../shared/domain/aftersales';
import { fillTemplate, placeholderValuesOf, unfilledPlaceholders } from '../../../shared/domain/reply-templates';
import type { Sqlite } from '../db/connection';
import { all, sql$ } from '../db/query';
import type { Rng } from './prng';

/**
 * Replies made from the shipped templates, for the demo data (issue 16, items 2 and 7): most agents start from a
 * template and add a sentence of their own; a few send it as it is. Only templates the case can fill completely are
 * used, as the composer would refuse the others.
 */
const ownWords = ['有任何问题随时找我。', '这件事我会一直跟进。', '再次感谢您的耐心。', '给您添麻烦了，我们会尽快处理。'];

export interface TemplateReply {
  templateId: string;
  text: string;
}

export interface ReplyFacts {
  productName: string;
  type: CaseType;
  refundFen: number;
  deadlineAt: number | null;
}

/**
 * Reads the active templates once; answers a reply for a case (about 7 replies in 10), or null for one typed from
 * scratch or when no template fills completely. Its own random stream, so the rest of the seed stays as it was.
 */
export const createTemplateReplies = (db: Sqlite, rng: Rng) => {
  const templates = all(db, sql$.selectFrom('reply_templates').select(['id', 'body_zh']).where('active', '=', 1).orderBy('id'));
  return (facts: ReplyFacts): TemplateReply | null => {
    if (templates.length === 0 || !rng.chance(0.7)) return null;
    const values = placeholderValuesOf(facts);
    const start = rng.int(0, templates.length - 1);
    for (let i = 0; i < templates.length; i += 1) {
      const template = templates[(start + i) % templates.length]!;
      const filled = fillTemplate(template.body_zh, values);
      if (unfilledPlaceholders(filled).length > 0) continue;
      return { templateId: template.id, text: rng.chance(0.8) ? `${filled}${rng.pick(ownWords)}` : filled };
    }
    return null;
  };
};
