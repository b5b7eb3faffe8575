import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CommunicationCategory,
  type CommunicationChannel,
  type CommunicationThirdParties,
  type ConsentSettingsAdapter,
  type ConsentSettingsValues,
  type ConsentState,
  communicationCategories,
  communicationChannels,
  communicationOf,
  communicationThirdParty,
  consentTexts,
  necessaryPurpose,
} from '@loggamera/privacy-core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { useConsent, useConsentContext } from './consent-provider';
import { thirdPartyLabel } from './consent-texts';
import { usePrivacyTranslation } from './i18n-provider';

/** Props of {@link ConsentSettings}. */
export interface ConsentSettingsProps {
  /** Loads and saves a signed-in user's choices on the host's backend. Without it, choices live in the store only. */
  adapter?: ConsentSettingsAdapter;
  /** Show the cookie categories; default true. */
  hasCookieChoices?: boolean;
  /** Show the communication matrix; default true (a partner site without accounts may hide it). */
  hasCommunicationChoices?: boolean;
  /** Which third party each communication choice involves; default: every e-mail choice → the newsletter service. */
  communicationThirdParties?: CommunicationThirdParties;
  /** Heading level of the page title; the fieldsets' legends follow it. Default 2. */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

type SettingsStatus = 'idle' | 'loading' | 'load-error' | 'saving' | 'saved' | 'withdrawn' | 'save-error';

type Matrix = Record<CommunicationCategory, Record<CommunicationChannel, boolean>>;

function valuesFrom(state: ConsentState, purposeIds: readonly string[], communication?: Matrix): ConsentSettingsValues {
  const purposes: Record<string, boolean> = {};
  for (const id of purposeIds) {
    if (id !== necessaryPurpose) purposes[id] = state.record?.purposes?.[id] === true;
  }
  return { purposes, communication: communication ?? (communicationOf(state.record) as Matrix) };
}

function allOff(purposeIds: readonly string[]): ConsentSettingsValues {
  return valuesFrom({ record: null } as ConsentState, purposeIds);
}

/**
 * The consent settings page: cookie categories and the communication matrix (categories × channels),
 * each choice naming the third party it involves; save, undo, withdraw everything; last saved time
 * and policy version. With an `adapter`, loads and saves through the host's backend; a failed save
 * keeps every choice on screen.
 *
 * @example
 * <ConsentSettings adapter={{ load: api.loadConsent, save: api.saveConsent }} />
 */
export function ConsentSettings({
  adapter,
  hasCookieChoices = true,
  hasCommunicationChoices = true,
  communicationThirdParties,
  headingLevel = 2,
  className,
}: ConsentSettingsProps) {
  const { t, locale } = usePrivacyTranslation(consentTexts);
  const { store, thirdPartyNames } = useConsentContext();
  const state = useConsent();
  const id = useId();
  const purposeIds = store.purposes.map((purpose) => purpose.id);
  const [status, setStatus] = useState<SettingsStatus>(adapter?.load ? 'loading' : 'idle');
  const statusRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => {
    const flags = z.record(z.string(), z.boolean());
    return z.object({ purposes: flags, communication: z.record(z.string(), flags) });
  }, []);
  const form = useForm<ConsentSettingsValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: valuesFrom(state, purposeIds),
  });
  const { isDirty } = form.formState;
  const isBusy = status === 'loading' || status === 'saving';

  // Load once from the host's backend; on failure keep what this browser knows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the adapter is read once on mount.
  useEffect(() => {
    if (!adapter?.load) return;
    let isCurrent = true;
    adapter.load().then(
      (choices) => {
        if (!isCurrent) return;
        const base = valuesFrom(store.getSnapshot(), purposeIds);
        if (choices) {
          for (const [key, value] of Object.entries(choices.purposes ?? {})) {
            if (key in base.purposes) base.purposes[key] = value === true;
          }
          for (const category of communicationCategories) {
            for (const channel of communicationChannels) {
              const value = choices.communication?.[category]?.[channel];
              if (typeof value === 'boolean') base.communication[category][channel] = value;
            }
          }
        }
        form.reset(base);
        setStatus('idle');
      },
      () => isCurrent && setStatus('load-error'),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  // A change made elsewhere (another tab, the cookie notice) shows up unless the user is editing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the stored record only.
  useEffect(() => {
    if (!form.formState.isDirty && status !== 'loading') form.reset(valuesFrom(state, purposeIds));
  }, [state.record]);

  const run = async (action: 'choose' | 'withdraw', values: ConsentSettingsValues) => {
    setStatus('saving');
    try {
      await adapter?.save(values, action);
    } catch {
      // The form keeps every choice; the user can simply try again.
      setStatus('save-error');
      statusRef.current?.focus();
      return;
    }
    if (action === 'withdraw') store.withdraw('settings', { locale });
    else store.choose(values, 'settings', { locale });
    form.reset(values);
    setStatus(action === 'withdraw' ? 'withdrawn' : 'saved');
  };

  const onSubmit = form.handleSubmit((values) => run('choose', values));
  const Heading = `h${headingLevel}` as const;
  const record = state.record;
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const isOutdated = state.decisionReason === 'policy-changed' || state.decisionReason === 'expired';
  const optional = store.purposes.filter((purpose) => purpose.id !== necessaryPurpose);
  const statusText: Partial<Record<SettingsStatus, string>> = {
    loading: t('consent.settings.loading'),
    saving: t('consent.settings.saving'),
    saved: t('consent.settings.saved'),
    withdrawn: t('consent.settings.withdrawn'),
  };
  const errorText =
    status === 'save-error'
      ? t('consent.settings.saveError')
      : status === 'load-error'
        ? t('consent.settings.loadError')
        : null;

  return (
    <form
      className={['lgm-consent-settings', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      aria-busy={isBusy}
      noValidate
      onSubmit={onSubmit}
    >
      <Heading id={`${id}-title`} className="lgm-consent-settings-title">
        {t('consent.settings.title')}
      </Heading>
      <p className="lgm-consent-settings-meta">
        {record
          ? t('consent.settings.lastSaved', {
              date: dateFormat.format(new Date(record.updatedAt)),
              version: record.policyVersion,
            })
          : t('consent.settings.neverSaved', { version: state.policyVersion })}
      </p>
      {record && isOutdated && <p className="lgm-consent-settings-notice">{t('consent.settings.outdated')}</p>}

      <fieldset className="lgm-consent-settings-fields" disabled={status === 'loading'}>
        {hasCookieChoices && (
          <fieldset className="lgm-consent-group">
            <legend>{t('consent.settings.cookiesLegend')}</legend>
            <p className="lgm-consent-group-hint">{t('consent.settings.cookiesHint')}</p>
            <div className="lgm-consent-choice">
              <input
                id={`${id}-necessary`}
                type="checkbox"
                checked
                disabled
                readOnly
                aria-describedby={`${id}-necessary-description`}
              />
              <label htmlFor={`${id}-necessary`}>
                {t('consent.purposes.necessary.title')}
                <span className="lgm-consent-badge"> {t('consent.notice.alwaysOn')}</span>
              </label>
              <p id={`${id}-necessary-description`} className="lgm-consent-choice-description">
                {t('consent.purposes.necessary.description')}
              </p>
            </div>
            {optional.map((purpose) => {
              const inputId = `${id}-purpose-${purpose.id}`;
              return (
                <div key={purpose.id} className="lgm-consent-choice">
                  <input
                    id={inputId}
                    type="checkbox"
                    aria-describedby={`${inputId}-description`}
                    {...form.register(`purposes.${purpose.id}`)}
                  />
                  <label htmlFor={inputId}>
                    {t(`consent.purposes.${purpose.id}.title`, { defaultValue: purpose.id })}
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

        {hasCommunicationChoices && (
          <fieldset className="lgm-consent-group">
            <legend>{t('consent.settings.communicationLegend')}</legend>
            <p className="lgm-consent-group-hint">{t('consent.settings.communicationHint')}</p>
            {communicationCategories.map((category) => {
              const categoryTitle = t(`consent.communication.categories.${category}.title`);
              const groupId = `${id}-${category}`;
              return (
                <fieldset key={category} className="lgm-consent-matrix-row" aria-describedby={`${groupId}-description`}>
                  <legend>{categoryTitle}</legend>
                  <p id={`${groupId}-description`} className="lgm-consent-choice-description">
                    {t(`consent.communication.categories.${category}.description`)}
                  </p>
                  <div className="lgm-consent-matrix-channels">
                    {communicationChannels.map((channel) => {
                      const inputId = `${groupId}-${channel}`;
                      const thirdParty = communicationThirdParty(category, channel, communicationThirdParties);
                      const channelText = t(`consent.communication.channels.${channel}`);
                      return (
                        <div key={channel} className="lgm-consent-matrix-channel">
                          <input
                            id={inputId}
                            type="checkbox"
                            aria-label={t('consent.communication.choiceLabel', {
                              category: categoryTitle,
                              channel: channelText,
                            })}
                            aria-describedby={thirdParty ? `${inputId}-third-party` : undefined}
                            {...form.register(`communication.${category}.${channel}`)}
                          />
                          <label htmlFor={inputId} aria-hidden="true">
                            {channelText}
                          </label>
                          {thirdParty && (
                            <p id={`${inputId}-third-party`} className="lgm-consent-third-party">
                              {t('consent.thirdParties.emailInvolves', {
                                thirdParty: thirdPartyLabel(t, thirdParty, thirdPartyNames),
                              })}
                            </p>
                          )}
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              );
            })}
          </fieldset>
        )}
      </fieldset>

      <div ref={statusRef} tabIndex={-1} className="lgm-consent-settings-status">
        <p role="status" className="lgm-consent-settings-message">
          {statusText[status] ?? (isDirty ? t('consent.settings.unsavedChanges') : '')}
        </p>
        <p role="alert" className="lgm-consent-settings-error">
          {errorText}
        </p>
      </div>

      <div className="lgm-consent-settings-actions">
        <button type="submit" className="lgm-consent-button" disabled={isBusy}>
          {t('consent.settings.save')}
        </button>
        <button
          type="button"
          className="lgm-consent-button lgm-consent-button--secondary"
          disabled={isBusy || !isDirty}
          onClick={() => {
            form.reset();
            setStatus('idle');
          }}
        >
          {t('consent.settings.undo')}
        </button>
        <button
          type="button"
          className="lgm-consent-button lgm-consent-button--secondary"
          disabled={isBusy}
          aria-describedby={`${id}-withdraw-hint`}
          onClick={() => run('withdraw', allOff(purposeIds))}
        >
          {t('consent.settings.withdrawAll')}
        </button>
        <p id={`${id}-withdraw-hint`} className="lgm-consent-choice-description">
          {t('consent.settings.withdrawAllHint')}
        </p>
      </div>
    </form>
  );
}
