import type { Migration } from './migration';
import { defaultNeverSay, defaultReplyTemplates } from './0016_reply_templates.defaults';

/**
 * Reply templates and the "never say" list (issue 16, item 2). Owners edit and deactivate both; nothing is
 * deleted, so a logged message keeps the template it came from (`communications.template_id`). The defaults are
 * data of this migration (frozen with it): ids are fixed words, the same on every PC, so a later sync matches them.
 */
export const replyTemplates: Migration = {
  version: 16,
  name: 'reply_templates',
  sql: /* sql */ `
CREATE TABLE reply_templates (
  id TEXT PRIMARY KEY,
  situation TEXT NOT NULL CHECK (situation IN
    ('acknowledge','ask_details','offer_solution','progress','escalation','resolution','follow_up','feedback')),
  title_zh TEXT NOT NULL CHECK (length(title_zh) BETWEEN 1 AND 60),
  title_en TEXT NOT NULL CHECK (length(title_en) BETWEEN 1 AND 80),
  body_zh TEXT NOT NULL CHECK (length(body_zh) BETWEEN 1 AND 1000),
  gloss_en TEXT NOT NULL CHECK (length(gloss_en) <= 2000),
  sort_order INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX reply_templates_situation ON reply_templates(situation, sort_order);

CREATE TABLE never_say_phrases (
  id TEXT PRIMARY KEY,
  phrase TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(phrase) BETWEEN 1 AND 40),
  kind TEXT NOT NULL CHECK (kind IN ('blame','refusal','arguing')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

ALTER TABLE communications ADD COLUMN template_id TEXT REFERENCES reply_templates(id);
`,
  after: (db) => {
    const now = Date.now();
    const template = db.prepare(
      `INSERT INTO reply_templates (id, situation, title_zh, title_en, body_zh, gloss_en, sort_order, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    defaultReplyTemplates.forEach((t, i) =>
      template.run(t.id, t.situation, t.titleZh, t.titleEn, t.bodyZh, t.glossEn, (i + 1) * 10, now, now),
    );
    const phrase = db.prepare(`INSERT INTO never_say_phrases (id, phrase, kind, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`);
    defaultNeverSay.forEach((p, i) => phrase.run(`nsp_${String(i + 1).padStart(2, '0')}`, p.phrase, p.kind, now, now));
  },
};
