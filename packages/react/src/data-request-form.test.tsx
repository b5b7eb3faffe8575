import type { DataRequest } from '@loggamera/privacy-core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { DataRequestForm, type DataRequestFormProps } from './data-request-form';
import { PrivacyI18nProvider } from './i18n-provider';

const accounts = [
  { id: 'u1', label: 'anna@example.se' },
  { id: 'u2', label: 'brf-ekbacken@example.se' },
];
const facilities = [
  { id: 'f1', label: 'Brf Ekbacken, pumprum' },
  { id: 'f2', label: 'Lagerlokal Kvarnen' },
];
const freeTextFields = [
  { id: 'description', label: 'Beskrivning' },
  { id: 'access', label: 'Tillträde' },
];

function renderForm(props: Partial<DataRequestFormProps> = {}, locale: 'sv' | 'en' = 'sv') {
  const onSubmit = props.onSubmit ?? vi.fn<(r: DataRequest) => Promise<void>>(() => Promise.resolve());
  const view = render(
    <PrivacyI18nProvider locale={locale}>
      <DataRequestForm {...props} onSubmit={onSubmit} />
    </PrivacyI18nProvider>,
  );
  return { ...view, onSubmit, user: userEvent.setup() };
}

describe('DataRequestForm', () => {
  it('asks what the request is about before sending anything', async () => {
    const { user, onSubmit, container } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(await screen.findByText('Välj vad förfrågan gäller.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('sends a deregistration of the chosen accounts, after saying support confirms first and what the law keeps', async () => {
    const { user, onSubmit, container } = renderForm({ accounts });
    await user.click(screen.getByRole('radio', { name: 'Avregistrera konto och ta bort personuppgifter' }));
    expect(screen.getByText(/kontaktar dig och bekräftar förfrågan innan kontot avregistreras/)).toBeInTheDocument();
    expect(screen.getByText(/bokföringslagen/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Vilket eller vilka konton ska avregistreras?' });
    await user.click(within(group).getByRole('checkbox', { name: 'anna@example.se' }));
    await user.click(within(group).getByRole('checkbox', { name: 'brf-ekbacken@example.se' }));
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'deregistration', accounts: ['u1', 'u2'] });
    const confirmation = await screen.findByRole('heading', { name: 'Tack, vi har tagit emot din förfrågan' });
    expect(confirmation).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/bekräftar förfrågan innan något tas bort/);
  });

  it('sends a list even when the user has a single account', async () => {
    const { user, onSubmit } = renderForm({ accounts: [accounts[0] as (typeof accounts)[number]] });
    await user.click(screen.getByRole('radio', { name: 'Avregistrera konto och ta bort personuppgifter' }));
    await user.click(screen.getByRole('checkbox', { name: 'anna@example.se' }));
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'deregistration', accounts: ['u1'] });
  });

  it('needs at least one account, with the error in English for an English reader', async () => {
    const { user, onSubmit } = renderForm({ accounts }, 'en');
    await user.click(screen.getByRole('radio', { name: 'Deregister an account and remove personal data' }));
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Give at least one account.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('lets the user type the accounts when the host has no list, one per line', async () => {
    const { user, onSubmit } = renderForm({}, 'en');
    await user.click(screen.getByRole('radio', { name: 'Deregister an account and remove personal data' }));
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const field = screen.getByRole('textbox', { name: 'Accounts to deregister' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/one per line\. Give at least one account\./);
    await user.type(field, 'anna@example.se{enter}brf-ekbacken');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'deregistration', accounts: ['anna@example.se', 'brf-ekbacken'] });
  });

  it('sends a correction of personal data', async () => {
    const { user, onSubmit } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Rätta felaktiga personuppgifter' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Vilken uppgift är fel, och vad ska det stå?' }),
      'Mitt efternamn är Berg, inte Borg.',
    );
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'correction', correction: 'Mitt efternamn är Berg, inte Borg.' });
  });

  it('asks for a free-text removal by facility and field only, never for the personal data itself', async () => {
    const { user, onSubmit, container } = renderForm({ facilities, freeTextFields });
    await user.click(screen.getByRole('radio', { name: 'Ta bort en personuppgift som skrivits i fel fält' }));
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.getByText(/Skriv inte av själva personuppgiften/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(await screen.findByText('Ange vilken anläggning det gäller.')).toBeInTheDocument();
    expect(screen.getByText('Ange vilket fält det gäller.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Anläggning' }), 'Brf Ekbacken, pumprum');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fält' }), 'Beskrivning');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    expect(onSubmit).toHaveBeenCalledWith({ kind: 'free-text-removal', facility: 'f1', field: 'description' });
    expect(await screen.findByText(/kundtjänst tar bort uppgiften/)).toBeInTheDocument();
  });

  it('starts on the free-text removal for a given facility when the host links to it', () => {
    renderForm({ facilities, freeTextFields, defaultValues: { kind: 'free-text-removal', facility: 'f2' } });
    expect(screen.getByRole('radio', { name: 'Ta bort en personuppgift som skrivits i fel fält' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Anläggning' })).toHaveValue('f2');
  });

  it('given a failed submit, keeps everything typed, says so, and sends on retry', async () => {
    const onSubmit = vi
      .fn<(r: DataRequest) => Promise<void>>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValueOnce(undefined);
    const { user } = renderForm({ onSubmit }, 'en');
    await user.click(screen.getByRole('radio', { name: 'Correct inaccurate personal data' }));
    const field = screen.getByRole('textbox', { name: 'Which data is wrong, and what should it say?' });
    await user.type(field, 'My phone number is now 070-123 45 67.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Everything you entered is still here');
    expect(screen.getByRole('radio', { name: 'Correct inaccurate personal data' })).toBeChecked();
    expect(field).toHaveValue('My phone number is now 070-123 45 67.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByRole('heading', { name: 'Thank you, we have received your request' }),
    ).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit).toHaveBeenLastCalledWith({
      kind: 'correction',
      correction: 'My phone number is now 070-123 45 67.',
    });
  });

  it('shows it is sending, and a second click while sending sends nothing more', async () => {
    let finish: () => void = () => {};
    const onSubmit = vi.fn<(r: DataRequest) => Promise<void>>(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const { user } = renderForm({ onSubmit, defaultValues: { kind: 'correction', correction: 'Fel e-postadress.' } });
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    const pending = await screen.findByRole('button', { name: 'Skickar…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    await user.click(pending);
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    finish();
    expect(await screen.findByRole('heading', { name: 'Tack, vi har tagit emot din förfrågan' })).toBeInTheDocument();
  });

  it('keeps what was typed under one kind when the user looks at another and comes back', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Rätta felaktiga personuppgifter' }));
    await user.type(screen.getByRole('textbox'), 'Fel adress.');
    await user.click(screen.getByRole('radio', { name: 'Avregistrera konto och ta bort personuppgifter' }));
    await user.click(screen.getByRole('radio', { name: 'Rätta felaktiga personuppgifter' }));
    expect(screen.getByRole('textbox')).toHaveValue('Fel adress.');
  });

  it('starts a new request from the host’s starting values after the confirmation', async () => {
    const { user } = renderForm({ defaultValues: { kind: 'correction', correction: 'Fel namn.' } });
    await user.click(screen.getByRole('button', { name: 'Skicka förfrågan' }));
    await user.click(await screen.findByRole('button', { name: 'Skicka en ny förfrågan' }));
    expect(screen.getByRole('radio', { name: 'Rätta felaktiga personuppgifter' })).toBeChecked();
    expect(screen.getByRole('textbox')).toHaveValue('Fel namn.');
  });
});
