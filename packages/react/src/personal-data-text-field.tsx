import {
  detectPersonalData,
  type PersonalDataFinding,
  type PersonalDataKind,
  type PersonalDataMode,
  personalDataExcerpt,
  personalDataLine,
  personalDataMessage,
  removePersonalDataFinding,
} from '@loggamera/privacy-core';
import {
  type ChangeEvent,
  type FocusEvent,
  type ForwardedRef,
  forwardRef,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePrivacyTranslation } from './i18n-provider';

type FieldElement = HTMLTextAreaElement | HTMLInputElement;

/** Props of {@link PersonalDataTextField}. Everything but `label` is optional. */
export interface PersonalDataTextFieldProps {
  /** The field's visible label. */
  label: ReactNode;
  /** The text, when the parent owns it (controlled); pair it with `onValueChange`. */
  value?: string;
  /** The starting text when the field owns it (uncontrolled, also with react-hook-form's `register`). */
  defaultValue?: string;
  /** Called with the new text on every edit, including a removal by the field's own action. */
  onValueChange?: (value: string) => void;
  /** `warn` (default): shows what looks like personal data, saving stays possible. `block`: it is a validation error. */
  mode?: PersonalDataMode;
  /** `true` (default): a multi-line textarea. `false`: a single-line input. */
  multiline?: boolean;
  /** Lowest confidence (0–1) that is warned about; the detector's default when left out. */
  threshold?: number;
  /** Which kinds of personal data to look for; all when left out. */
  kinds?: readonly PersonalDataKind[];
  /** An error from the form (e.g. react-hook-form's `fieldState.error?.message`): shown, and the field is invalid. */
  error?: string;
  /** Called when what the field found changes (after typing settles). */
  onFindingsChange?: (findings: PersonalDataFinding[]) => void;
  /** Passed to the textarea or input, like react-hook-form's `register` result. */
  name?: string;
  onChange?: (event: ChangeEvent<FieldElement>) => void;
  onBlur?: (event: FocusEvent<FieldElement>) => void;
  id?: string;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  disabled?: boolean;
  readOnly?: boolean;
  required?: boolean;
  className?: string;
}

/** How long typing must pause before the polite live region says what changed. */
const announceDelayMs = 1000;

/** Sets a field's value as if the user had edited it, so React's and react-hook-form's onChange run. */
function replaceFieldText(element: FieldElement, next: string, start: number, end: number): void {
  element.focus();
  // execCommand keeps the browser's undo history (Ctrl+Z brings the text back); where it is not
  // available (jsdom, old browsers) the value is set through the native setter and an input event.
  element.setSelectionRange(start, end);
  const deleted = typeof document.execCommand === 'function' && document.execCommand('delete');
  if (deleted && element.value === next) return;
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  setter?.call(element, next);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

function PersonalDataTextFieldImpl(
  {
    label,
    value,
    defaultValue,
    onValueChange,
    mode = 'warn',
    multiline = true,
    threshold,
    kinds,
    error,
    onFindingsChange,
    onChange,
    onBlur,
    id,
    rows = 4,
    className,
    ...inputProps
  }: PersonalDataTextFieldProps,
  forwardedRef: ForwardedRef<FieldElement>,
) {
  const { t, locale } = usePrivacyTranslation();
  const generatedId = useId();
  const fieldId = id ?? `${generatedId}-field`;
  const descriptionId = `${generatedId}-description`;
  const errorId = `${generatedId}-error`;
  const findingsTitleId = `${generatedId}-findings`;
  const findingId = (index: number) => `${generatedId}-finding-${index}`;

  const isControlled = value !== undefined;
  const [ownText, setOwnText] = useState(defaultValue ?? '');
  const text = isControlled ? value : ownText;
  // Detection runs on the deferred text: a keystroke paints first, the findings follow when idle.
  const deferredText = useDeferredValue(text);
  const kindsKey = kinds?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `kinds` is compared by content (kindsKey).
  const findings = useMemo(
    () => detectPersonalData(deferredText, { locale, threshold, kinds }),
    [deferredText, locale, threshold, kindsKey],
  );

  const elementRef = useRef<FieldElement | null>(null);
  const setRefs = useCallback(
    (element: FieldElement | null) => {
      elementRef.current = element;
      if (typeof forwardedRef === 'function') forwardedRef(element);
      else if (forwardedRef) forwardedRef.current = element;
    },
    [forwardedRef],
  );

  // Uncontrolled, the DOM holds the text: react-hook-form's `register` may fill it in (defaultValues,
  // reset) without an input event, so read it back after mount and whenever the field gains focus.
  const syncFromDom = useCallback(() => {
    const element = elementRef.current;
    if (!isControlled && element && element.value !== ownText) setOwnText(element.value);
  }, [isControlled, ownText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only once, after the ref callbacks ran.
  useEffect(syncFromDom, []);

  const hasEdited = useRef(false);
  const handleChange = (event: ChangeEvent<FieldElement>) => {
    hasEdited.current = true;
    if (!isControlled) setOwnText(event.target.value);
    onChange?.(event);
    onValueChange?.(event.target.value);
  };

  const isBlocked = mode === 'block' && findings.length > 0;
  const blockMessage = isBlocked ? personalDataMessage(findings, 'block', t) : null;
  const isInvalid = Boolean(error) || isBlocked;

  // A plain form cannot be submitted while a blocked field holds personal data.
  useEffect(() => {
    elementRef.current?.setCustomValidity(blockMessage ?? '');
  }, [blockMessage]);

  const signature = findings.map((f) => `${f.kind}:${personalDataExcerpt(f)}`).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: called when the set of findings changes.
  useEffect(() => {
    onFindingsChange?.(findings);
  }, [signature]);

  // The polite live region speaks only after typing pauses, and only when the set of findings changed.
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(signature);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `text` restarts the pause on every keystroke.
  useEffect(() => {
    if (!hasEdited.current) {
      announced.current = signature;
      return;
    }
    const timer = setTimeout(() => {
      if (signature === announced.current) return;
      announced.current = signature;
      if (!findings.length) {
        setAnnouncement(t('detection.field.announceCleared'));
        return;
      }
      const kindNames = [...new Set(findings.map((f) => t(`detection.kind.${f.kind}`)))];
      setAnnouncement(t('detection.field.announceFound', { kinds: kindNames.join(', ') }));
    }, announceDelayMs);
    return () => clearTimeout(timer);
  }, [signature, text]);

  const remove = (finding: PersonalDataFinding) => {
    const element = elementRef.current;
    if (!element) return;
    const current = element.value;
    const removal = removePersonalDataFinding(current, finding);
    if (removal.text !== current) {
      hasEdited.current = true;
      replaceFieldText(element, removal.text, removal.caret, removal.caret + current.length - removal.text.length);
    }
    // Focus goes back into the text where the finding was, ready to write something else.
    element.focus();
    element.setSelectionRange(removal.caret, removal.caret);
  };

  const describedBy = [
    descriptionId,
    error ? errorId : null,
    findings.length ? findingsTitleId : null,
    ...findings.map((_, index) => findingId(index)),
  ]
    .filter(Boolean)
    .join(' ');

  const sharedProps = {
    ...inputProps,
    id: fieldId,
    ref: setRefs,
    className: 'lgm-pdf-input',
    'aria-describedby': describedBy,
    'aria-invalid': isInvalid || undefined,
    onChange: handleChange,
    onFocus: syncFromDom,
    onBlur,
    ...(isControlled ? { value } : { defaultValue }),
  };
  const isMultiLine = multiline && deferredText.includes('\n');

  return (
    <div className={['lgm-pdf', className].filter(Boolean).join(' ')} data-mode={mode}>
      <label className="lgm-pdf-label" htmlFor={fieldId}>
        {label}
      </label>
      <p className="lgm-pdf-description" id={descriptionId}>
        {t('detection.field.guidance')}
      </p>
      {multiline ? <textarea rows={rows} {...sharedProps} /> : <input type="text" {...sharedProps} />}
      {error ? (
        <p className="lgm-pdf-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {findings.length ? (
        <div className="lgm-pdf-findings" data-mode={mode}>
          <p className="lgm-pdf-findings-title" id={findingsTitleId}>
            {t(isBlocked ? 'detection.field.blockedTitle' : 'detection.field.warningTitle')}
          </p>
          <ul className="lgm-pdf-findings-list">
            {findings.map((finding, index) => {
              const excerpt = personalDataExcerpt(finding);
              const described = t(`detection.finding.${finding.kind}`, { excerpt });
              return (
                <li className="lgm-pdf-finding" key={`${finding.kind}:${finding.start}`}>
                  <span id={findingId(index)}>
                    {isMultiLine
                      ? t('detection.field.onLine', {
                          finding: described,
                          line: personalDataLine(deferredText, finding),
                        })
                      : described}
                  </span>
                  <button
                    type="button"
                    className="lgm-pdf-remove"
                    aria-label={t('detection.field.removeLabel', {
                      kind: t(`detection.kind.${finding.kind}`),
                      excerpt,
                    })}
                    onClick={() => remove(finding)}
                    disabled={inputProps.disabled || inputProps.readOnly}
                  >
                    {t('detection.field.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p className="lgm-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

/**
 * A free-text field (textarea, or single-line with `multiline={false}`) that shows the privacy policy's
 * guidance and warns, as the user types, about what looks like personal data and where, with a quick
 * action to remove each finding. Works uncontrolled, controlled and with react-hook-form.
 *
 * @example
 * <PersonalDataTextField label="Beskrivning av anläggningen" {...register('description')} />
 * <PersonalDataTextField label="Larminstruktion" mode="block" value={text} onValueChange={setText} />
 */
export const PersonalDataTextField = forwardRef(PersonalDataTextFieldImpl);
PersonalDataTextField.displayName = 'PersonalDataTextField';
