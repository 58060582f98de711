// The kiosk's check of an ID document's still (capture/quality.ts), on generated pictures: a
// sharp text-like card passes; the same blurred, washed out by a reflection, dark or empty does
// not. And the fake camera's ID card files (test/support/fake-camera.ts) that the browser tests
// play: a well-formed Y4M frame, the sharp one accepted and the blurred one refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ANALYSIS_WIDTH,
  GLARE_LEVEL,
  ID1_RATIO,
  OUTPUT_MAX_WIDTH,
  SHARPNESS_MIN,
  downscale,
  glare,
  guideRect,
  judgeStill,
  laplacianVariance,
  outputSize,
  toGrey,
  type Picture,
} from '../../../src-renderer/features/requests/capture/quality'
import {
  CAMERA_HEIGHT,
  CAMERA_WIDTH,
  idCardFrame,
  writeIdCardCamera,
} from '../../support/fake-camera'

const WIDTH = 856
const HEIGHT = 540

/** An RGBA picture painted by `grey(x, y)`. */
function rgba(width: number, height: number, grey: (x: number, y: number) => number): Picture {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const value = grey(x, y)
      data[i] = value
      data[i + 1] = value
      data[i + 2] = value
      data[i + 3] = 255
    }
  return { data, width, height }
}

/** A pale card with rows of dark "words" and a checkered photo box: print with crisp edges. */
function textLikeCard(): Picture {
  return rgba(WIDTH, HEIGHT, (x, y) => {
    if (x > 40 && x < 240 && y > 120 && y < 420) return (x >> 4) % 2 === (y >> 4) % 2 ? 60 : 180
    const row = Math.floor(y / 30)
    const inLine = y % 30 >= 8 && y % 30 < 20 && row >= 4 && row < 16
    const word = Math.floor((x + row * 37) / 48)
    const inWord = (x + row * 37) % 48 < 30 + (word % 3) * 6
    return x > 280 && x < 820 && inLine && inWord ? 30 : 200
  })
}

/** `picture` through a box blur of `radius`, three times over (close to a Gaussian). */
function blurred(picture: Picture, radius: number): Picture {
  const { width, height } = picture
  let grey = toGrey(picture).data
  for (let pass = 0; pass < 3; pass++)
    for (const [dx, dy] of [
      [1, 0],
      [0, 1],
    ] as const) {
      const out = new Float32Array(grey.length)
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          let sum = 0
          let count = 0
          for (let d = -radius; d <= radius; d++) {
            const sx = x + d * dx
            const sy = y + d * dy
            if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue
            sum += grey[sy * width + sx]!
            count++
          }
          out[y * width + x] = sum / count
        }
      grey = out
    }
  const source = grey
  return rgba(width, height, (x, y) => Math.round(source[y * width + x]!))
}

/** `picture` with a round white patch (a lamp on the laminate) of `radius` at (cx, cy). */
function withReflection(picture: Picture, cx: number, cy: number, radius: number): Picture {
  const grey = toGrey(picture).data
  return rgba(picture.width, picture.height, (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 ? 255 : grey[y * picture.width + x]!,
  )
}

describe('the frame guide', () => {
  it('is an ID-1 card, centred, in a landscape camera picture', () => {
    const guide = guideRect(1280, 720)
    expect(guide.width / guide.height).toBeCloseTo(ID1_RATIO, 2)
    expect(guide.x * 2 + guide.width).toBeCloseTo(1280, -1)
    expect(guide.y * 2 + guide.height).toBeCloseTo(720, -1)
    expect(guide.height).toBeLessThanOrEqual(720)
  })

  it('fits the height of a portrait picture', () => {
    const guide = guideRect(480, 640)
    expect(guide.x).toBeGreaterThanOrEqual(0)
    expect(guide.x + guide.width).toBeLessThanOrEqual(480)
    expect(guide.width / guide.height).toBeCloseTo(ID1_RATIO, 2)
  })

  it('is cropped at its own size, never enlarged, and at most OUTPUT_MAX_WIDTH wide', () => {
    expect(outputSize({ x: 0, y: 0, width: 512, height: 323 })).toEqual({ width: 512, height: 323 })
    const big = outputSize(guideRect(3840, 2160))
    expect(big.width).toBe(OUTPUT_MAX_WIDTH)
    expect(big.width / big.height).toBeCloseTo(ID1_RATIO, 2)
  })
})

describe('the measures', () => {
  it('downscales to ANALYSIS_WIDTH by averaging, and never enlarges', () => {
    const grey = toGrey(rgba(960, 606, (x) => (x % 2 ? 0 : 200)))
    const small = downscale(grey, ANALYSIS_WIDTH)
    expect(small.width).toBe(ANALYSIS_WIDTH)
    expect(small.height).toBe(303)
    expect(small.data[0]).toBeCloseTo(100)
    expect(downscale(small, 800)).toBe(small)
  })

  it('finds no edges in a flat picture and many in a checkerboard', () => {
    expect(laplacianVariance(toGrey(rgba(50, 50, () => 128)))).toBe(0)
    const board = toGrey(rgba(50, 50, (x, y) => ((x + y) % 2 ? 0 : 255)))
    expect(laplacianVariance(board)).toBeGreaterThan(SHARPNESS_MIN * 100)
  })

  it('measures the saturated share and the biggest bright patch apart', () => {
    // Two patches of 10 × 10 and one of 5 × 5 in a 100 × 100 picture.
    const picture = rgba(100, 100, (x, y) =>
      (x < 10 && y < 10) || (x >= 50 && x < 60 && y >= 50 && y < 60) || (x >= 90 && y >= 95)
        ? GLARE_LEVEL
        : 120,
    )
    const { share, blobShare } = glare(toGrey(picture))
    expect(share).toBeCloseTo(0.0225)
    expect(blobShare).toBeCloseTo(0.01)
  })

  it('fills a bright patch as big as the picture without running out of stack', () => {
    expect(glare(toGrey(rgba(ANALYSIS_WIDTH, 303, () => 255)))).toEqual({ share: 1, blobShare: 1 })
  })
})

describe('a still of an ID document', () => {
  const card = textLikeCard()
  const cardGrey = toGrey(card).data

  it('is accepted when the print is sharp', () => {
    const verdict = judgeStill(card)
    expect(verdict).toMatchObject({ ok: true })
    expect(verdict.measures.sharpness).toBeGreaterThan(SHARPNESS_MIN * 3)
  })

  it('is refused as blurred when the same card is out of focus', () => {
    expect(judgeStill(blurred(card, 4))).toMatchObject({ ok: false, problem: 'blurred' })
  })

  it('is refused as glare with one big white patch, even if sharp', () => {
    const verdict = judgeStill(withReflection(card, 540, 270, 80))
    expect(verdict).toMatchObject({ ok: false, problem: 'glare' })
    expect(verdict.measures.sharpness).toBeGreaterThan(SHARPNESS_MIN)
  })

  it('is accepted with a few small bright specks (a glint is not a reflection)', () => {
    let speckled = card
    for (const [x, y] of [
      [300, 60],
      [700, 500],
      [820, 90],
    ] as const)
      speckled = withReflection(speckled, x, y, 6)
    expect(judgeStill(speckled)).toMatchObject({ ok: true })
  })

  it('is refused as glare when much of it is washed out in many small spots', () => {
    const spotted = rgba(WIDTH, HEIGHT, (x, y) =>
      x % 16 < 8 && y % 16 < 8 ? 255 : cardGrey[y * WIDTH + x]!,
    )
    expect(judgeStill(spotted)).toMatchObject({ ok: false, problem: 'glare' })
  })

  it('is refused as dark in a dim room', () => {
    const dark = rgba(WIDTH, HEIGHT, (x, y) => Math.round(cardGrey[y * WIDTH + x]! / 8))
    expect(judgeStill(dark)).toMatchObject({ ok: false, problem: 'dark' })
  })

  it('is refused as empty when nothing is in the frame', () => {
    expect(judgeStill(rgba(WIDTH, HEIGHT, () => 150))).toMatchObject({
      ok: false,
      problem: 'empty',
    })
  })

  it('is judged alike at any camera size (the crop is measured at one width)', () => {
    const big = rgba(WIDTH * 2, HEIGHT * 2, (x, y) => cardGrey[(y >> 1) * WIDTH + (x >> 1)]!)
    expect(judgeStill(big)).toMatchObject({ ok: true })
    expect(judgeStill(blurred(big, 8))).toMatchObject({ ok: false, problem: 'blurred' })
  })
})

describe('the fake camera’s ID card', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sportello-id-camera-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The frame guide's crop of a camera frame, as the kiosk takes it. */
  function guideCrop(gray: Uint8Array): Picture {
    const guide = guideRect(CAMERA_WIDTH, CAMERA_HEIGHT)
    const data = new Uint8Array(guide.width * guide.height)
    for (let y = 0; y < guide.height; y++) {
      const from = (guide.y + y) * CAMERA_WIDTH + guide.x
      data.set(gray.subarray(from, from + guide.width), y * guide.width)
    }
    return { data, width: guide.width, height: guide.height }
  }

  it('is one I420 frame of the camera’s size behind a Y4M header', () => {
    for (const blurredCard of [false, true]) {
      const file = writeIdCardCamera(join(dir, `card-${blurredCard}.y4m`), { blurred: blurredCard })
      const bytes = readFileSync(file)
      const header = `YUV4MPEG2 W${CAMERA_WIDTH} H${CAMERA_HEIGHT} F15:1 Ip A1:1 C420jpeg\n`
      expect(bytes.subarray(0, header.length).toString('ascii')).toBe(header)
      const frame = bytes.subarray(header.length)
      expect(frame.subarray(0, 6).toString('ascii')).toBe('FRAME\n')
      expect(frame.length - 6).toBe((CAMERA_WIDTH * CAMERA_HEIGHT * 3) / 2)
      // The Y plane is the picture, U and V are neutral: a grey picture.
      expect(frame.subarray(6, 6 + CAMERA_WIDTH * CAMERA_HEIGHT)).toEqual(
        Buffer.from(idCardFrame({ blurred: blurredCard })),
      )
      expect(new Set(frame.subarray(6 + CAMERA_WIDTH * CAMERA_HEIGHT))).toEqual(new Set([128]))
    }
  })

  it('keeps clear of saturation, whatever range Chromium reads the Y plane in', () => {
    const levels = idCardFrame()
    expect(levels.reduce((a, b) => Math.max(a, b))).toBeLessThanOrEqual(200)
    expect(levels.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(30)
  })

  it('is accepted sharp and refused blurred', () => {
    expect(judgeStill(guideCrop(idCardFrame()))).toMatchObject({ ok: true })
    expect(judgeStill(guideCrop(idCardFrame({ blurred: true })))).toMatchObject({
      ok: false,
      problem: 'blurred',
    })
  })
})
