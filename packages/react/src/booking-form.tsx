import { zodResolver } from '@hookform/resolvers/zod';
import {
  type BookingField,
  type BookingPayload,
  type BookingPayment,
  type BookingProduct,
  type BookingSubmitHandler,
  type BookingValues,
  bookingConsentChoices,
  bookingDescriptionMaxLength,
  bookingFieldValue,
  bookingTexts,
  type ConsentStore,
  createBookingSchema,
  emptyBookingValues,
  getSubprocessor,
  submitBooking,
  toBookingPayload,
} from '@loggamera/privacy-core';
import { type ReactNode, type Ref, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type FieldError, type UseFormRegisterReturn, useController, useForm } from 'react-hook-form';
import { useConsentStore } from './consent-provider';
import { usePrivacyTranslation } from './i18n-provider';
import { PersonalDataTextField } from './personal-data-text-field';
import { PrivacyPolicyLink } from './privacy-policy-link';

/** The step a {@link BookingForm} shows: filling in, reviewing what is sent to whom, or done. */
export type BookingFormStep = 'details' | 'review' | 'done';

/** Props of {@link BookingForm}. */
export interface BookingFormProps {
  /** The installer who does the physical installation; named to the user before the booking is made. */
  installerName: string;
  /** The monitoring products the host offers; the user chooses at least one. */
  products: readonly BookingProduct[];
  /** Where the host shows the privacy policy. */
  policyUrl: string;
  /** Takes the booking; the booking counts as made when the promise resolves. Wins over `endpoint`. */
  onSubmit?: BookingSubmitHandler;
  /** Where to POST the booking as JSON when there is no `onSubmit`. */
  endpoint?: string;
  /** `online`: the review also says what the payment system receives. Default `invoice`. */
  payment?: BookingPayment;
  /** Starting values, e.g. what the portal already knows about the user. */
  defaultValues?: Partial<BookingValues>;
  /** The step to start on; `review` needs complete `defaultValues` (used to resume, and by stories). */
  defaultStep?: Exclude<BookingFormStep, 'done'>;
  /** Called once the booking has been delivered, with what was sent and what the target answered. */
  onSubmitted?: (payload: BookingPayload, result: unknown) => void;
  /** Records a ticked "updates and newsletters" box as consent from the booking form; the nearest `ConsentProvider`'s store by default. */
  consentStore?: ConsentStore;
  /** The policy version recorded in the booking; the kit's current one by default. */
  policyVersion?: string;
  /** Heading level of the form's title; the steps' headings are one level below. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /**
   * What the host's products, places and rooms are called, never reported as personal data in the
   * description (the detector's `allowList`: a product named "Vera" is no person).
   */
  descriptionAllowList?: readonly string[];
  className?: string;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';

// The order the form shows its fields in, for moving focus to the first one with an error.
const fieldOrder: readonly (keyof BookingValues)[] = [
  'name',
  'email',
  'phone',
  'street',
  'postcode',
  'town',
  'products',
  'description',
];

interface TextInputProps {
  label: string;
  hint?: string;
  error?: FieldError;
  registration: UseFormRegisterReturn;
  type?: 'text' | 'email' | 'tel';
  autoComplete: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
}

// The booking form works with or without a ConsentProvider; useConsentStore throws without one. The
// hook inside always runs, so the order of hooks is the same either way.
function useOptionalConsentStore(): ConsentStore | undefined {
  try {
    // biome-ignore lint/correctness/useHookAtTopLevel: always called, once per render; only its throw is caught.
    return useConsentStore();
  } catch {
    return undefined;
  }
}

function TextInput({ label, hint, error, registration, type = 'text', autoComplete, inputMode }: TextInputProps) {
  const { t } = usePrivacyTranslation(bookingTexts);
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="lgm-booking-field">
      <label className="lgm-booking-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="lgm-booking-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        {...registration}
        id={id}
        className="lgm-booking-input"
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error?.message ? (
        <p className="lgm-booking-error" id={`${id}-error`}>
          {t(error.message)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The booking form for monitoring: contact details, installation address, products, a description of
 * the facility that warns about personal data, and the optional choice of mailings. A review step names
 * the installer and shows exactly what is sent to whom before the user confirms. Submits through
 * `onSubmit` (a promise) or a JSON POST to `endpoint`; a failed submit keeps everything and can be retried.
 *
 * @example
 * <BookingForm
 *   installerName="Rörmokar-Pelles AB"
 *   products={[{ id: 'leak', name: 'Läckagelarm' }]}
 *   policyUrl="/integritetspolicy"
 *   onSubmit={(booking) => api.post('/bookings', booking)}
 * />
 */
export function BookingForm({
  installerName,
  products,
  policyUrl,
  onSubmit,
  endpoint,
  payment = 'invoice',
  defaultValues,
  defaultStep = 'details',
  onSubmitted,
  consentStore,
  policyVersion,
  headingLevel = 2,
  descriptionAllowList,
  className,
}: BookingFormProps) {
  const { t, locale } = usePrivacyTranslation(bookingTexts);
  const providedConsentStore = useOptionalConsentStore();
  const id = useId();
  const productIds = products.map((product) => product.id).join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the schema depends on the offered ids only.
  const schema = useMemo(() => createBookingSchema({ productIds: products.map((p) => p.id) }), [productIds]);
  const form = useForm<BookingValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...emptyBookingValues, ...defaultValues },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // react-hook-form focuses in registration order; the products are registered first (useController).
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, getValues, control, setFocus } = form;
  const { errors } = formState;
  // Checkboxes of one name give react-hook-form a string when there is only one: keep an array by hand.
  const { field: productsField } = useController({ control, name: 'products' });

  // Starting on the review needs complete, valid values; otherwise the form starts on the details.
  const [reviewed, setReviewed] = useState<BookingValues | null>(() => {
    if (defaultStep !== 'review') return null;
    const result = schema.safeParse({ ...emptyBookingValues, ...defaultValues });
    return result.success ? (result.data as BookingValues) : null;
  });
  const [step, setStep] = useState<BookingFormStep>(reviewed ? 'review' : 'details');
  const [status, setStatus] = useState<'idle' | 'pending' | 'failed'>('idle');
  const isSending = useRef(false);

  // Focus follows the step: the review's heading, the confirmation, or back to the first field.
  const stepHeading = useRef<HTMLHeadingElement | null>(null);
  const hasMoved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes.
  useEffect(() => {
    if (!hasMoved.current) return;
    stepHeading.current?.focus();
  }, [step]);
  const goTo = (next: BookingFormStep) => {
    hasMoved.current = true;
    setStep(next);
  };

  const payload = reviewed
    ? toBookingPayload(reviewed, { installerName, products, payment, locale, policyVersion })
    : null;

  const toReview = handleSubmit(
    (values) => {
      setReviewed(values);
      setStatus('idle');
      goTo('review');
    },
    (invalid) => {
      const first = fieldOrder.find((name) => invalid[name]);
      if (first) setFocus(first);
    },
  );

  const confirm = async () => {
    if (!payload || isSending.current) return;
    isSending.current = true;
    setStatus('pending');
    try {
      const result = await submitBooking(payload, { onSubmit, endpoint });
      const choices = bookingConsentChoices(payload);
      if (choices) (consentStore ?? providedConsentStore)?.choose(choices, 'booking-form');
      setStatus('idle');
      goTo('done');
      onSubmitted?.(payload, result);
    } catch {
      setStatus('failed');
    } finally {
      isSending.current = false;
    }
  };

  const Title = `h${headingLevel}` as Heading;
  const StepHeading = `h${headingLevel + 1}` as Heading;
  const RecipientHeading = `h${Math.min(headingLevel + 2, 5)}` as Heading;
  const rootClass = ['lgm-booking', className].filter(Boolean).join(' ');
  const isPending = status === 'pending';

  if (step === 'done') {
    return (
      <section className={rootClass} aria-labelledby={`${id}-title`} data-step="done">
        <Title id={`${id}-title`} className="lgm-booking-title">
          {t('booking.title')}
        </Title>
        <div className="lgm-booking-done" role="status">
          <StepHeading ref={stepHeading} tabIndex={-1} className="lgm-booking-step-heading">
            {t('booking.done.heading')}
          </StepHeading>
          <p>{t('booking.done.body', { installer: installerName })}</p>
        </div>
      </section>
    );
  }

  if (step === 'review' && payload) {
    return (
      <section className={rootClass} aria-labelledby={`${id}-title`} data-step="review">
        <Title id={`${id}-title`} className="lgm-booking-title">
          {t('booking.title')}
        </Title>
        <p className="lgm-booking-progress">{t('booking.stepOf', { current: 2, total: 2 })}</p>
        <StepHeading ref={stepHeading} tabIndex={-1} className="lgm-booking-step-heading">
          {t('booking.review.heading')}
        </StepHeading>
        <div className="lgm-booking-installer">
          <p className="lgm-booking-installer-name">{t('booking.review.installer', { installer: installerName })}</p>
          <p>{t('booking.review.installerNote')}</p>
        </div>
        <StepHeading className="lgm-booking-subheading">{t('booking.review.sentHeading')}</StepHeading>
        <ul className="lgm-booking-recipients">
          {payload.disclosures.map(({ recipient, fields }) => {
            const company = recipient === 'installer' ? null : getSubprocessor(recipient).company;
            const headingId = `${id}-recipient-${recipient}`;
            return (
              <li key={recipient} className="lgm-booking-recipient" aria-labelledby={headingId}>
                <RecipientHeading id={headingId} className="lgm-booking-recipient-name">
                  {t(`booking.recipients.${recipient}`, { installer: installerName })}
                  {company ? ` ${t('booking.recipients.namedAs', { name: company })}` : null}
                </RecipientHeading>
                <p className="lgm-booking-recipient-why">{t(`booking.recipients.${recipient}Why`)}</p>
                <dl className="lgm-booking-values">
                  {fields.map((field: BookingField) => (
                    <div key={field} className="lgm-booking-value">
                      <dt>{t(`booking.fields.${field}`)}</dt>
                      <dd>{bookingFieldValue(payload, field) || t('booking.review.noDescription')}</dd>
                    </div>
                  ))}
                </dl>
                {recipient === 'payment' ? (
                  <p className="lgm-booking-hint">{t('booking.recipients.paymentExtra')}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p>{t('booking.review.sentNone')}</p>
        <p>{t(payment === 'online' ? 'booking.payment.online' : 'booking.payment.invoice')}</p>
        <p className="lgm-booking-policy">
          {t('booking.policy')} <PrivacyPolicyLink href={policyUrl} target="_blank" rel="noopener" />
        </p>
        {status === 'failed' ? (
          <p className="lgm-booking-alert" role="alert">
            {t('booking.errors.submitFailed')}
          </p>
        ) : null}
        <p className="lgm-visually-hidden" role="status">
          {isPending ? t('booking.submitting') : ''}
        </p>
        <div className="lgm-booking-actions">
          <button
            type="button"
            className="lgm-booking-button"
            data-variant="secondary"
            aria-disabled={isPending || undefined}
            onClick={() => {
              if (!isPending) goTo('details');
            }}
          >
            {t('booking.back')}
          </button>
          <button
            type="button"
            className="lgm-booking-button"
            data-variant="primary"
            aria-disabled={isPending || undefined}
            onClick={confirm}
          >
            {t(isPending ? 'booking.submitting' : status === 'failed' ? 'common.retry' : 'booking.confirm')}
          </button>
        </div>
      </section>
    );
  }

  const productError = errors.products?.message ?? errors.products?.root?.message;
  const updatesHintId = `${id}-updates-hint`;
  const productsHintId = `${id}-products-hint`;
  const productsErrorId = `${id}-products-error`;
  const descriptionError = errors.description?.message;

  return (
    <section className={rootClass} aria-labelledby={`${id}-title`} data-step="details">
      <Title id={`${id}-title`} className="lgm-booking-title">
        {t('booking.title')}
      </Title>
      <p className="lgm-booking-progress">{t('booking.stepOf', { current: 1, total: 2 })}</p>
      <p className="lgm-booking-intro">{t('booking.intro')}</p>
      <p className="lgm-booking-hint">{t('booking.requiredNote')}</p>
      <form className="lgm-booking-form" noValidate onSubmit={toReview} aria-labelledby={`${id}-title`}>
        <fieldset className="lgm-booking-fieldset">
          <legend className="lgm-booking-legend">{t('booking.contact.legend')}</legend>
          <TextInput
            label={t('booking.contact.name')}
            registration={register('name')}
            error={errors.name}
            autoComplete="name"
          />
          <TextInput
            label={t('booking.contact.email')}
            registration={register('email')}
            error={errors.email}
            type="email"
            autoComplete="email"
          />
          <TextInput
            label={t('booking.contact.phone')}
            hint={t('booking.contact.phoneHint')}
            registration={register('phone')}
            error={errors.phone}
            type="tel"
            autoComplete="tel"
          />
        </fieldset>
        <fieldset className="lgm-booking-fieldset">
          <legend className="lgm-booking-legend">{t('booking.address.legend')}</legend>
          <TextInput
            label={t('booking.address.street')}
            registration={register('street')}
            error={errors.street}
            autoComplete="street-address"
          />
          <TextInput
            label={t('booking.address.postcode')}
            hint={t('booking.address.postcodeHint')}
            registration={register('postcode')}
            error={errors.postcode}
            autoComplete="postal-code"
            inputMode="numeric"
          />
          <TextInput
            label={t('booking.address.town')}
            registration={register('town')}
            error={errors.town}
            autoComplete="address-level2"
          />
        </fieldset>
        <fieldset
          className="lgm-booking-fieldset"
          aria-describedby={[productsHintId, productError ? productsErrorId : null].filter(Boolean).join(' ')}
        >
          <legend className="lgm-booking-legend">{t('booking.products.legend')}</legend>
          <p className="lgm-booking-hint" id={productsHintId}>
            {t('booking.products.hint')}
          </p>
          <div className="lgm-booking-choices">
            {products.map((product, index) => (
              <ProductChoice
                key={product.id}
                product={product}
                inputRef={index === 0 ? productsField.ref : undefined}
                isChecked={productsField.value.includes(product.id)}
                onCheckedChange={(isChecked) =>
                  productsField.onChange(
                    isChecked
                      ? [...productsField.value, product.id]
                      : productsField.value.filter((chosen) => chosen !== product.id),
                  )
                }
                onBlur={productsField.onBlur}
                isInvalid={Boolean(productError)}
              />
            ))}
          </div>
          {productError ? (
            <p className="lgm-booking-error" id={productsErrorId}>
              {t(productError)}
            </p>
          ) : null}
        </fieldset>
        <PersonalDataTextField
          label={t('booking.description.label')}
          maxLength={bookingDescriptionMaxLength}
          error={descriptionError ? t(descriptionError) : undefined}
          className="lgm-booking-description"
          allowList={descriptionAllowList}
          defaultValue={getValues('description')}
          {...register('description')}
        />
        <fieldset className="lgm-booking-fieldset">
          <legend className="lgm-booking-legend">{t('booking.updates.legend')}</legend>
          <div className="lgm-booking-choice">
            <input
              type="checkbox"
              id={`${id}-updates`}
              className="lgm-booking-checkbox"
              aria-describedby={updatesHintId}
              {...register('wantsUpdates')}
            />
            <label htmlFor={`${id}-updates`}>{t('booking.updates.label')}</label>
          </div>
          <p className="lgm-booking-hint" id={updatesHintId}>
            {t('booking.updates.hint')}
          </p>
        </fieldset>
        <p className="lgm-booking-policy">
          {t('booking.policy')} <PrivacyPolicyLink href={policyUrl} target="_blank" rel="noopener" />
        </p>
        <div className="lgm-booking-actions">
          <button type="submit" className="lgm-booking-button" data-variant="primary">
            {t('booking.toReview')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface ProductChoiceProps {
  product: BookingProduct;
  inputRef?: Ref<HTMLInputElement>;
  isChecked: boolean;
  onCheckedChange: (isChecked: boolean) => void;
  onBlur: () => void;
  isInvalid: boolean;
}

function ProductChoice({
  product,
  inputRef,
  isChecked,
  onCheckedChange,
  onBlur,
  isInvalid,
}: ProductChoiceProps): ReactNode {
  const id = useId();
  return (
    <div className="lgm-booking-choice">
      <input
        ref={inputRef}
        type="checkbox"
        id={id}
        className="lgm-booking-checkbox"
        value={product.id}
        checked={isChecked}
        onChange={(event) => onCheckedChange(event.target.checked)}
        onBlur={onBlur}
        aria-invalid={isInvalid || undefined}
        aria-describedby={product.description ? `${id}-description` : undefined}
      />
      <label htmlFor={id}>{product.name}</label>
      {product.description ? (
        <span className="lgm-booking-hint" id={`${id}-description`}>
          {product.description}
        </span>
      ) : null}
    </div>
  );
}
