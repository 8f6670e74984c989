import { maxConversationFileBytes, sniffConversationMime, type ConversationMime } from '../../../../shared/domain/conversation';
import { makeThumbnail, toBase64 } from '../scan/photo-prep';

export type FileProblem = { kind: 'tooLarge'; size: string; max: string } | { kind: 'wrongType' };
export interface PreparedFile {
  fileName: string;
  mime: ConversationMime;
  dataBase64: string;
  thumbBase64?: string;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * The backend's checks, made before anything is sent: a 30 MB scan is refused by its size without reading it,
 * and a program renamed ".pdf" by its first bytes (the same check as the backend, shared/domain/conversation.ts).
 */
export const prepareConversationFile = async (file: File): Promise<PreparedFile | FileProblem> => {
  if (file.size > maxConversationFileBytes)
    return { kind: 'tooLarge', size: megabytes(file.size), max: megabytes(maxConversationFileBytes) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffConversationMime(bytes.subarray(0, 16));
  if (!mime) return { kind: 'wrongType' };
  const thumbBase64 = mime === 'application/pdf' ? undefined : await makeThumbnail(file);
  return { fileName: file.name.slice(0, 120) || 'file', mime, dataBase64: toBase64(bytes), ...(thumbBase64 && { thumbBase64 }) };
};

/** A stored file back as a Blob, to open in a new tab or save under its name. */
export const blobOf = (dataBase64: string, mime: string): Blob => {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
};
