import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import { maxLetterPhotoBytes } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'

// Photos sent with letters. Whatever a phone or camera wrote into the file (GPS position, camera
// make, dates, thumbnails) could locate a family, so each photo is decoded and written afresh as a
// JPEG: turned upright by its EXIF orientation first, then saved with no metadata at all.

/** The longest side a stored photo keeps: enough to print, small enough to check and send. */
export const maxPhotoSide = 3000

/** Decoding a small file into a vast image is refused (a "decompression bomb"): 100 megapixels. */
const maxInputPixels = 100_000_000

/**
 * sharp's own build reads AVIF through libheif but not HEIC (HEVC is left out of it); a libvips
 * built with HEVC lists `.heic` among the files it reads. Only then are HEIC photos taken.
 */
const readsHeic = (sharp.format.heif?.input.fileSuffix ?? []).includes('.heic')

const acceptedTypes = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  ...(readsHeic ? ['image/heic', 'image/heif'] : []),
])

/** The types a user may choose, in GOV.UK words. */
export const acceptedTypeNames = readsHeic
  ? 'a JPG, PNG, GIF, WebP or HEIC'
  : 'a JPG, PNG, GIF or WebP'

export const photoMessages = {
  empty: 'The selected file is empty',
  tooLarge: `The selected file must be smaller than ${maxLetterPhotoBytes / 1024 / 1024}MB`,
  wrongType: `The selected file must be ${acceptedTypeNames}`,
  tooManyPixels: 'The selected photo is too big. Choose a photo of 100 megapixels or fewer',
}

const photoProblem = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: { file: message } })

/**
 * Checks an uploaded photo by its bytes (never its name) and re-encodes it as a JPEG without
 * metadata, no larger than `maxPhotoSide` on its longest side. Refusals are 400s with the GOV.UK
 * message in `fieldErrors.file`.
 */
export async function reencodePhoto(
  bytes: Buffer,
): Promise<{ bytes: Buffer; width: number; height: number }> {
  if (bytes.length === 0) throw photoProblem(photoMessages.empty)
  if (bytes.length > maxLetterPhotoBytes) throw photoProblem(photoMessages.tooLarge)
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || !acceptedTypes.has(detected.mime)) throw photoProblem(photoMessages.wrongType)
  try {
    // `rotate()` with no angle applies the EXIF orientation; no `withMetadata`/`keepExif`, so
    // nothing of the original's metadata is written out. Animated GIFs keep their first frame.
    const { data, info } = await sharp(bytes, { limitInputPixels: maxInputPixels })
      .rotate()
      .resize({
        width: maxPhotoSide,
        height: maxPhotoSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 85, mozjpeg: false })
      .toBuffer({ resolveWithObject: true })
    return { bytes: data, width: info.width, height: info.height }
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw photoProblem(photoMessages.tooManyPixels)
    }
    // A file that starts like an image but does not decode is not one we can take.
    throw photoProblem(photoMessages.wrongType)
  }
}
