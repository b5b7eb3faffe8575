import Cookies from 'js-cookie';
import type { ConsentStorage } from './types';

/** The name the record is stored under unless the host chooses another. */
export const defaultConsentName = 'lgm_consent';

/** Options of {@link cookieStorage}. */
export interface CookieStorageOptions {
  /** Cookie name; default `lgm_consent`. */
  name?: string;
  /** e.g. `.loggamera.se` to share one decision across subdomains; default: this host only. */
  domain?: string;
  /** Days the cookie lives; default 365 (the consent lifetime). */
  expiresDays?: number;
}

// Tabs of the same origin hear each other at once; other subdomains notice when their tab regains focus.
// A message carries the value written (or null when cleared): the browser may show this tab the new
// cookie a moment after the message arrives, so the change is read once the cookie matches, or after
// at most about half a second.
function listenForOtherTabs(channelName: string, read: () => string | null, onChange: () => void): () => void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMessage = (event: MessageEvent) => {
    clearTimeout(timer);
    const expected = typeof event.data === 'string' || event.data === null ? event.data : undefined;
    const check = (attempt: number) => {
      if (expected === undefined || read() === expected || attempt >= 25) onChange();
      else timer = setTimeout(() => check(attempt + 1), 20);
    };
    check(0);
  };
  channel?.addEventListener('message', onMessage);
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  window.addEventListener('focus', onChange);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearTimeout(timer);
    channel?.close();
    window.removeEventListener('focus', onChange);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

function announce(channelName: string, value: string | null): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(value);
  channel.close();
}

/**
 * Keeps the record in a first-party cookie through js-cookie: SameSite=Lax, Secure on https, Path=/.
 * Touches `document` only when called, so it can be created on the server.
 *
 * @example
 * createConsentStore({ policyVersion, storage: cookieStorage({ domain: '.loggamera.se' }) });
 */
export function cookieStorage(options: CookieStorageOptions = {}): ConsentStorage {
  const name = options.name ?? defaultConsentName;
  const attributes = () => ({
    path: '/',
    sameSite: 'Lax' as const,
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    expires: options.expiresDays ?? 365,
    ...(options.domain ? { domain: options.domain } : {}),
  });
  const channelName = `lgm-consent:${name}`;
  return {
    read: () => (typeof document === 'undefined' ? null : (Cookies.get(name) ?? null)),
    write: (value) => {
      if (typeof document === 'undefined') return;
      Cookies.set(name, value, attributes());
      announce(channelName, value);
    },
    clear: () => {
      if (typeof document === 'undefined') return;
      const { path, domain } = attributes() as { path: string; domain?: string };
      Cookies.remove(name, domain ? { path, domain } : { path });
      announce(channelName, null);
    },
    subscribe: (onChange) =>
      typeof window === 'undefined'
        ? () => {}
        : listenForOtherTabs(channelName, () => Cookies.get(name) ?? null, onChange),
  };
}

/** Options of {@link localStorageStorage}. */
export interface LocalStorageStorageOptions {
  /** Key; default `lgm_consent`. */
  key?: string;
}

/** Keeps the record in localStorage; other tabs' changes arrive through the `storage` event. */
export function localStorageStorage(options: LocalStorageStorageOptions = {}): ConsentStorage {
  const key = options.key ?? defaultConsentName;
  return {
    read: () => (typeof localStorage === 'undefined' ? null : localStorage.getItem(key)),
    write: (value) => localStorage.setItem(key, value),
    clear: () => localStorage.removeItem(key),
    subscribe: (onChange) => {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** Keeps the record in memory only (tests, stories, server rendering); may start with a stored value. */
export function memoryStorage(initialValue: string | null = null): ConsentStorage {
  let value = initialValue;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    clear: () => {
      value = null;
    },
  };
}
