import { zodResolver } from '@hookform/resolvers/zod';
import {
  createDataRequestSchema,
  type DataRequest,
  type DataRequestFormValues,
  type DataRequestKind,
  dataRequestKinds,
  emptyDataRequestValues,
  requestsTexts,
} from '@loggamera/privacy-core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type FieldError, type Resolver, useForm } from 'react-hook-form';
import { usePrivacyTranslation } from './i18n-provider';

/** Something the user picks from a list the host provides: an account, a facility or a free-text field. */
export interface DataRequestOption {
  id: string;
  /** What the user sees (the account's e-mail, the facility's name). */
  label: string;
}

/** Props of {@link DataRequestForm}. */
export interface DataRequestFormProps {
  /**
   * Sends the request to Loggamera's support; the host adds who is asking (the logged-in user), which the
   * form does not ask for. Reject to show an error: the form keeps everything typed for a retry.
   */
  onSubmit: (request: DataRequest) => Promise<void>;
  /** The user's accounts, to pick which to deregister. Without it the user types them. */
  accounts?: readonly DataRequestOption[];
  /**
   * The user's facilities, for a free-text removal. Without it the user types the facility's name; pass
   * the list (and `freeTextFields`) where you can, so there is nothing to type personal data into.
   */
  facilities?: readonly DataRequestOption[];
  /** The free-text fields a facility has (e.g. "Beskrivning"). Without it the user types the field's name. */
  freeTextFields?: readonly DataRequestOption[];
  /** Starting values, e.g. `{ kind: 'free-text-removal', facility: 'f-12' }` from a link beside the field. */
  defaultValues?: Partial<DataRequestFormValues>;
  /** Level of the form's heading. Default 2. */
  headingLevel?: 2 | 3;
  className?: string;
}

const kindTextKey = {
  deregistration: 'deregistration',
  correction: 'correction',
  'free-text-removal': 'freeTextRemoval',
} as const satisfies Record<DataRequestKind, string>;

type Status = { phase: 'editing'; hasFailed: boolean } | { phase: 'submitted'; kind: DataRequestKind };

/**
 * The requests the policy names, sent to Loggamera's support through `onSubmit`: deregistration (which
 * accounts; support confirms first; sales records stay as the law requires), correction, and removal of
 * personal data written by mistake in a free-text field (by facility and field, never the data itself).
 *
 * @example
 * <DataRequestForm accounts={[{ id: 'u1', label: 'anna@example.se' }]} onSubmit={(r) => api.post('/requests', r)} />
 */
export function DataRequestForm({
  onSubmit,
  accounts,
  facilities,
  freeTextFields,
  defaultValues,
  headingLevel = 2,
  className,
}: DataRequestFormProps) {
  const { t, locale } = usePrivacyTranslation(requestsTexts);
  const id = useId();
  const hasAccountList = Boolean(accounts?.length);
  const schema = useMemo(() => createDataRequestSchema({ hasAccountList }), [hasAccountList]);
  const form = useForm<DataRequestFormValues, unknown, DataRequest>({
    // The form holds every kind's fields at once (so switching kinds loses nothing); the schema reads only
    // the chosen kind's fields from them, so its narrower input type is safe to widen here.
    resolver: zodResolver(schema) as unknown as Resolver<DataRequestFormValues, unknown, DataRequest>,
    defaultValues: { ...emptyDataRequestValues, ...defaultValues },
  });
  const { register, handleSubmit, watch, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const [status, setStatus] = useState<Status>({ phase: 'editing', hasFailed: false });
  const inFlight = useRef(false);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const kind = watch('kind');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  useEffect(() => {
    if (status.phase === 'submitted') confirmationRef.current?.focus();
  }, [status.phase]);

  const submit = handleSubmit(async (request) => {
    if (inFlight.current) return; // a second Enter or click while sending does nothing
    inFlight.current = true;
    try {
      await onSubmit(request);
      setStatus({ phase: 'submitted', kind: request.kind });
    } catch {
      setStatus({ phase: 'editing', hasFailed: true });
    } finally {
      inFlight.current = false;
    }
  });

  const errorText = (error: FieldError | undefined) =>
    error?.message ? t(error.message, { defaultValue: t('common.requiredField') }) : undefined;
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const fieldError = (name: keyof DataRequestFormValues) => {
    const text = errorText(errors[name] as FieldError | undefined);
    return text ? (
      <p id={`${id}-${name}-error`} className="lgm-request-error">
        {text}
      </p>
    ) : null;
  };
  const errorId = (name: keyof DataRequestFormValues) => (errors[name] ? `${id}-${name}-error` : undefined);

  if (status.phase === 'submitted') {
    return (
      <div className={['lgm-request', className].filter(Boolean).join(' ')} lang={locale} role="status">
        <Heading ref={confirmationRef} tabIndex={-1} className="lgm-request-heading">
          {t('requests.submitted.heading')}
        </Heading>
        <p>{t(`requests.submitted.${kindTextKey[status.kind]}`)}</p>
        <button
          type="button"
          className="lgm-policy-button"
          onClick={() => {
            reset({ ...emptyDataRequestValues, ...defaultValues });
            setStatus({ phase: 'editing', hasFailed: false });
          }}
        >
          {t('requests.submitted.newRequest')}
        </button>
      </div>
    );
  }

  const selectOrInput = (
    name: 'facility' | 'field',
    label: string,
    options: readonly DataRequestOption[] | undefined,
  ) => {
    const inputId = `${id}-${name}`;
    const common = {
      id: inputId,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': describedBy(`${id}-free-text-hint`, errorId(name)),
      ...register(name),
    };
    return (
      <div className="lgm-request-field">
        <label htmlFor={inputId}>{label}</label>
        {options?.length ? (
          <select {...common}>
            <option value="">{t('requests.freeTextRemoval.chooseOption')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input type="text" autoComplete="off" {...common} />
        )}
        {fieldError(name)}
      </div>
    );
  };

  return (
    <form
      className={['lgm-request', className].filter(Boolean).join(' ')}
      lang={locale}
      noValidate
      aria-labelledby={`${id}-heading`}
      aria-busy={isSubmitting || undefined}
      onSubmit={submit}
    >
      <Heading id={`${id}-heading`} className="lgm-request-heading">
        {t('requests.heading')}
      </Heading>
      <p>{t('requests.intro')}</p>

      <fieldset className="lgm-request-kinds" aria-describedby={errorId('kind')}>
        <legend>{t('requests.kindLegend')}</legend>
        {dataRequestKinds.map((value) => (
          <div key={value} className="lgm-request-choice">
            <input
              type="radio"
              id={`${id}-kind-${value}`}
              value={value}
              aria-invalid={errors.kind ? true : undefined}
              {...register('kind')}
            />
            <label htmlFor={`${id}-kind-${value}`}>{t(`requests.kinds.${kindTextKey[value]}`)}</label>
          </div>
        ))}
        {fieldError('kind')}
      </fieldset>

      {kind === 'deregistration' ? (
        <div className="lgm-request-details">
          {hasAccountList ? (
            <fieldset aria-describedby={errorId('accounts')}>
              <legend>{t('requests.deregistration.accountsLegend')}</legend>
              {accounts?.map((account) => (
                <div key={account.id} className="lgm-request-choice">
                  <input
                    type="checkbox"
                    id={`${id}-account-${account.id}`}
                    value={account.id}
                    aria-invalid={errors.accounts ? true : undefined}
                    {...register('accounts')}
                  />
                  <label htmlFor={`${id}-account-${account.id}`}>{account.label}</label>
                </div>
              ))}
              {fieldError('accounts')}
            </fieldset>
          ) : (
            <div className="lgm-request-field">
              <label htmlFor={`${id}-accountsText`}>{t('requests.deregistration.accountsLabel')}</label>
              <p id={`${id}-accounts-hint`} className="lgm-request-hint">
                {t('requests.deregistration.accountsHint')}
              </p>
              <textarea
                id={`${id}-accountsText`}
                rows={3}
                aria-invalid={errors.accountsText ? true : undefined}
                aria-describedby={describedBy(`${id}-accounts-hint`, errorId('accountsText'))}
                {...register('accountsText')}
              />
              {fieldError('accountsText')}
            </div>
          )}
          <p className="lgm-request-info">{t('requests.deregistration.confirmedFirst')}</p>
          <p className="lgm-request-info">{t('requests.deregistration.keptByLaw')}</p>
        </div>
      ) : null}

      {kind === 'correction' ? (
        <div className="lgm-request-details lgm-request-field">
          <label htmlFor={`${id}-correction`}>{t('requests.correction.label')}</label>
          <p id={`${id}-correction-hint`} className="lgm-request-hint">
            {t('requests.correction.hint')}
          </p>
          <textarea
            id={`${id}-correction`}
            rows={4}
            aria-invalid={errors.correction ? true : undefined}
            aria-describedby={describedBy(`${id}-correction-hint`, errorId('correction'))}
            {...register('correction')}
          />
          {fieldError('correction')}
        </div>
      ) : null}

      {kind === 'free-text-removal' ? (
        <div className="lgm-request-details">
          <p id={`${id}-free-text-hint`} className="lgm-request-hint">
            {t('requests.freeTextRemoval.hint')}
          </p>
          {selectOrInput('facility', t('requests.freeTextRemoval.facilityLabel'), facilities)}
          {selectOrInput('field', t('requests.freeTextRemoval.fieldLabel'), freeTextFields)}
        </div>
      ) : null}

      {status.hasFailed && !isSubmitting ? (
        <p role="alert" className="lgm-request-failed">
          {t('requests.failed')}
        </p>
      ) : null}

      <button
        type="submit"
        className="lgm-policy-button lgm-policy-button-primary"
        aria-disabled={isSubmitting || undefined}
      >
        {isSubmitting ? t('requests.submitting') : t('requests.submit')}
      </button>
    </form>
  );
}
