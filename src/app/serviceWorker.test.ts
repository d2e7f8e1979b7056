import { describe, expect, it, vi } from 'vitest'
import { serviceWorkerUrl } from './serviceWorker'

describe('serviceWorkerUrl', () => {
  it('puts the worker and its scope under the base path', () => {
    expect(serviceWorkerUrl('/')).toEqual({ script: '/sw.js', scope: '/' })
    expect(serviceWorkerUrl('/g20/')).toEqual({ script: '/g20/sw.js', scope: '/g20/' })
    expect(serviceWorkerUrl('/g20')).toEqual({ script: '/g20/sw.js', scope: '/g20/' })
  })
})

/** A registration whose next worker installs when `install()` is called. */
function fakeBrowser(controlled: boolean) {
  const registration = new EventTarget() as EventTarget & { installing: unknown; waiting: unknown }
  const worker = Object.assign(new EventTarget(), { state: 'installing', postMessage: vi.fn() })
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  })
  const install = () => {
    registration.installing = worker
    registration.dispatchEvent(new Event('updatefound'))
    worker.state = 'installed'
    worker.dispatchEvent(new Event('statechange'))
  }
  return { container: container as unknown as ServiceWorkerContainer, worker, install }
}

describe('registerServiceWorker', () => {
  it('registers /g20/sw.js for /g20/, and a first install announces nothing', async () => {
    vi.resetModules()
    const { registerServiceWorker: register } = await import('./serviceWorker')
    const { isUpdateWaiting } = await import('./pendingUpdate')
    const browser = fakeBrowser(false)
    await register(browser.container, '/g20/')
    expect(browser.container.register).toHaveBeenCalledWith('/g20/sw.js', { scope: '/g20/' })
    browser.install()
    expect(isUpdateWaiting()).toBe(false)
  })

  it('a new worker under an old one is announced, not swapped in; applying it tells the worker to take over', async () => {
    vi.resetModules()
    const { registerServiceWorker: register } = await import('./serviceWorker')
    const { applyUpdate, isUpdateWaiting } = await import('./pendingUpdate')
    const browser = fakeBrowser(true)
    await register(browser.container, '/')
    expect(isUpdateWaiting()).toBe(false)
    browser.install()
    expect(isUpdateWaiting()).toBe(true)
    expect(browser.worker.postMessage).not.toHaveBeenCalled()
    applyUpdate()
    expect(browser.worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  })
})
