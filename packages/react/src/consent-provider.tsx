import {
  type ConsentState,
  type ConsentStore,
  type ConsentStoreOptions,
  createConsentStore,
} from '@loggamera/privacy-core';
import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';

interface ConsentContextValue {
  store: ConsentStore;
  /** Company names behind third-party roles, e.g. `{ 'newsletter-service': 'Mailchimp' }`. */
  thirdPartyNames: Readonly<Record<string, string>>;
  isNoticeReopened: boolean;
  isNoticeDismissed: boolean;
  openNotice: (trigger?: HTMLElement | null) => void;
  closeNotice: (how: 'decided' | 'dismissed') => void;
  /** The persistent reopen control, so focus has somewhere to go when the notice closes. */
  reopenControlRef: RefObject<HTMLButtonElement | null>;
  /** Where focus goes back to when the notice closes. */
  triggerRef: RefObject<HTMLElement | null>;
}

// Pure, so a bundle that uses no consent component drops it.
const ConsentContext = /* @__PURE__ */ createContext<ConsentContextValue | null>(null);

/** Props of {@link ConsentProvider}: a store you created, or the options to create one. */
export type ConsentProviderProps = (
  | { store: ConsentStore; options?: never }
  | { options: ConsentStoreOptions; store?: never }
) & {
  /** Company names behind the third-party roles the texts mention, e.g. `{ 'newsletter-service': 'Mailchimp' }`. */
  thirdPartyNames?: Readonly<Record<string, string>>;
  children?: ReactNode;
};

/**
 * Gives the cookie notice, the reopen control and the settings page below it one consent store.
 *
 * @example
 * <ConsentProvider options={{ policyVersion, storage: cookieStorage() }} thirdPartyNames={{ 'newsletter-service': 'Mailchimp' }}>
 *   <CookieNotice policyHref="/integritetspolicy" />
 *   <CookieSettingsButton />
 * </ConsentProvider>
 */
export function ConsentProvider({ store: givenStore, options, thirdPartyNames, children }: ConsentProviderProps) {
  // Options are read once, like a useState initialiser: a new store per render would forget decisions.
  const [ownStore] = useState(() => (givenStore ? null : createConsentStore(options as ConsentStoreOptions)));
  const store = givenStore ?? (ownStore as ConsentStore);
  const [isNoticeReopened, setReopened] = useState(false);
  const [isNoticeDismissed, setDismissed] = useState(false);
  const reopenControlRef = useRef<HTMLButtonElement | null>(null);
  const triggerRef = useRef<HTMLElement | null>(null);

  const openNotice = useCallback((trigger?: HTMLElement | null) => {
    triggerRef.current = trigger ?? null;
    setDismissed(false);
    setReopened(true);
  }, []);

  const closeNotice = useCallback((how: 'decided' | 'dismissed') => {
    setReopened(false);
    // Closing without a choice hides the notice for this page view only: it is not consent.
    if (how === 'dismissed') setDismissed(true);
  }, []);

  const value = useMemo<ConsentContextValue>(
    () => ({
      store,
      thirdPartyNames: thirdPartyNames ?? {},
      isNoticeReopened,
      isNoticeDismissed,
      openNotice,
      closeNotice,
      reopenControlRef,
      triggerRef,
    }),
    [store, thirdPartyNames, isNoticeReopened, isNoticeDismissed, openNotice, closeNotice],
  );
  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}

/** The provider's whole context; for the kit's own consent components. */
export function useConsentContext(): ConsentContextValue {
  const value = useContext(ConsentContext);
  if (!value) throw new Error('Consent components and hooks must be used inside <ConsentProvider>.');
  return value;
}

/** The consent store of the nearest {@link ConsentProvider}, to change consent: `acceptAll`, `choose`, `withdraw`… */
export function useConsentStore(): ConsentStore {
  return useConsentContext().store;
}

/**
 * Reads consent and re-renders when it changes. With a selector, re-renders only when the selected
 * value changes; return a primitive or a part of the state, not a new object.
 *
 * @example
 * const hasAnalytics = useConsent((state) => state.purposes.analytics === true);
 */
export function useConsent(): ConsentState;
export function useConsent<T>(selector: (state: ConsentState) => T): T;
export function useConsent<T>(selector?: (state: ConsentState) => T): T | ConsentState {
  const store = useConsentStore();
  const select = selector ?? ((state: ConsentState) => state);
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getSnapshot()),
    () => select(store.getServerSnapshot()),
  );
}
