// Stories for packages/react/src/privacy-policy.tsx (with the policy data in packages/core/src/policy/); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { PrivacyPolicy } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Policy/PrivacyPolicy',
  component: PrivacyPolicy,
  args: { headingLevel: 1, showEditorialNotes: false, hasPrintButton: true },
} satisfies Meta<typeof PrivacyPolicy>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The policy page as users see it: contents, linkable headings, the subprocessor table, version and changes. */
export const Default: Story = {};

/** For Loggamera's review: marks the three lists and the table cells the project filled in. */
export const WithEditorialNotes: Story = { args: { showEditorialNotes: true } };

/** Inside a host page that has its own h1 and ids: the title is an h2 and the anchors are prefixed. */
export const InsideHostPage: Story = { args: { headingLevel: 2, anchorPrefix: 'policy-', hasPrintButton: false } };
