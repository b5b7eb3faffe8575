import { superRefine } from 'zod/mini';
import type { $ZodCheck } from 'zod/v4/core';
import { detectPersonalData } from './detect';
import type { DetectPersonalDataOptions, PersonalDataFinding } from './types';
import {
  type PersonalDataMode,
  type PersonalDataTranslate,
  personalDataMessage,
  personalDataTranslator,
} from './zod-messages';

/** Options of {@link personalDataCheck}: the detector's options plus how to report what it finds. */
export interface PersonalDataCheckOptions extends DetectPersonalDataOptions {
  /** `block` (default): personal data fails validation. `warn`: the value passes and `onFindings` is told. */
  mode?: PersonalDataMode;
  /**
   * Translates the message; pass the kit's `t` (from `usePrivacyTranslation()`) so the message follows
   * the form's language. Without it, the kit's texts in `locale` (default Swedish) are used.
   */
  t?: PersonalDataTranslate;
  /** Called on every check with what was found (possibly nothing) and the message for it. */
  onFindings?: (findings: PersonalDataFinding[], message: string | null) => void;
}

/**
 * A zod check that rejects (mode `block`) or flags (mode `warn`) personal data in a string, with a
 * message in the form's language. Works with zod and zod/mini, and so with react-hook-form through
 * `zodResolver` from @hookform/resolvers.
 *
 * @example
 * const schema = z.object({
 *   notes: z.string().check(personalDataCheck({ locale: 'en' })),
 * });
 * useForm({ resolver: zodResolver(schema) });
 */
export function personalDataCheck(options: PersonalDataCheckOptions = {}): $ZodCheck<string> {
  const { mode = 'block', t, onFindings, ...detectOptions } = options;
  const translate = t ?? personalDataTranslator(detectOptions.locale);
  return superRefine<string>((value, ctx) => {
    if (typeof value !== 'string') return;
    const findings = detectPersonalData(value, detectOptions);
    const message = personalDataMessage(findings, mode, translate);
    onFindings?.(findings, message);
    if (mode !== 'block' || !message) return;
    ctx.addIssue({
      code: 'custom',
      message,
      input: value,
      params: { personalData: findings.map(({ kind, start, end }) => ({ kind, start, end })) },
    });
  });
}
