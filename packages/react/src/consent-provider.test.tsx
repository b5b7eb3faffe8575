import { type ConsentStoreOptions, memoryStorage } from '@loggamera/privacy-core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConsentProvider, useConsent, useConsentStore } from './consent-provider';

function Decision() {
  const store = useConsentStore();
  const isDecisionNeeded = useConsent((state) => state.isDecisionNeeded);
  return (
    <button type="button" onClick={() => store.rejectAll()}>
      {isDecisionNeeded ? 'undecided' : 'decided'}
    </button>
  );
}

function Rerendering({ options }: { options: ConsentStoreOptions }) {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        rerender {count}
      </button>
      <ConsentProvider options={{ ...options }}>
        <Decision />
      </ConsentProvider>
    </>
  );
}

describe('ConsentProvider', () => {
  it('creates its store once from options, so a re-render forgets nothing', async () => {
    const user = userEvent.setup();
    render(<Rerendering options={{ policyVersion: '1', storage: memoryStorage() }} />);
    await user.click(screen.getByRole('button', { name: 'undecided' }));
    await user.click(screen.getByRole('button', { name: /rerender/ }));
    expect(screen.getByRole('button', { name: 'decided' })).toBeInTheDocument();
  });

  it('says clearly when a consent hook is used outside it', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Decision />)).toThrow(/inside <ConsentProvider>/);
    consoleError.mockRestore();
  });
});
