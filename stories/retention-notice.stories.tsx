// Stories for packages/react/src/retention-notice.tsx (with packages/core/src/policy/retention.ts); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { RetentionNotice } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Policy/RetentionNotice',
  component: RetentionNotice,
  args: { lastLoginAt: '2026-11-24T09:30:00Z', timeZone: 'Europe/Stockholm' },
} satisfies Meta<typeof RetentionNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Logged in on 24 November 2026: the data is kept until 24 November 2029 unless the user logs in again. */
export const AfterLogin: Story = {};

/** A last login on a leap day: three years later has no 29 February, so the data is kept until the 28th. */
export const LeapDayLogin: Story = { args: { lastLoginAt: '2028-02-29T10:00:00Z' } };

/** Deregistered: the data is removed then, except purchase records the Bookkeeping Act requires. */
export const Deregistered: Story = { args: { deregisteredAt: '2026-12-01T10:00:00Z' } };
