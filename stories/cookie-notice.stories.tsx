// Stories for packages/react/src/cookie-notice.tsx and cookie-settings-button.tsx (with consent-provider.tsx and packages/core/src/consent/); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import {
  type ConsentPurpose,
  type ConsentStore,
  cookieStorage,
  createConsentStore,
  memoryStorage,
} from '@loggamera/privacy-core';
import { ConsentProvider, CookieNotice, CookieSettingsButton } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

const partnerPurposes: ConsentPurpose[] = [
  { id: 'analytics', thirdParty: 'analytics-service' },
  { id: 'marketing', thirdParty: 'advertising-service' },
];

// A value as the store itself would have written it, made at a fixed time.
function stored(policyVersion: string, at: string, decide: (store: ConsentStore) => void): string | null {
  const storage = memoryStorage();
  decide(createConsentStore({ policyVersion, storage, purposes: partnerPurposes, now: () => new Date(at) }));
  return storage.read();
}

interface NoticeStoryArgs {
  policyVersion: string;
  purposes: ConsentPurpose[];
  initialValue: string | null;
  storage: 'memory' | 'cookie';
  placement: 'fixed' | 'inline';
  defaultSettingsOpen: boolean;
  isReopenable: boolean;
}

// A stand-in for the host page: shapes only, so the notice is seen over real content without adding words.
function HostPage() {
  return (
    <div className="sb-consent-host" aria-hidden="true">
      <div style={{ height: '2.5rem', background: 'var(--lgm-surface)', borderRadius: 'var(--lgm-radius)' }} />
      {[90, 75, 85, 60].map((width) => (
        <div
          key={width}
          style={{ height: '1rem', width: `${width}%`, margin: '1rem 0', background: 'var(--lgm-surface)' }}
        />
      ))}
    </div>
  );
}

function NoticeStory({
  policyVersion,
  purposes,
  initialValue,
  storage,
  placement,
  defaultSettingsOpen,
  isReopenable,
}: NoticeStoryArgs) {
  const [store] = useState(() =>
    createConsentStore({
      policyVersion,
      purposes,
      storage: storage === 'cookie' ? cookieStorage({ name: 'lgm_consent_story' }) : memoryStorage(initialValue),
    }),
  );
  return (
    <ConsentProvider store={store} thirdPartyNames={{ 'analytics-service': 'Matomo' }}>
      <main>
        <HostPage />
      </main>
      <CookieNotice policyHref="#integritetspolicy" placement={placement} defaultSettingsOpen={defaultSettingsOpen} />
      {isReopenable && (
        <footer style={{ marginTop: '1rem' }}>
          <CookieSettingsButton />
        </footer>
      )}
    </ConsentProvider>
  );
}

const meta = {
  title: 'Consent/CookieNotice',
  component: NoticeStory,
  args: {
    policyVersion: '2025-01-01',
    purposes: partnerPurposes,
    initialValue: null,
    storage: 'memory',
    placement: 'inline',
    defaultSettingsOpen: false,
    isReopenable: true,
  },
  argTypes: {
    placement: { control: 'inline-radio', options: ['fixed', 'inline'] },
    storage: { control: 'inline-radio', options: ['memory', 'cookie'] },
  },
  // A new store whenever the arguments change, as a new page load would make.
  render: (args) => <NoticeStory key={JSON.stringify(args)} {...args} />,
} satisfies Meta<typeof NoticeStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A partner site with statistics and marketing: the first visit, three equal choices. */
export const FirstVisit: Story = {};

/** The portal itself: only the necessary cookie, so nothing is optional, and it still says so. */
export const PortalNecessaryOnly: Story = { args: { purposes: [] } };

/** The second layer: every category with what it does and which third party it involves. */
export const SettingsOpen: Story = { args: { defaultSettingsOpen: true } };

/** The second layer reached by keyboard: focus moves to the first choice instead of being lost. */
export const SettingsOpenedByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog');
    const [, , settings] = within(dialog).getAllByRole('button').slice(-3);
    settings?.focus();
    await userEvent.keyboard('{Enter}');
    await expect(within(dialog).getAllByRole('checkbox')[1]).toHaveFocus();
  },
};

/** The policy changed since the visitor chose: the notice is back and says why. */
export const PolicyChanged: Story = {
  args: { initialValue: stored('2024-06-01', '2024-06-10T08:00:00Z', (s) => s.acceptAll()) },
};

/** More than a year since the last choice (a rejection too): asked again. */
export const Expired: Story = {
  args: { initialValue: stored('2025-01-01', '2023-11-01T08:00:00Z', (s) => s.rejectAll()) },
};

/** A decision is stored: no notice, only the small persistent control that reopens it. */
export const DecidedWithReopenControl: Story = {
  args: { initialValue: stored('2025-01-01', new Date().toISOString(), (s) => s.rejectAll()) },
};

/** Reopened from the control: focus is inside the notice; Escape or a choice returns it to the control. */
export const Reopened: Story = {
  args: { initialValue: stored('2025-01-01', new Date().toISOString(), (s) => s.acceptAll()) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /cookie/i }));
    await expect(canvas.getByRole('dialog')).toHaveFocus();
  },
};

/**
 * Over a page, fixed to the bottom of the viewport, remembered in a real cookie (`lgm_consent_story`):
 * choose, reload, and it stays away until `policyVersion` is raised.
 */
export const OnAPageWithCookie: Story = {
  args: { storage: 'cookie', placement: 'fixed' },
};

/** Closed without a choice (Escape or the close button): not consent; only the reopen control stays. */
export const ClosedWithoutChoice: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('dialog').focus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};
