import {
  isPolicyUpdateNeeded,
  type PolicyChangelogEntry,
  policyChangelog,
  policyChangesSince,
  policyTexts,
  policyVersion,
} from '@loggamera/privacy-core';
import { useId } from 'react';
import { usePrivacyTranslation } from './i18n-provider';
import { PolicyChanges } from './privacy-policy';

/** Props of {@link PolicyUpdateNotice}. */
export interface PolicyUpdateNoticeProps {
  /**
   * The policy version the user last acknowledged or consented to (e.g. from the consent record).
   * `null`/`undefined` means nothing is stored: the notice stays hidden (the cookie notice asks first).
   */
  acknowledgedVersion: string | null | undefined;
  /** Called with the current version when the user acknowledges the changes; store it. */
  onAcknowledge: (version: string) => void;
  /** Where the whole policy is, for a "read the whole policy" link. */
  policyHref?: string;
  /** The current version. Default: the kit's `policyVersion`. */
  currentVersion?: string;
  /** The changelog to show changes from. Default: the kit's `policyChangelog`. */
  changelog?: readonly PolicyChangelogEntry[];
  /** Level of the notice's heading. Default 2. */
  headingLevel?: 2 | 3;
  className?: string;
}

/**
 * Tells a returning user that the policy changed since the version they acknowledged, lists what changed,
 * and asks them to acknowledge it. Renders nothing when the acknowledged version is current.
 *
 * @example
 * <PolicyUpdateNotice acknowledgedVersion={record.policyVersion} onAcknowledge={saveVersion} policyHref="/integritet" />
 */
export function PolicyUpdateNotice({
  acknowledgedVersion,
  onAcknowledge,
  policyHref,
  currentVersion = policyVersion,
  changelog = policyChangelog,
  headingLevel = 2,
  className,
}: PolicyUpdateNoticeProps) {
  const { t, locale } = usePrivacyTranslation(policyTexts);
  const headingId = useId();
  if (acknowledgedVersion === null || acknowledgedVersion === undefined) return null;
  if (!isPolicyUpdateNeeded(acknowledgedVersion, currentVersion)) return null;
  const entries = policyChangesSince(acknowledgedVersion, changelog).filter((entry) => entry.version <= currentVersion);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section
      className={['lgm-update-notice', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      lang={locale}
    >
      <Heading id={headingId} className="lgm-update-notice-heading">
        {t('policy.update.heading')}
      </Heading>
      <p>{t('policy.update.intro')}</p>
      <PolicyChanges entries={entries} headingLevel={headingLevel + 1} />
      <div className="lgm-update-notice-actions">
        {policyHref ? <a href={policyHref}>{t('policy.update.readPolicy')}</a> : null}
        <button
          type="button"
          className="lgm-policy-button lgm-policy-button-primary"
          onClick={() => onAcknowledge(currentVersion)}
        >
          {t('policy.update.acknowledge')}
        </button>
      </div>
    </section>
  );
}
