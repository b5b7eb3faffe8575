import type { TFunction } from 'i18next';

// Names a third-party role in the current language, with the company behind it when the host gave one.
export function thirdPartyLabel(t: TFunction, role: string, names: Readonly<Record<string, string>>): string {
  const roleText = t(`consent.thirdParties.${role}`, { defaultValue: role });
  const name = names[role];
  return name ? t('consent.thirdParties.withName', { role: roleText, name }) : roleText;
}
