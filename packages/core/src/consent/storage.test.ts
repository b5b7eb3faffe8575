// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieStorage, localStorageStorage, memoryStorage } from './storage';
import { createConsentStore } from './store';

afterEach(() => {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  localStorage.clear();
});

describe('cookieStorage', () => {
  it('writes, reads and clears a first-party cookie under its name', () => {
    const storage = cookieStorage({ name: 'test_consent' });
    storage.write('{"a":1}');
    expect(storage.read()).toBe('{"a":1}');
    expect(document.cookie).toContain('test_consent=');
    storage.clear();
    expect(storage.read()).toBeNull();
  });

  it('lets a store remember a rejection across a reload', () => {
    createConsentStore({ policyVersion: '1', storage: cookieStorage(), purposes: [{ id: 'analytics' }] }).rejectAll();
    const reloaded = createConsentStore({
      policyVersion: '1',
      storage: cookieStorage(),
      purposes: [{ id: 'analytics' }],
    });
    expect(reloaded.getSnapshot().isDecisionNeeded).toBe(false);
    expect(reloaded.getSnapshot().purposes.analytics).toBe(false);
  });

  it('checks again when the window regains focus (a change made in another tab)', () => {
    const store = createConsentStore({ policyVersion: '1', storage: cookieStorage() });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    createConsentStore({ policyVersion: '1', storage: cookieStorage() }).acceptAll();
    window.dispatchEvent(new Event('focus'));
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });

  it('can be created on the server without touching document', () => {
    const storage = cookieStorage();
    expect(typeof storage.read).toBe('function');
  });
});

describe('localStorageStorage', () => {
  it('writes and reads under its key, and hears other tabs through the storage event', () => {
    const store = createConsentStore({ policyVersion: '1', storage: localStorageStorage({ key: 'k' }) });
    const listener = vi.fn();
    store.subscribe(listener);
    localStorage.setItem('k', localStorage.getItem('k') ?? '');
    createConsentStore({ policyVersion: '1', storage: localStorageStorage({ key: 'k' }) }).rejectAll();
    window.dispatchEvent(new StorageEvent('storage', { key: 'k' }));
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().isDecisionNeeded).toBe(false);
  });
});

describe('memoryStorage', () => {
  it('starts with the value given and forgets on clear', () => {
    const storage = memoryStorage('x');
    expect(storage.read()).toBe('x');
    storage.clear();
    expect(storage.read()).toBeNull();
  });
});
