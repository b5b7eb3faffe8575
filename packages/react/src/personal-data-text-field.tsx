import {
  detectionTexts,
  detectPersonalData,
  type PersonalDataContextModel,
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
  memo,
  type ReactNode,
  useCallback,
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
  /** Never warned about: what the facility calls its units, rooms and sensors (`['Rosen', 'Linnéa']`); see `detectPersonalData`. */
  allowList?: readonly string[];
  /**
   * The learned context model for names, `nameContextModel` from `@loggamera/privacy-core`: finds
   * names the rules miss and keeps out things named like people, for about 14 kB more (opt-in); see
   * `detectPersonalData`.
   */
  contextModel?: PersonalDataContextModel;
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

/** How long typing must pause before the findings are recomputed, and at most how long they lag. */
const settleMs = 250;
const maxLagMs = 1000;
/** How long typing must pause before the polite live region says what changed. */
const announceDelayMs = 1000;

/**
 * Runs `task` when the browser is next idle (between keystrokes, after the frame is painted), so the
 * check and its render never stand between a key and its frame; at most `idleTimeoutMs` later.
 * Where there is no requestIdleCallback (Safari, jsdom) it runs at once.
 */
const idleTimeoutMs = 200;
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    task();
    return () => {};
  }
  const handle = requestIdleCallback(task, { timeout: idleTimeoutMs });
  return () => cancelIdleCallback(handle);
}

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

/** What the list shows of a finding: no offsets, so typing elsewhere in the text does not change it. */
interface FindingView {
  kind: PersonalDataKind;
  excerpt: string;
  /** The line it is on, when the text has more than one; otherwise null. */
  line: number | null;
}

interface FindingsListProps {
  views: readonly FindingView[];
  isBlocked: boolean;
  idPrefix: string;
  disabled: boolean;
  /** Removes the finding shown at `index` (the field looks up where it is now). */
  onRemove: (index: number) => void;
}

// Memoised on what it shows: a keystroke never re-renders it, and neither does a new check that only
// moved the findings (typing before them); its translated texts are rebuilt only when what it says changes.
const FindingsList = memo(function FindingsList({ views, isBlocked, idPrefix, disabled, onRemove }: FindingsListProps) {
  const { t } = usePrivacyTranslation(detectionTexts);
  return (
    <div className="lgm-pdf-findings" data-mode={isBlocked ? 'block' : 'warn'}>
      <p className="lgm-pdf-findings-title" id={`${idPrefix}-findings`}>
        {t(isBlocked ? 'detection.field.blockedTitle' : 'detection.field.warningTitle')}
      </p>
      <ul className="lgm-pdf-findings-list">
        {views.map(({ kind, excerpt, line }, index) => {
          const described = t(`detection.finding.${kind}`, { excerpt });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same excerpt can be found twice; the order is the text's.
            <li className="lgm-pdf-finding" key={`${index}:${kind}:${excerpt}`}>
              <span id={`${idPrefix}-finding-${index}`}>
                {line !== null ? t('detection.field.onLine', { finding: described, line }) : described}
              </span>
              <button
                type="button"
                className="lgm-pdf-remove"
                aria-label={t('detection.field.removeLabel', { kind: t(`detection.kind.${kind}`), excerpt })}
                onClick={() => onRemove(index)}
                disabled={disabled}
              >
                {t('detection.field.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

/**
 * Returns the previous object while `next` has the same own properties (Object.is), so an element built
 * from it can be memoised: React then leaves the textarea alone when the field re-renders for something
 * else (a finished check), instead of writing its props again. (React writes a textarea's defaultValue,
 * the whole text, on every update of its props.)
 */
function useShallowStable<T extends object>(next: T): T {
  const stable = useRef(next);
  const previous = stable.current as Record<string, unknown>;
  const nextRecord = next as Record<string, unknown>;
  const keys = Object.keys(nextRecord);
  if (
    keys.length !== Object.keys(previous).length ||
    keys.some((key) => !(key in previous) || !Object.is(previous[key], nextRecord[key]))
  ) {
    stable.current = next;
  }
  return stable.current;
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
    allowList,
    contextModel,
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
  const { t, locale } = usePrivacyTranslation(detectionTexts);
  const idPrefix = useId();
  const fieldId = id ?? `${idPrefix}-field`;
  const descriptionId = `${idPrefix}-description`;
  const errorId = `${idPrefix}-error`;

  const isControlled = value !== undefined;
  // The latest text. Typing does not re-render an uncontrolled field: the DOM holds the text, and the
  // findings follow once typing settles (at most maxLagMs behind), so detection stays off the keystroke.
  const latestText = useRef(value ?? defaultValue ?? '');
  const [detectedText, setDetectedText] = useState(latestText.current);
  // When the oldest edit not yet checked was made; findings are never more than maxLagMs behind it.
  const pendingSince = useRef<number | null>(null);
  const detectTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelIdle = useRef(() => {});

  const detectNow = useCallback(() => {
    clearTimeout(detectTimer.current);
    cancelIdle.current();
    pendingSince.current = null;
    setDetectedText(latestText.current);
  }, []);
  const scheduleDetection = useCallback(() => {
    clearTimeout(detectTimer.current);
    pendingSince.current ??= Date.now();
    const wait = Math.max(0, Math.min(settleMs, pendingSince.current + maxLagMs - Date.now()));
    detectTimer.current = setTimeout(() => {
      cancelIdle.current = whenIdle(detectNow);
    }, wait);
  }, [detectNow]);

  const kindsKey = kinds?.join(',');
  // (U+0000 cannot be typed into a name: the entries stay apart)
  const allowKey = allowList?.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `kinds` and `allowList` are compared by content.
  const findings = useMemo(
    () => detectPersonalData(detectedText, { locale, threshold, kinds, allowList, contextModel }),
    [detectedText, locale, threshold, kindsKey, allowKey, contextModel],
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

  // Controlled, a new value from the parent (typed, or set by the form) is checked once it settles.
  useEffect(() => {
    if (value === undefined || value === latestText.current) return;
    latestText.current = value;
    scheduleDetection();
  }, [value, scheduleDetection]);

  // Uncontrolled, react-hook-form's `register` may fill the DOM in (defaultValues, reset) without an
  // input event, so read it back after mount and whenever the field gains focus.
  const syncFromDom = useCallback(() => {
    const element = elementRef.current;
    if (isControlled || !element || element.value === latestText.current) return;
    latestText.current = element.value;
    detectNow();
  }, [isControlled, detectNow]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, after the ref callbacks ran.
  useEffect(syncFromDom, []);
  useEffect(
    () => () => {
      clearTimeout(detectTimer.current);
      clearTimeout(announceTimer.current);
      cancelIdle.current();
    },
    [],
  );

  // The polite live region speaks only after typing pauses, and only when the set of findings changed.
  const [announcement, setAnnouncement] = useState('');
  const signature = useMemo(() => findings.map((f) => `${f.kind}:${personalDataExcerpt(f)}`).join('|'), [findings]);
  const announced = useRef(signature);
  const current = useRef({ findings, signature, t });
  current.current = { findings, signature, t };
  const scheduleAnnouncement = useCallback(() => {
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => {
      const { findings: found, signature: now, t: translate } = current.current;
      if (now === announced.current) return;
      announced.current = now;
      if (!found.length) {
        setAnnouncement(translate('detection.field.announceCleared'));
        return;
      }
      const kindNames = [...new Set(found.map((f) => translate(`detection.kind.${f.kind}`)))];
      setAnnouncement(translate('detection.field.announceFound', { kinds: kindNames.join(', ') }));
    }, announceDelayMs);
  }, []);

  // Leaving the field (e.g. to press Save) brings the findings up to date at once, so a blocked
  // field's validity never lags behind what the user just typed.
  const handleBlur = (event: FocusEvent<FieldElement>) => {
    if (latestText.current !== detectedText) detectNow();
    onBlur?.(event);
  };

  const handleChange = (event: ChangeEvent<FieldElement>) => {
    latestText.current = event.target.value;
    scheduleDetection();
    scheduleAnnouncement();
    onChange?.(event);
    onValueChange?.(event.target.value);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: called when the set of findings changes.
  useEffect(() => {
    onFindingsChange?.(findings);
  }, [signature]);

  const isBlocked = mode === 'block' && findings.length > 0;
  const blockMessage = isBlocked ? personalDataMessage(findings, 'block', t) : null;
  const isInvalid = Boolean(error) || isBlocked;

  // A plain form cannot be submitted while a blocked field holds personal data.
  useEffect(() => {
    elementRef.current?.setCustomValidity(blockMessage ?? '');
  }, [blockMessage]);

  const latestFindings = useRef(findings);
  latestFindings.current = findings;
  const remove = useCallback(
    (index: number) => {
      const element = elementRef.current;
      const finding = latestFindings.current[index];
      if (!element || !finding) return;
      const before = element.value;
      const removal = removePersonalDataFinding(before, finding);
      if (removal.text !== before) {
        replaceFieldText(element, removal.text, removal.caret, removal.caret + before.length - removal.text.length);
        latestText.current = element.value;
        detectNow();
      }
      // Focus goes back into the text where the finding was, ready to write something else.
      element.focus();
      element.setSelectionRange(removal.caret, removal.caret);
    },
    [detectNow],
  );

  const describedBy = [
    descriptionId,
    error ? errorId : null,
    findings.length ? `${idPrefix}-findings` : null,
    ...findings.map((_, index) => `${idPrefix}-finding-${index}`),
  ]
    .filter(Boolean)
    .join(' ');

  // The handlers read the latest render's through a ref, so the textarea's props stay the same object
  // between renders that change nothing it shows (see useShallowStable).
  const handlers = useRef({ handleChange, handleBlur });
  handlers.current = { handleChange, handleBlur };
  const onFieldChange = useCallback((event: ChangeEvent<FieldElement>) => handlers.current.handleChange(event), []);
  const onFieldBlur = useCallback((event: FocusEvent<FieldElement>) => handlers.current.handleBlur(event), []);

  const showLines = multiline && detectedText.includes('\n');
  const views = useMemo(
    () =>
      findings.map((finding) => ({
        kind: finding.kind,
        excerpt: personalDataExcerpt(finding),
        line: showLines ? personalDataLine(detectedText, finding) : null,
      })),
    [findings, detectedText, showLines],
  );
  const viewsKey = views.map(({ kind, excerpt, line }) => `${kind}\u0000${excerpt}\u0000${line ?? ''}`).join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same views while what they say is the same.
  const stableViews = useMemo(() => views, [viewsKey]);

  const controlProps = useShallowStable({
    ...inputProps,
    id: fieldId,
    ref: setRefs,
    className: 'lgm-pdf-input',
    'aria-describedby': describedBy,
    'aria-invalid': isInvalid || undefined,
    onChange: onFieldChange,
    onFocus: syncFromDom,
    onBlur: onFieldBlur,
    ...(isControlled ? { value } : { defaultValue }),
  });
  const control = useMemo(
    () => (multiline ? <textarea rows={rows} {...controlProps} /> : <input type="text" {...controlProps} />),
    [multiline, rows, controlProps],
  );

  return (
    <div className={['lgm-pdf', className].filter(Boolean).join(' ')} data-mode={mode}>
      <label className="lgm-pdf-label" htmlFor={fieldId}>
        {label}
      </label>
      <p className="lgm-pdf-description" id={descriptionId}>
        {t('detection.field.guidance')}
      </p>
      {control}
      {error ? (
        <p className="lgm-pdf-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {findings.length ? (
        <FindingsList
          views={stableViews}
          isBlocked={isBlocked}
          idPrefix={idPrefix}
          disabled={Boolean(inputProps.disabled || inputProps.readOnly)}
          onRemove={remove}
        />
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
