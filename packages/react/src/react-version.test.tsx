import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { PrivacyPolicyLink } from './privacy-policy-link';

// The react and react18 projects run the same component tests; this proves each really runs its React.
describe('the React under test', () => {
  it('is the major version this project is meant to test, for react and react-dom alike', () => {
    expect(version.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR);
    expect(domVersion).toBe(version);
  });

  it('renders a kit component with hooks from the same copy of React', () => {
    render(<PrivacyPolicyLink href="/policy" />);
    expect(screen.getByRole('link')).toBeInTheDocument();
  });
});
