import type { MyLetter } from '@asp/bff/contract'
import { letterPhotoSrc } from '../api/get-my-letter.ts'
import './letterbox.css'

/** "Photo 1 of 2", or "Photo 1 of 2 from Birth mum, Sarah" on a letter the reader received. */
export function photoAlt(index: number, count: number, fromName?: string): string {
  const photo = `Photo ${String(index + 1)} of ${String(count)}`
  return fromName === undefined ? photo : `${photo} from ${fromName}`
}

/**
 * The photos of a letter, each the width of the column at most. Their `width` and `height` keep
 * the page from jumping as they load.
 */
export function LetterPhotos({
  letter,
  fromName,
}: {
  letter: Pick<MyLetter, 'id' | 'photos'>
  /** For a letter received: who it is from, in each photo's text alternative. */
  fromName?: string
}) {
  return (
    <ul className="govuk-list">
      {letter.photos.map((photo, index) => (
        <li key={photo.id}>
          <img
            className="app-letter-photo"
            src={letterPhotoSrc(letter.id, photo.id)}
            alt={photoAlt(index, letter.photos.length, fromName)}
            width={photo.width}
            height={photo.height}
          />
        </li>
      ))}
    </ul>
  )
}
