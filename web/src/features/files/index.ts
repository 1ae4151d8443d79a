// What other features may use of files: attaching files to a message, describing them, and a
// download link for each.
export { AttachmentLink } from './components/attachment-link.tsx'
export { describeFile, formatFileSize, type Attachment } from './components/file-words.ts'
export { MessageAttachmentsField } from './components/message-attachments-field.tsx'
export {
  checkAttachment,
  maxAttachmentsPerMessage,
  useMessageAttachments,
  type MessageAttachments,
} from './components/use-message-attachments.ts'
