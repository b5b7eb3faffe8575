// Stories for packages/react/src/data-request-form.tsx (with packages/core/src/policy/data-request.ts); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { DataRequestForm } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';

const accounts = [
  { id: 'u1', label: 'anna@example.se' },
  { id: 'u2', label: 'brf-ekbacken@example.se' },
];
const facilities = [
  { id: 'f1', label: 'Brf Ekbacken, pumprum' },
  { id: 'f2', label: 'Lagerlokal Kvarnen' },
];
const freeTextFields = [
  { id: 'description', label: 'Beskrivning / Description' },
  { id: 'access', label: 'Tillträde / Access' },
];

const meta = {
  title: 'Policy/DataRequestForm',
  component: DataRequestForm,
  args: { onSubmit: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 400))) },
} satisfies Meta<typeof DataRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet: the user picks what the request is about. */
export const Empty: Story = {};

/** Deregistration of accounts picked from the user's list; says support confirms first and what the law keeps. */
export const Deregistration: Story = { args: { accounts, defaultValues: { kind: 'deregistration' } } };

/** Deregistration when the host has no account list: the user types the accounts. */
export const DeregistrationTypedAccounts: Story = { args: { defaultValues: { kind: 'deregistration' } } };

/** Correction of inaccurate personal data. */
export const Correction: Story = { args: { defaultValues: { kind: 'correction' } } };

/** Removal of personal data written in a free-text field: by facility and field only, never the data itself. */
export const FreeTextRemoval: Story = {
  args: { facilities, freeTextFields, defaultValues: { kind: 'free-text-removal', facility: 'f1' } },
};

/** Sent with nothing filled in: every problem is shown beside its field, in the user's language. */
export const ValidationErrors: Story = {
  args: { defaultValues: { kind: 'free-text-removal' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    const fields = canvas.getAllByRole('textbox');
    await waitFor(() => expect(fields.filter((f) => f.getAttribute('aria-invalid') === 'true')).toHaveLength(2));
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Sending: the button says so and a second press sends nothing more. */
export const Pending: Story = {
  args: {
    onSubmit: fn(() => new Promise<void>(() => {})),
    defaultValues: { kind: 'correction', correction: 'Mitt telefonnummer har ändrats.' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(() => expect(canvas.getByRole('button')).toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(canvas.getByRole('button'));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

/** Sending failed: everything typed is still there, and the user can send again. */
export const Failed: Story = {
  args: {
    onSubmit: fn(() => Promise.reject(new Error('Support is unreachable'))),
    defaultValues: { kind: 'correction', correction: 'Mitt telefonnummer har ändrats.' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await canvas.findByRole('alert');
    await expect(canvas.getByRole('textbox')).toHaveValue('Mitt telefonnummer har ändrats.');
  },
};

/** Sent: the confirmation says what happens next. */
export const Submitted: Story = {
  args: {
    onSubmit: fn(() => Promise.resolve()),
    accounts,
    defaultValues: { kind: 'deregistration', accounts: ['u1'] },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await canvas.findByRole('status');
    await expect(args.onSubmit).toHaveBeenCalledWith({ kind: 'deregistration', accounts: ['u1'] });
  },
};
