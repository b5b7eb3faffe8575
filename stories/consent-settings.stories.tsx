// Stories for packages/react/src/consent-settings.tsx (with consent-provider.tsx and packages/core/src/consent/); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import {
  type ConsentPurpose,
  type ConsentSettingsAdapter,
  type ConsentStore,
  createConsentStore,
  memoryStorage,
} from '@loggamera/privacy-core';
import { ConsentProvider, ConsentSettings } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

const policyVersion = '2025-01-01';

// A value as the store itself would have written it, made at a fixed time.
function stored(version: string, at: string, decide: (store: ConsentStore) => void): string | null {
  const storage = memoryStorage();
  decide(createConsentStore({ policyVersion: version, storage, purposes: [], now: () => new Date(at) }));
  return storage.read();
}

const never = () => new Promise<never>(() => {});

interface SettingsStoryArgs {
  initialValue: string | null;
  purposes: ConsentPurpose[];
  adapter?: ConsentSettingsAdapter;
  hasCommunicationChoices: boolean;
}

function SettingsStory({ initialValue, purposes, adapter, hasCommunicationChoices }: SettingsStoryArgs) {
  const [store] = useState(() => createConsentStore({ policyVersion, purposes, storage: memoryStorage(initialValue) }));
  return (
    <ConsentProvider store={store} thirdPartyNames={{ 'newsletter-service': 'Mailchimp' }}>
      <ConsentSettings adapter={adapter} hasCommunicationChoices={hasCommunicationChoices} />
    </ConsentProvider>
  );
}

const meta = {
  title: 'Consent/ConsentSettings',
  component: SettingsStory,
  args: { initialValue: null, purposes: [], hasCommunicationChoices: true },
  render: (args) => <SettingsStory key={JSON.stringify(args.initialValue)} {...args} />,
} satisfies Meta<typeof SettingsStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The portal's settings page before any choice: everything off, the policy version shown. */
export const NothingChosenYet: Story = {};

/** Saved choices: status updates by SMS and newsletters by e-mail, with when and under which version. */
export const SavedChoices: Story = {
  args: {
    initialValue: stored(policyVersion, '2025-03-14T09:30:00Z', (s) =>
      s.choose(
        { communication: { 'status-updates': { sms: true, email: true }, newsletters: { email: true } } },
        'settings',
      ),
    ),
  },
};

/** Choices made under an older policy version: shown, with a request to confirm them. */
export const OlderPolicyVersion: Story = {
  args: {
    initialValue: stored('2024-06-01', '2024-06-10T08:00:00Z', (s) =>
      s.choose({ communication: { offers: { email: true } } }, 'booking-form'),
    ),
  },
};

/** A partner site with cookie categories and no accounts: only the cookie choices. */
export const PartnerSiteCookiesOnly: Story = {
  args: {
    purposes: [{ id: 'analytics', thirdParty: 'analytics-service' }, { id: 'marketing' }],
    hasCommunicationChoices: false,
  },
};

/** Loading the user's choices from the host's backend. */
export const Loading: Story = { args: { adapter: { load: never, save: never } } };

/** The backend could not load: the page says so and shows what this browser knows. */
export const LoadError: Story = {
  args: { adapter: { load: () => Promise.reject(new Error('offline')), save: async () => {} } },
};

/** Saving: the buttons wait and the page says it is saving. */
export const Saving: Story = {
  args: { adapter: { save: never } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('checkbox').filter((box) => !(box as HTMLInputElement).disabled);
    await userEvent.click(first!);
    await userEvent.click(canvas.getAllByRole('button')[0]!);
    await waitFor(() => expect(canvas.getAllByRole('button')[0]).toBeDisabled());
  },
};

/** Saving failed: an error, and every choice the user made is still there to try again. */
export const SaveError: Story = {
  args: { adapter: { save: () => Promise.reject(new Error('offline')) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('checkbox').filter((box) => !(box as HTMLInputElement).disabled);
    await userEvent.click(first!);
    await userEvent.click(canvas.getAllByRole('button')[0]!);
    await waitFor(() => expect(canvas.getByRole('alert')).not.toBeEmptyDOMElement());
    await expect(first).toBeChecked();
  },
};

/** Saved: the confirmation, and the new last-saved time. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('checkbox').filter((box) => !(box as HTMLInputElement).disabled);
    await userEvent.click(first!);
    await userEvent.click(canvas.getAllByRole('button')[0]!);
    await waitFor(() => expect(canvas.getByRole('status')).not.toBeEmptyDOMElement());
  },
};

/** Unsaved changes: the page says so, and undo is available. */
export const UnsavedChanges: Story = {
  args: SavedChoices.args,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('checkbox').filter((box) => !(box as HTMLInputElement).disabled);
    await userEvent.click(first!);
    await waitFor(() => expect(canvas.getAllByRole('button')[1]).toBeEnabled());
  },
};

/** Everything withdrawn: every optional cookie and every mailing off, confirmed. */
export const Withdrawn: Story = {
  args: SavedChoices.args,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button')[2]!);
    await waitFor(() => expect(canvas.getByRole('status')).not.toBeEmptyDOMElement());
    for (const box of canvas.getAllByRole('checkbox').filter((b) => !(b as HTMLInputElement).disabled)) {
      await expect(box).not.toBeChecked();
    }
  },
};
