import type { PackSection } from '../pack-document';
import { escalationSection } from './escalation';
import { filesSection } from './files';
import { headerSection } from './header';
import { inspectionSection } from './inspection';
import { logisticsSection } from './logistics';
import { orderSection } from './order';
import { photoNoteSection } from './photo-note';
import { receiptSection } from './receipt';
import { remediesSection } from './remedies';
import { timelineSection } from './timeline';
import { verdictSection } from './verdict';

/**
 * The pack, in print order. Each section reads the loaded case (pack-data.ts) and draws on the document; a new
 * part of the case (message attachments, the platform's intervention) is one more file and one more line here.
 */
export const packSections: readonly PackSection[] = [
  headerSection,
  orderSection,
  verdictSection,
  timelineSection,
  receiptSection,
  inspectionSection,
  remediesSection,
  logisticsSection,
  escalationSection,
  filesSection,
  photoNoteSection,
];
