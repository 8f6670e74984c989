import { heading, paragraph, type PackSection } from '../pack-document';
import { photoGrid } from './photo-grid';

/** Photos added to the case itself (the buyer's, courier proof), then how any photo's original can be checked. */
export const photoNoteSection: PackSection = (pack) => {
  const { data, words } = pack;
  heading(pack, words.section.photoNote);
  photoGrid(
    pack,
    data.photos.filter((p) => p.ownerKind === 'case'),
  );
  paragraph(pack, words.photoNoteText, { muted: true });
};
