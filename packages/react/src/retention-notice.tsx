import { formatPolicyDate, type Instant, policyTexts, retentionDeadline } from '@loggamera/privacy-core';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link RetentionNotice}. */
export interface RetentionNoticeProps {
  /** When the user last logged in (usually: this session's login). */
  lastLoginAt: Instant;
  /** When the account was deregistered, if it has been. */
  deregisteredAt?: Instant | null;
  /** The time zone the date is shown in. Default Europe/Stockholm. */
  timeZone?: string;
  className?: string;
}

/**
 * "Your personal data is kept until 24 November 2029 unless you log in again": the retention deadline
 * from `retentionDeadline`, as a date in the user's language. Throws a RangeError on an invalid date.
 *
 * @example
 * <RetentionNotice lastLoginAt={session.lastLoginAt} />
 */
export function RetentionNotice({ lastLoginAt, deregisteredAt, timeZone, className }: RetentionNoticeProps) {
  const { t, locale } = usePrivacyTranslation(policyTexts);
  const deadline = retentionDeadline({ lastLoginAt, deregisteredAt });
  const isDeregistered = deregisteredAt !== undefined && deregisteredAt !== null;
  const date = formatPolicyDate(deadline, locale, timeZone);
  return (
    <div className={['lgm-retention-notice', className].filter(Boolean).join(' ')} lang={locale}>
      <p className="lgm-retention-notice-deadline">
        {isDeregistered ? t('policy.retention.deregistered', { date }) : t('policy.retention.untilLogin', { date })}
      </p>
      <p className="lgm-retention-notice-detail">
        {isDeregistered ? t('policy.retention.salesRecordsKept') : t('policy.retention.loginExtends')}
      </p>
    </div>
  );
}
