// Stories for packages/react/src/policy-update-notice.tsx (with packages/core/src/policy/version.ts); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { policyVersion } from '@loggamera/privacy-core';
import { PolicyUpdateNotice } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';

const meta = {
  title: 'Policy/PolicyUpdateNotice',
  component: PolicyUpdateNotice,
  args: { acknowledgedVersion: '2025-05-25', onAcknowledge: fn(), policyHref: '#integritetspolicy' },
} satisfies Meta<typeof PolicyUpdateNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A returning user acknowledged an older version: the notice lists what changed since then. */
export const OlderVersion: Story = {};

/**
 * Several versions since the user's acknowledgement (an illustrative changelog, not Loggamera's):
 * every newer version is listed, newest first, and the oldest one is left out.
 */
export const SeveralVersionsSince: Story = {
  args: {
    acknowledgedVersion: '2027-01-15',
    currentVersion: '2028-02-01',
    changelog: [
      {
        version: '2028-02-01',
        effectiveDate: '2028-03-01',
        changes: {
          sv: ['Exempel: en ny underleverantör för SMS-utskick.'],
          en: ['Example: a new subprocessor for text messages.'],
        },
      },
      {
        version: '2027-06-01',
        effectiveDate: '2027-06-01',
        changes: {
          sv: ['Exempel: förtydligat avsnittet om loggfiler.'],
          en: ['Example: the log file section clarified.'],
        },
      },
      {
        version: '2027-01-15',
        effectiveDate: '2027-01-15',
        changes: { sv: ['Visas inte: redan godkänd.'], en: ['Not shown: already acknowledged.'] },
      },
    ],
  },
};

/** The user acknowledges; the host stores the version and the notice goes away. */
export const Acknowledged: Story = {
  render: (args) => {
    const [acknowledged, setAcknowledged] = useState(args.acknowledgedVersion);
    return (
      <PolicyUpdateNotice
        {...args}
        acknowledgedVersion={acknowledged}
        onAcknowledge={(version) => {
          args.onAcknowledge(version);
          setAcknowledged(version);
        }}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onAcknowledge).toHaveBeenCalledWith(policyVersion);
    await expect(canvas.queryByRole('region')).toBeNull();
  },
};

/** The acknowledged version is the current one: nothing is shown. */
export const UpToDate: Story = { args: { acknowledgedVersion: policyVersion } };
