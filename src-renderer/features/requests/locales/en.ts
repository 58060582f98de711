// English texts of the requests feature: the same keys as it.ts.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  requests: {
    capture: {
      title: 'Identity document',
      step: {
        front: 'Take a photo of the front of the document',
        back: 'Now turn the document over and take a photo of the back',
        done: 'Front and back are done',
      },
      aim: 'Put the document inside the frame',
      preview: 'What the camera sees',
      starting: 'Turning the camera on…',
      ready: 'Hold the document still inside the frame and press TAKE PHOTO.',
      checking: 'Checking the photo…',
      review: 'Look at the photo: can you read the writing? Press USE THIS PHOTO, or RETAKE.',
      done: 'You can take either photo again, if you like.',
      still: {
        front: 'The photo of the front just taken',
        back: 'The photo of the back just taken',
      },
      thumbnail: {
        front: 'The photo of the front',
        back: 'The photo of the back',
      },
      state: {
        front: { done: 'Front: done', now: 'Front: now', todo: 'Front: to do' },
        back: { done: 'Back: done', now: 'Back: now', todo: 'Back: to do' },
      },
      take: 'TAKE PHOTO',
      retake: 'RETAKE',
      use: 'USE THIS PHOTO',
      retakeSide: {
        front: 'Take the photo of the front again',
        back: 'Take the photo of the back again',
      },
      retry: 'TRY AGAIN',
      problem: {
        blurred: 'The photo is blurred: hold the document still and try again',
        glare: 'There is a reflection of light on the document: tilt it a little and try again',
        dark: 'The photo is too dark: bring the document closer to the light and try again',
        empty: 'I cannot see the document: put it inside the frame and try again',
      },
      failed: {
        denied: 'I am not allowed to use the camera.',
        missing: 'I cannot find the camera.',
        busy: 'The camera is already in use by another program.',
        failed: 'The camera is not working at the moment.',
      },
      failedHelp: 'You can try again, or ask the staff at the counter for help.',
    },
  },
}
