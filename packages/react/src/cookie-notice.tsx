import { type ConsentSource, consentTexts, necessaryPurpose } from '@loggamera/privacy-core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useConsent, useConsentContext } from './consent-provider';
import { thirdPartyLabel } from './consent-texts';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link CookieNotice}. */
export interface CookieNoticeProps {
  /** Where the host shows its privacy policy. */
  policyHref: string;
  /** Heading level of the notice's title; default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Opens with the cookie categories showing (the second layer); default false. */
  defaultSettingsOpen?: boolean;
  /** Overlays the bottom of the viewport (default) or stays where it is placed, e.g. inside a page or story. */
  placement?: 'fixed' | 'inline';
  className?: string;
}

/**
 * The cookie notice: accept all, reject all and settings as three equal buttons, the categories by
 * name, the policy link and how to withdraw. It shows while a decision is needed or when reopened;
 * closing it without a choice is not consent. A non-modal dialog: it never traps focus.
 *
 * @example
 * <CookieNotice policyHref="/integritetspolicy" />
 */
export function CookieNotice({
  policyHref,
  headingLevel = 2,
  defaultSettingsOpen = false,
  placement = 'fixed',
  className,
}: CookieNoticeProps) {
  const { t, locale } = usePrivacyTranslation(consentTexts);
  const context = useConsentContext();
  const { store, thirdPartyNames, isNoticeReopened, isNoticeDismissed } = context;
  const state = useConsent();
  const isOpen = state.isKnown && (isNoticeReopened || (state.isDecisionNeeded && !isNoticeDismissed));
  const [isSettingsOpen, setSettingsOpen] = useState(defaultSettingsOpen);
  const optional = store.purposes.filter((purpose) => purpose.id !== necessaryPurpose);
  // The second layer starts from the current choices.
  const currentChoices = () => {
    const granted = store.getSnapshot().purposes;
    return Object.fromEntries(optional.map((purpose) => [purpose.id, granted[purpose.id] === true]));
  };
  const [draft, setDraft] = useState<Record<string, boolean>>(currentChoices);
  const noticeRef = useRef<HTMLElement>(null);
  const returnFocus = useRef(false);
  const id = useId();
  const Heading = `h${headingLevel}` as const;

  // Reopened by the user: focus moves into the notice. Shown on page load: focus stays where it is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on reopening only; the choices are read then.
  useEffect(() => {
    if (!isNoticeReopened) return;
    setDraft(currentChoices());
    noticeRef.current?.focus();
  }, [isNoticeReopened]);

  // Closed while focus was inside: give it back to what opened it, or to the reopen control.
  useEffect(() => {
    if (isOpen || !returnFocus.current) return;
    returnFocus.current = false;
    (context.triggerRef.current ?? context.reopenControlRef.current)?.focus();
  }, [isOpen, context.triggerRef, context.reopenControlRef]);

  // The settings button gives way to "save my choices": focus goes to the first choice instead of being lost.
  const choicesRef = useRef<HTMLFieldSetElement>(null);
  const shouldFocusChoices = useRef(false);
  const openSettings = () => {
    setDraft(currentChoices());
    setSettingsOpen(true);
    shouldFocusChoices.current = true;
  };
  useEffect(() => {
    if (!isSettingsOpen || !shouldFocusChoices.current) return;
    shouldFocusChoices.current = false;
    const firstChoice = choicesRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)');
    (firstChoice ?? choicesRef.current)?.focus();
  }, [isSettingsOpen]);

  if (!isOpen) return null;

  const close = (how: 'decided' | 'dismissed') => {
    // The root node, not document: inside a shadow root (the embed) document.activeElement is the host.
    const root = noticeRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    returnFocus.current = !!noticeRef.current?.contains(root?.activeElement ?? null);
    setSettingsOpen(defaultSettingsOpen);
    context.closeNotice(how);
  };
  const decide = (decision: (source: ConsentSource) => void) => {
    decision('notice');
    close('decided');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close('dismissed');
    }
  };
  const reasonKey =
    state.decisionReason === 'policy-changed'
      ? 'consent.notice.policyChanged'
      : state.decisionReason === 'expired'
        ? 'consent.notice.expired'
        : state.decisionReason === 'new-purposes'
          ? 'consent.notice.newPurposes'
          : null;
  const classes = ['lgm-cookie-notice', `lgm-cookie-notice--${placement}`, className].filter(Boolean).join(' ');

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementInteractions: a dialog closes on Escape from anywhere inside it.
    <section
      ref={noticeRef}
      className={classes}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="lgm-cookie-notice-inner">
        <div className="lgm-cookie-notice-header">
          <Heading id={`${id}-title`} className="lgm-cookie-notice-title">
            {t('consent.notice.title')}
          </Heading>
          <button
            type="button"
            className="lgm-cookie-notice-close"
            aria-label={t('consent.notice.close')}
            onClick={() => close('dismissed')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div id={`${id}-body`} className="lgm-cookie-notice-body">
          {reasonKey && <p className="lgm-cookie-notice-reason">{t(reasonKey)}</p>}
          <p>
            {t('consent.notice.intro')}{' '}
            {optional.length ? t('consent.notice.introOptional') : t('consent.notice.introNoOptional')}
          </p>
          {optional.length > 0 && (
            <ul className="lgm-cookie-notice-categories">
              {optional.map((purpose) => (
                <li key={purpose.id}>{t(`consent.purposes.${purpose.id}.title`, { defaultValue: purpose.id })}</li>
              ))}
            </ul>
          )}
          <p>
            {t('consent.notice.withdraw')}{' '}
            <a className="lgm-policy-link" href={policyHref}>
              {t('common.privacyPolicyLink')}
            </a>
          </p>
        </div>
        {isSettingsOpen && (
          <fieldset ref={choicesRef} tabIndex={-1} className="lgm-cookie-notice-choices">
            <legend>{t('consent.notice.choicesLegend')}</legend>
            {store.purposes.map((purpose) => {
              const isNecessary = purpose.id === necessaryPurpose;
              const inputId = `${id}-purpose-${purpose.id}`;
              return (
                <div key={purpose.id} className="lgm-consent-choice">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={isNecessary || draft[purpose.id] === true}
                    disabled={isNecessary}
                    aria-describedby={`${inputId}-description`}
                    onChange={(event) => setDraft({ ...draft, [purpose.id]: event.currentTarget.checked })}
                  />
                  <label htmlFor={inputId}>
                    {t(`consent.purposes.${purpose.id}.title`, { defaultValue: purpose.id })}
                    {isNecessary && <span className="lgm-consent-badge"> {t('consent.notice.alwaysOn')}</span>}
                  </label>
                  <p id={`${inputId}-description`} className="lgm-consent-choice-description">
                    {t(`consent.purposes.${purpose.id}.description`, { defaultValue: '' })}
                    {purpose.thirdParty &&
                      ` ${t('consent.thirdParties.involves', { thirdParty: thirdPartyLabel(t, purpose.thirdParty, thirdPartyNames) })}`}
                  </p>
                </div>
              );
            })}
          </fieldset>
        )}
        {/* Equal prominence: the same element, size and style for every choice. */}
        <div className="lgm-cookie-notice-actions">
          <button
            type="button"
            className="lgm-consent-button"
            onClick={() => decide((s) => store.acceptAll(s, { locale }))}
          >
            {t('consent.notice.acceptAll')}
          </button>
          <button
            type="button"
            className="lgm-consent-button"
            onClick={() => decide((s) => store.rejectAll(s, { locale }))}
          >
            {t('consent.notice.rejectAll')}
          </button>
          {isSettingsOpen ? (
            <button
              type="button"
              className="lgm-consent-button"
              onClick={() => decide((s) => store.choose({ purposes: draft }, s, { locale }))}
            >
              {t('consent.notice.saveChoices')}
            </button>
          ) : (
            <button type="button" className="lgm-consent-button" aria-expanded="false" onClick={openSettings}>
              {t('consent.notice.settings')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
