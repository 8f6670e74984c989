import { invalid } from '../../../../shared/contract/errors';
import { maxConversationFileBytes, sniffConversationMime, type ConversationMime } from '../../../../shared/domain/conversation';
import { checkedThumbnail } from '../attachments/attachment-files';

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Decodes and checks a file for the conversation record by its bytes: a program renamed ".pdf" is refused
 * whatever the name or the browser said. When the bytes are another allowed type than declared (a PNG saved as
 * .jpg), the bytes win: that is what the file is.
 */
export const checkedConversationFile = (
  dataBase64: string,
  fileName: string,
  thumbBase64: string | undefined,
): { bytes: Buffer; mime: ConversationMime; thumb: Buffer | null } => {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('conversation_file_empty', {}, 'The file is empty.', { field: 'dataBase64' });
  if (bytes.length > maxConversationFileBytes)
    throw invalid(
      'conversation_file_too_large',
      { size: megabytes(bytes.length), max: megabytes(maxConversationFileBytes) },
      `The file is ${megabytes(bytes.length)}; files may be at most ${megabytes(maxConversationFileBytes)}.`,
      { field: 'dataBase64', sizeBytes: bytes.length },
    );
  const mime = sniffConversationMime(bytes);
  if (!mime)
    throw invalid('conversation_file_not_allowed', { name: fileName }, `${fileName} is not a JPEG, PNG, WebP or PDF file.`, {
      field: 'dataBase64',
    });
  // A PDF gets no thumbnail: the page shows its name and opens or saves it.
  const thumb = thumbBase64 && mime !== 'application/pdf' ? checkedThumbnail(thumbBase64) : null;
  return { bytes, mime, thumb };
};
