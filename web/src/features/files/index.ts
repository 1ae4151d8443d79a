// What other features may use of files: attaching files to a message and describing them.
export { describeFile, formatFileSize, type Attachment } from './components/file-words.ts'
export { MessageAttachmentsField } from './components/message-attachments-field.tsx'
export {
  checkAttachment,
  maxAttachmentsPerMessage,
  useMessageAttachments,
  type MessageAttachments,
} from './components/use-message-attachments.ts'
