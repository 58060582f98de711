// Is a still of an ID document good enough to send to the back office? Pure functions over a
// grey picture (no DOM, so they run in the unit tests and could run in a worker): where the frame
// guide sits in the camera's picture, how sharp the picture is inside it (the variance of the
// Laplacian), and whether a light washes part of it out (saturated pixels, the biggest bright
// blob). The thresholds are named here, and tuned on the generated pictures of the tests and the
// fake camera: they should be checked again on the kiosk's own camera and light.

/** An ID-1 card (identity card, driving licence, health card): 85.6 × 54 mm. */
export const ID1_RATIO = 85.6 / 54
/** The guide's width as a share of the camera's picture: room around the card to aim. */
export const GUIDE_WIDTH_SHARE = 0.8
/** The widest crop sent to the back office: the smallest print of a card stays readable. */
export const OUTPUT_MAX_WIDTH = 1600
/** The crop is judged at this width: the measures below do not depend on the camera's size. */
export const ANALYSIS_WIDTH = 480

/** Below this variance of the Laplacian the print has no sharp edges: blurred or shaken. */
export const SHARPNESS_MIN = 100
/** A grey level (0-255) this high is a washed-out, saturated pixel. */
export const GLARE_LEVEL = 250
/** More of the card washed out than this share, and the photo is refused. */
export const GLARE_MAX_SHARE = 0.08
/** One bright patch bigger than this share of the card (a reflection on the laminate). */
export const GLARE_MAX_BLOB_SHARE = 0.02
/** A mean grey level below this: too dark to read. */
export const DARK_MEAN_MAX = 45
/** A standard deviation of the grey levels below this: nothing is there, no document. */
export const UNIFORM_STDDEV_MAX = 10

/** A picture, as ImageData is (RGBA, 4 bytes a pixel) or a grey one (1 byte a pixel). */
export interface Picture {
  readonly data: ArrayLike<number>
  readonly width: number
  readonly height: number
}

export interface GreyPicture {
  readonly data: Float32Array
  readonly width: number
  readonly height: number
}

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Why a still is refused, as the customer is told. */
export type StillProblem = 'dark' | 'empty' | 'glare' | 'blurred'

export interface StillMeasures {
  readonly sharpness: number
  readonly glareShare: number
  readonly glareBlobShare: number
  readonly mean: number
  readonly stddev: number
}

export type StillVerdict =
  | { readonly ok: true; readonly measures: StillMeasures }
  | { readonly ok: false; readonly problem: StillProblem; readonly measures: StillMeasures }

/** The frame guide inside a camera picture of this size: centred, ID-1 shaped, in pixels. */
export function guideRect(width: number, height: number): Rect {
  let guideWidth = width * GUIDE_WIDTH_SHARE
  let guideHeight = guideWidth / ID1_RATIO
  // A tall picture (a camera turned on its side): the guide fits the height instead.
  if (guideHeight > height * GUIDE_WIDTH_SHARE) {
    guideHeight = height * GUIDE_WIDTH_SHARE
    guideWidth = guideHeight * ID1_RATIO
  }
  const w = Math.round(guideWidth)
  const h = Math.round(guideHeight)
  return { x: Math.round((width - w) / 2), y: Math.round((height - h) / 2), width: w, height: h }
}

/** The size of the crop sent for a guide this big: never enlarged, at most OUTPUT_MAX_WIDTH. */
export function outputSize(guide: Rect): { width: number; height: number } {
  const width = Math.min(OUTPUT_MAX_WIDTH, guide.width)
  return { width, height: Math.round((width * guide.height) / guide.width) }
}

/** Grey levels (BT.601 luma) of an RGBA picture; a one-byte-a-pixel picture is taken as grey. */
export function toGrey(picture: Picture): GreyPicture {
  const { data, width, height } = picture
  const pixels = width * height
  const grey = new Float32Array(pixels)
  if (data.length === pixels) {
    for (let i = 0; i < pixels; i++) grey[i] = data[i]!
  } else {
    for (let i = 0, j = 0; i < pixels; i++, j += 4)
      grey[i] = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!
  }
  return { data: grey, width, height }
}

/** Scales a grey picture down to `targetWidth` (never up), each pixel the mean of its area. */
export function downscale(picture: GreyPicture, targetWidth: number): GreyPicture {
  const { data, width, height } = picture
  if (width <= targetWidth) return picture
  const outWidth = targetWidth
  const outHeight = Math.max(1, Math.round((height * targetWidth) / width))
  const out = new Float32Array(outWidth * outHeight)
  for (let oy = 0; oy < outHeight; oy++) {
    const y0 = Math.floor((oy * height) / outHeight)
    const y1 = Math.max(y0 + 1, Math.floor(((oy + 1) * height) / outHeight))
    for (let ox = 0; ox < outWidth; ox++) {
      const x0 = Math.floor((ox * width) / outWidth)
      const x1 = Math.max(x0 + 1, Math.floor(((ox + 1) * width) / outWidth))
      let sum = 0
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += data[y * width + x]!
      out[oy * outWidth + ox] = sum / ((y1 - y0) * (x1 - x0))
    }
  }
  return { data: out, width: outWidth, height: outHeight }
}

/** The variance of the 4-neighbour Laplacian: high where the print has crisp edges. */
export function laplacianVariance(picture: GreyPicture): number {
  const { data, width, height } = picture
  if (width < 3 || height < 3) return 0
  let sum = 0
  let sumOfSquares = 0
  let count = 0
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      const value = data[i - width]! + data[i + width]! + data[i - 1]! + data[i + 1]! - 4 * data[i]!
      sum += value
      sumOfSquares += value * value
      count++
    }
  }
  const mean = sum / count
  return sumOfSquares / count - mean * mean
}

/** The share of washed-out pixels, and of the biggest 4-connected patch of them. */
export function glare(picture: GreyPicture): { share: number; blobShare: number } {
  const { data, width, height } = picture
  const pixels = width * height
  if (pixels === 0) return { share: 0, blobShare: 0 }
  const bright = new Uint8Array(pixels)
  let brightCount = 0
  for (let i = 0; i < pixels; i++) {
    if (data[i]! >= GLARE_LEVEL) {
      bright[i] = 1
      brightCount++
    }
  }
  // Flood fill with an explicit stack: a big patch would overflow a recursive one.
  let biggest = 0
  const stack = new Int32Array(pixels)
  for (let start = 0; start < pixels; start++) {
    if (bright[start] !== 1) continue
    bright[start] = 2
    let top = 0
    stack[top++] = start
    let size = 0
    const visit = (j: number) => {
      if (bright[j] !== 1) return
      bright[j] = 2
      stack[top++] = j
    }
    while (top > 0) {
      const i = stack[--top]!
      size++
      const x = i % width
      if (x > 0) visit(i - 1)
      if (x < width - 1) visit(i + 1)
      if (i >= width) visit(i - width)
      if (i < pixels - width) visit(i + width)
    }
    biggest = Math.max(biggest, size)
  }
  return { share: brightCount / pixels, blobShare: biggest / pixels }
}

/** Mean and standard deviation of the grey levels. */
function levels(picture: GreyPicture): { mean: number; stddev: number } {
  const { data } = picture
  let sum = 0
  let sumOfSquares = 0
  for (let i = 0; i < data.length; i++) {
    sum += data[i]!
    sumOfSquares += data[i]! * data[i]!
  }
  const mean = data.length ? sum / data.length : 0
  const variance = data.length ? sumOfSquares / data.length - mean * mean : 0
  return { mean, stddev: Math.sqrt(Math.max(0, variance)) }
}

/** The measures of a crop of the frame guide. */
export function measureStill(crop: Picture): StillMeasures {
  const grey = downscale(toGrey(crop), ANALYSIS_WIDTH)
  const { mean, stddev } = levels(grey)
  const { share, blobShare } = glare(grey)
  return {
    sharpness: laplacianVariance(grey),
    glareShare: share,
    glareBlobShare: blobShare,
    mean,
    stddev,
  }
}

/** Accepts a crop of the frame guide, or says what is wrong with it (the first problem found). */
export function judgeStill(crop: Picture): StillVerdict {
  const measures = measureStill(crop)
  const problem = problemOf(measures)
  return problem ? { ok: false, problem, measures } : { ok: true, measures }
}

function problemOf(measures: StillMeasures): StillProblem | null {
  if (measures.mean < DARK_MEAN_MAX) return 'dark'
  if (measures.stddev < UNIFORM_STDDEV_MAX) return 'empty'
  if (measures.glareShare > GLARE_MAX_SHARE || measures.glareBlobShare > GLARE_MAX_BLOB_SHARE)
    return 'glare'
  if (measures.sharpness < SHARPNESS_MIN) return 'blurred'
  return null
}
