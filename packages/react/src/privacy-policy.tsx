import {
  formatPolicyDate,
  getPrivacyPolicy,
  getSubprocessors,
  type LocalizedSubprocessor,
  type PolicyBlock,
  type PolicyChangelogEntry,
  policyChangelog,
  policyEffectiveDate,
  policyTexts,
  policyVersion,
  type SubprocessorField,
} from '@loggamera/privacy-core';
import { useId } from 'react';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link PrivacyPolicy}. */
export interface PrivacyPolicyProps {
  /** Level of the policy's title; sections use the next level down. Default 1 (the policy is the page). */
  headingLevel?: 1 | 2;
  /** Prefix for the section anchors, when the host page already uses ids like `cookies`. Default none. */
  anchorPrefix?: string;
  /** Shows which content the project filled in, for Loggamera's review. Default false. */
  showEditorialNotes?: boolean;
  /** Shows a button that opens the browser's print dialog. Default true. */
  hasPrintButton?: boolean;
  className?: string;
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const headingTag = (level: number) => `h${Math.min(Math.max(Math.round(level), 1), 6)}` as HeadingTag;

/** The id of the "what has changed" part of the page (after the policy's own sections). */
export const policyChangesAnchor = 'what-changed';

/**
 * The whole privacy policy in the current language: table of contents, linkable section headings, the
 * subprocessor table, version and effective date, and what changed. Prints cleanly.
 *
 * @example
 * <PrivacyI18nProvider locale="en"><PrivacyPolicy /></PrivacyI18nProvider>
 */
export function PrivacyPolicy({
  headingLevel = 1,
  anchorPrefix = '',
  showEditorialNotes = false,
  hasPrintButton = true,
  className,
}: PrivacyPolicyProps) {
  const { t, locale } = usePrivacyTranslation(policyTexts);
  const policy = getPrivacyPolicy(locale);
  const ids = useId();
  const Title = headingTag(headingLevel);
  const Heading = headingTag(headingLevel + 1);
  const anchor = (id: string) => `${anchorPrefix}${id}`;
  const tocId = `${ids}-toc`;
  const note = (text: string) => <p className="lgm-policy-note">{text}</p>;

  const renderBlock = (block: PolicyBlock, key: number) => {
    switch (block.kind) {
      case 'paragraph':
        return <p key={key}>{block.text}</p>;
      case 'list':
        return (
          <div key={key} className="lgm-policy-list" data-list-id={block.id}>
            <ul>
              {block.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            {showEditorialNotes && block.isFilledInByProject ? note(t('policy.filledInByProject')) : null}
          </div>
        );
      case 'subprocessors':
        return (
          <SubprocessorTable
            key={key}
            subprocessors={getSubprocessors(locale)}
            showEditorialNotes={showEditorialNotes}
            anchor={anchor}
          />
        );
    }
  };

  return (
    <article
      className={['lgm-policy', className].filter(Boolean).join(' ')}
      lang={locale}
      aria-labelledby={`${ids}-title`}
    >
      <header className="lgm-policy-header">
        <Title id={`${ids}-title`}>{policy.title}</Title>
        <dl className="lgm-policy-meta">
          <div>
            <dt>{t('policy.versionLabel')}</dt>
            <dd>{policyVersion}</dd>
          </div>
          <div>
            <dt>{t('policy.effectiveDateLabel')}</dt>
            <dd>
              <time dateTime={policyEffectiveDate}>{formatPolicyDate(policyEffectiveDate, locale)}</time>
            </dd>
          </div>
        </dl>
        {hasPrintButton ? (
          <button type="button" className="lgm-policy-print lgm-policy-button" onClick={() => window.print()}>
            {t('policy.print')}
          </button>
        ) : null}
      </header>

      <nav className="lgm-policy-toc" aria-labelledby={tocId}>
        <Heading id={tocId}>{t('policy.contents')}</Heading>
        <ol>
          {policy.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${anchor(section.id)}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href={`#${anchor(policyChangesAnchor)}`}>{t('policy.whatChanged')}</a>
          </li>
        </ol>
      </nav>

      {policy.sections.map((section) => (
        <section key={section.id} className="lgm-policy-section" aria-labelledby={anchor(section.id)}>
          <Heading id={anchor(section.id)} className="lgm-policy-heading">
            <a href={`#${anchor(section.id)}`}>{section.heading}</a>
          </Heading>
          {showEditorialNotes && section.isHeadingAddedByProject ? note(t('policy.headingAddedByProject')) : null}
          {section.blocks.map(renderBlock)}
        </section>
      ))}

      <p className="lgm-policy-closing">{policy.closing}</p>

      <section className="lgm-policy-section" aria-labelledby={anchor(policyChangesAnchor)}>
        <Heading id={anchor(policyChangesAnchor)} className="lgm-policy-heading">
          <a href={`#${anchor(policyChangesAnchor)}`}>{t('policy.whatChanged')}</a>
        </Heading>
        <PolicyChanges entries={policyChangelog} headingLevel={headingLevel + 2} />
      </section>
    </article>
  );
}

/** The changes of each changelog entry, under a heading naming its version and date. Shared with the update notice. */
export function PolicyChanges({
  entries,
  headingLevel,
}: {
  entries: readonly PolicyChangelogEntry[];
  headingLevel: number;
}) {
  const { t, locale } = usePrivacyTranslation(policyTexts);
  const Tag = headingTag(headingLevel);
  return (
    <div className="lgm-policy-changes">
      {entries.map((entry) => (
        <div key={entry.version}>
          <Tag className="lgm-policy-changes-version">
            {t('policy.changesInVersion', {
              version: entry.version,
              date: formatPolicyDate(entry.effectiveDate, locale),
            })}
          </Tag>
          <ul>
            {entry.changes[locale].map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function SubprocessorTable({
  subprocessors,
  showEditorialNotes,
  anchor,
}: {
  subprocessors: readonly LocalizedSubprocessor[];
  showEditorialNotes: boolean;
  anchor: (id: string) => string;
}) {
  const { t } = usePrivacyTranslation(policyTexts);
  const captionId = useId();
  const filled = (s: LocalizedSubprocessor, field: SubprocessorField) =>
    showEditorialNotes && s.filledInByProject.includes(field) ? (
      <p className="lgm-policy-note">{t('policy.filledInByProject')}</p>
    ) : null;
  return (
    // Scrolls sideways on narrow screens; focusable and named so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="lgm-policy-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table className="lgm-policy-table">
        <caption id={captionId}>{t('policy.subprocessors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policy.subprocessors.recipient')}</th>
            <th scope="col">{t('policy.subprocessors.role')}</th>
            <th scope="col">{t('policy.subprocessors.dataReceived')}</th>
            <th scope="col">{t('policy.subprocessors.when')}</th>
            <th scope="col">{t('policy.subprocessors.atDeregistration')}</th>
          </tr>
        </thead>
        <tbody>
          {subprocessors.map((s) => (
            <tr key={s.id} id={anchor(`subprocessor-${s.id}`)}>
              <th scope="row">
                <span className="lgm-policy-recipient">{s.name}</span>
                <span className="lgm-policy-company">{s.company ?? t('policy.subprocessors.namedPerBooking')}</span>
              </th>
              <td>
                {s.role}
                {filled(s, 'role')}
              </td>
              <td>
                <ul>
                  {s.dataReceived.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                {filled(s, 'dataReceived')}
              </td>
              <td>
                {s.when}
                {filled(s, 'when')}
              </td>
              <td>
                {s.atDeregistration}
                {filled(s, 'atDeregistration')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
