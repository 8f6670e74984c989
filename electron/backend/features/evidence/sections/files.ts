import { chinaTime, heading, paragraph, printable, type PackSection } from '../pack-document';
import { fill } from '../pack-words';

const sizeText = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * The conversation record's files (chat screenshots, courier proof, the buyer's photos, PDFs), by name with their
 * SHA-256, so the platform can ask for any original and check it is the same file. Images among them are also
 * printed with the case's photos.
 */
export const filesSection: PackSection = (pack) => {
  const { data, words } = pack;
  const w = words.files;
  heading(pack, words.section.files);
  if (data.files.length === 0) {
    paragraph(pack, w.empty, { muted: true });
    return;
  }
  for (const f of data.files) {
    paragraph(
      pack,
      fill(w.line, {
        name: printable(f.fileName),
        kind: w.kind[f.mime],
        size: sizeText(f.sizeBytes),
        time: chinaTime(f.addedAt),
        who: f.addedByName ?? words.system,
      }),
    );
    paragraph(
      pack,
      [f.messageAt !== null ? fill(w.onMessage, { time: chinaTime(f.messageAt) }) : null, fill(words.photoHash, { hash: f.sha256 })]
        .filter(Boolean)
        .join('\n'),
      { muted: true, size: 8 },
    );
  }
};
