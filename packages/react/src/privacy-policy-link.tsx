import { commonTexts } from '@loggamera/privacy-core';
import type { AnchorHTMLAttributes } from 'react';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link PrivacyPolicyLink}: any anchor attribute; `href` is where the host shows the policy. */
export interface PrivacyPolicyLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'children'> {
  href: string;
}

/** A link to the privacy policy with the kit's wording, used wherever personal data is asked for. */
export function PrivacyPolicyLink({ className, ...props }: PrivacyPolicyLinkProps) {
  const { t } = usePrivacyTranslation(commonTexts);
  return (
    <a className={['lgm-policy-link', className].filter(Boolean).join(' ')} {...props}>
      {t('common.privacyPolicyLink')}
    </a>
  );
}
