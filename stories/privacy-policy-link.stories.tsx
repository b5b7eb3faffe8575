// Stories for packages/react/src/privacy-policy-link.tsx; every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { PrivacyPolicyLink } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Shared/PrivacyPolicyLink',
  component: PrivacyPolicyLink,
  args: { href: '#integritetspolicy' },
} satisfies Meta<typeof PrivacyPolicyLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The link every form that asks for personal data shows, worded by the kit. */
export const Default: Story = {};

/** Opens the policy in a new tab, as a booking form on a partner site does. */
export const NewTab: Story = { args: { target: '_blank', rel: 'noopener' } };
