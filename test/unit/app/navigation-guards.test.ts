import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  attachNavigationGuards,
  attachPermissionHandlers,
  isAppUrl,
  isPermissionAllowed,
  isPermissionCheckAllowed,
  isPermissionRequestAllowed,
} from '../../../src-main/app/navigation-guards'
import { FakeSession, FakeWebContents, fakeEvent } from './electron-fakes'

vi.mock('electron', () => ({}))

const hostileUrls = [
  'app://sportello.evil/index.html',
  'app://sportello.evil',
  'app://sportelloevil/',
  'app://evil/',
  'app://evil/sportello',
  'app://sportello@evil/',
  'app://user:pw@sportello/',
  'app://sportello:443/',
  'app://sportello\\@evil/',
  'app://sportello%2f@evil/',
  'APP://SPORTELLO/',
  'app://Sportello/',
  'app:sportello/index.html',
  'app:/sportello/index.html',
  'app:///sportello/index.html',
  'file:///etc/passwd',
  'file://sportello/index.html',
  'javascript:alert(1)',
  'javascript://sportello/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://sportello/1234',
  'https://sportello',
  'https://sportello/index.html',
  'http://app://sportello/',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  ' app://sportello/',
  'app://sportello/ index.html',
  'app://sportello/\u0000',
  '',
]

describe('isAppUrl', () => {
  it.each([
    'app://sportello',
    'app://sportello/',
    'app://sportello/index.html',
    'app://sportello/#/fatture?x=1',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true))
  it.each(hostileUrls)('refuses %j', (url) => expect(isAppUrl(url)).toBe(false))
  it.each([undefined, null, 42, {}, ['app://sportello/']])('refuses non-strings (%j)', (value) =>
    expect(isAppUrl(value)).toBe(false),
  )
})

describe('isPermissionAllowed', () => {
  it('allows media from the app origin', () => {
    expect(isPermissionAllowed('media', 'app://sportello')).toBe(true)
    expect(isPermissionAllowed('media', 'app://sportello/')).toBe(true)
  })
  it.each(hostileUrls)('refuses media from %j', (origin) =>
    expect(isPermissionAllowed('media', origin)).toBe(false),
  )
  it.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'midi',
    'midiSysex',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'idle-detection',
    'storage-access',
    'window-management',
    'unknown',
    'MEDIA',
    '',
  ])('refuses %s even from the app origin', (permission) => {
    expect(isPermissionAllowed(permission, 'app://sportello')).toBe(false)
  })
})

describe('permission requests and checks', () => {
  const camera = {
    isMainFrame: true,
    requestingUrl: 'app://sportello/index.html',
    mediaTypes: ['video'],
  }
  it('grants the camera to the app main frame', () => {
    expect(isPermissionRequestAllowed('media', camera)).toBe(true)
    expect(
      isPermissionRequestAllowed('media', { ...camera, securityOrigin: 'app://sportello' }),
    ).toBe(true)
  })
  it.each([
    ['a subframe', { ...camera, isMainFrame: false }],
    ['the microphone', { ...camera, mediaTypes: ['audio'] }],
    ['camera and microphone', { ...camera, mediaTypes: ['video', 'audio'] }],
    ['no media type', { ...camera, mediaTypes: [] }],
    ['a foreign page', { ...camera, requestingUrl: 'https://evil.example/' }],
    ['a foreign security origin', { ...camera, securityOrigin: 'https://evil.example' }],
  ])('refuses %s', (_name, details) =>
    expect(isPermissionRequestAllowed('media', details)).toBe(false),
  )

  it('checks: video or unknown from the app main frame only', () => {
    expect(
      isPermissionCheckAllowed('media', 'app://sportello', {
        isMainFrame: true,
        mediaType: 'video',
      }),
    ).toBe(true)
    expect(
      isPermissionCheckAllowed('media', 'app://sportello', {
        isMainFrame: true,
        mediaType: 'unknown',
      }),
    ).toBe(true)
    expect(
      isPermissionCheckAllowed('media', 'app://sportello', {
        isMainFrame: true,
        mediaType: 'audio',
      }),
    ).toBe(false)
    expect(
      isPermissionCheckAllowed('media', 'app://sportello', {
        isMainFrame: false,
        mediaType: 'video',
      }),
    ).toBe(false)
    expect(isPermissionCheckAllowed('media', 'https://evil.example', { isMainFrame: true })).toBe(
      false,
    )
    expect(isPermissionCheckAllowed('geolocation', 'app://sportello', { isMainFrame: true })).toBe(
      false,
    )
  })
})

describe('attachNavigationGuards on a webContents', () => {
  function guarded() {
    const contents = new FakeWebContents()
    attachNavigationGuards(contents as unknown as WebContents)
    return contents
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays in the app',
    (name) => {
      const contents = guarded()
      expect(contents.listeners.get(name)).toHaveLength(1)
      for (const url of hostileUrls) {
        const event = fakeEvent({ url })
        contents.emit(name, event, url)
        expect(event.preventDefault, `${name} to ${url}`).toHaveBeenCalled()
      }
      const inside = fakeEvent({ url: 'app://sportello/index.html' })
      contents.emit(name, inside, inside.url)
      expect(inside.preventDefault).not.toHaveBeenCalled()
    },
  )

  it('denies every new window', () => {
    const contents = guarded()
    for (const url of ['app://sportello/index.html', 'https://example.org/', 'about:blank']) {
      expect(
        contents.windowOpenHandler?.({
          url,
          frameName: '',
          features: '',
          disposition: 'new-window',
        }),
      ).toEqual({
        action: 'deny',
      })
    }
  })

  it('refuses to attach a webview', () => {
    const contents = guarded()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('attachPermissionHandlers on a session', () => {
  function guarded() {
    const session = new FakeSession()
    attachPermissionHandlers(session as unknown as Session)
    return session
  }

  it('answers permission requests: camera from the app yes, anything else no', () => {
    const session = guarded()
    const ask = (permission: string, details: object) => {
      const callback = vi.fn()
      session.permissionRequestHandler?.({}, permission, callback, details)
      expect(callback).toHaveBeenCalledTimes(1)
      return callback.mock.calls[0]?.[0] as boolean
    }
    const camera = {
      isMainFrame: true,
      requestingUrl: 'app://sportello/index.html',
      mediaTypes: ['video'],
    }
    expect(ask('media', camera)).toBe(true)
    expect(ask('media', { ...camera, requestingUrl: 'app://sportello.evil/' })).toBe(false)
    expect(ask('media', { ...camera, isMainFrame: false })).toBe(false)
    expect(ask('geolocation', camera)).toBe(false)
    expect(ask('notifications', camera)).toBe(false)
    expect(ask('openExternal', { ...camera, externalURL: 'https://example.org' })).toBe(false)
  })

  it('answers permission checks the same way', () => {
    const session = guarded()
    const check = (permission: string, origin: string, details: object) =>
      session.permissionCheckHandler?.(null, permission, origin, details)
    expect(check('media', 'app://sportello', { isMainFrame: true, mediaType: 'video' })).toBe(true)
    expect(check('media', 'https://sportello', { isMainFrame: true, mediaType: 'video' })).toBe(
      false,
    )
    expect(check('clipboard-read', 'app://sportello', { isMainFrame: true })).toBe(false)
  })

  it('denies devices and downloads', () => {
    const session = guarded()
    expect(
      session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://sportello' }),
    ).toBe(false)
    const event = fakeEvent()
    session.emit('will-download', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
