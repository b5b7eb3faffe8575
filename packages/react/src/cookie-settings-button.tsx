import { consentTexts } from '@loggamera/privacy-core';
import type { ButtonHTMLAttributes } from 'react';
import { useConsentContext } from './consent-provider';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link CookieSettingsButton}: any button attribute except its text. */
export type CookieSettingsButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'>;

/**
 * The small persistent "Cookie settings" control that reopens the cookie notice, so withdrawing is
 * as easy as giving. Place it on every page, e.g. in the footer.
 *
 * @example
 * <footer><CookieSettingsButton /></footer>
 */
export function CookieSettingsButton({ className, onClick, ...props }: CookieSettingsButtonProps) {
  const { t } = usePrivacyTranslation(consentTexts);
  const { openNotice, reopenControlRef } = useConsentContext();
  return (
    <button
      ref={reopenControlRef}
      type="button"
      className={['lgm-cookie-settings-button', className].filter(Boolean).join(' ')}
      aria-haspopup="dialog"
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) openNotice(event.currentTarget);
      }}
      {...props}
    >
      {t('consent.reopen')}
    </button>
  );
}
