import { zodResolver } from '@hookform/resolvers/zod';
import { nameContextModel, personalDataCheck } from '@loggamera/privacy-core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { expectNoAxeViolations } from '../../../test/axe';
import { PrivacyI18nProvider } from './i18n-provider';
import { PersonalDataTextField } from './personal-data-text-field';

const phoneNote = 'Vid läckage i pannrummet larmas jouren på 070-123 45 67 dygnet runt.';
const phoneRemoved = 'Vid läckage i pannrummet larmas jouren på dygnet runt.';
const cleanNote = 'Undercentralen ligger i källaren, nyckel i nyckelskåp 3. Mätare nr 7345 avläses månadsvis.';
const guidance = /Skriv inga uppgifter som kan knytas till en levande person/;

function renderSv(ui: ReactNode) {
  return render(<PrivacyI18nProvider locale="sv">{ui}</PrivacyI18nProvider>);
}

afterEach(() => {
  vi.useRealTimers();
});

function ControlledParent({ onSeen }: { onSeen: (value: string) => void }) {
  const [value, setValue] = useState(phoneNote);
  return (
    <PersonalDataTextField
      label="Larminstruktion"
      value={value}
      onValueChange={(next) => {
        onSeen(next);
        setValue(next);
      }}
    />
  );
}

function RegisterForm({ onSubmit }: { onSubmit: (notes: string) => void }) {
  const { register, handleSubmit } = useForm({ defaultValues: { notes: phoneNote } });
  return (
    <form onSubmit={handleSubmit((values) => onSubmit(values.notes))}>
      <PersonalDataTextField label="Anteckning" {...register('notes')} />
      <button type="submit">Spara</button>
    </form>
  );
}

const notesSchema = z.object({ notes: z.string().check(personalDataCheck({ locale: 'sv' })) });

function ControllerForm({ onSubmit }: { onSubmit: (values: { notes: string }) => void }) {
  const { control, handleSubmit } = useForm({ defaultValues: { notes: '' }, resolver: zodResolver(notesSchema) });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Controller
        name="notes"
        control={control}
        render={({ field, fieldState }) => (
          <PersonalDataTextField label="Anteckning" {...field} error={fieldState.error?.message} />
        )}
      />
      <button type="submit">Spara</button>
    </form>
  );
}

describe('PersonalDataTextField', () => {
  it('shows the policy’s guidance as the field’s description, and no warning for a clean text', async () => {
    const { container } = renderSv(
      <PersonalDataTextField label="Beskrivning av anläggningen" defaultValue={cleanNote} />,
    );
    const field = screen.getByRole('textbox', { name: 'Beskrivning av anläggningen' });
    expect(field).toHaveAccessibleDescription(guidance);
    expect(field.tagName).toBe('TEXTAREA');
    expect(screen.queryByRole('button', { name: /Ta bort/ })).toBeNull();
    expect(field).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(container);
  });

  it('uncontrolled: warns as the user types what it found and where, tied to the field', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderSv(<PersonalDataTextField label="Larminstruktion" onValueChange={onValueChange} />);
    const field = screen.getByRole('textbox', { name: 'Larminstruktion' });
    await user.type(field, 'Pannrum i källaren.{Enter}Ring 070-123 45 67');
    // The findings follow once typing settles.
    expect(await screen.findByText('Ser ut som ett telefonnummer: 070-… (rad 2)')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Ser ut som ett telefonnummer: 070-… \(rad 2\)/);
    expect(field).toHaveAccessibleDescription(guidance);
    expect(onValueChange).toHaveBeenLastCalledWith('Pannrum i källaren.\nRing 070-123 45 67');
  });

  it('in English, from the provider’s locale', async () => {
    const user = userEvent.setup();
    render(
      <PrivacyI18nProvider locale="en">
        <PersonalDataTextField label="Access notes" multiline={false} />
      </PrivacyI18nProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Access notes' });
    await user.type(field, 'Call 070-123 45 67 before entering');
    expect(await screen.findByText('Looks like a phone number: 070-…')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Do not write anything here that can be linked to a living person/);
  });

  it('single-line variant is an input, not a textarea', () => {
    renderSv(<PersonalDataTextField label="Kort notering" multiline={false} defaultValue={phoneNote} />);
    const field = screen.getByRole('textbox', { name: 'Kort notering' });
    expect(field.tagName).toBe('INPUT');
    expect(screen.getByText('Ser ut som ett telefonnummer: 070-…')).toBeInTheDocument();
  });

  it('controlled: shows the parent’s value and reports edits and removals through onValueChange', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    renderSv(<ControlledParent onSeen={(next) => seen.push(next)} />);
    const field = screen.getByRole('textbox', { name: 'Larminstruktion' });
    expect(field).toHaveValue(phoneNote);
    await user.click(screen.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }));
    expect(field).toHaveValue(phoneRemoved);
    expect(seen.at(-1)).toBe(phoneRemoved);
    expect(screen.queryByRole('button', { name: 'Ta bort telefonnummer 070-…' })).toBeNull();
  });

  it('the remove action takes the text away and puts focus back in the field where it was', async () => {
    const user = userEvent.setup();
    renderSv(<PersonalDataTextField label="Larminstruktion" defaultValue={phoneNote} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Larminstruktion' });
    await user.click(screen.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }));
    expect(field).toHaveValue(phoneRemoved);
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe('Vid läckage i pannrummet larmas jouren på'.length);
    expect(field.selectionEnd).toBe(field.selectionStart);
  });

  it('warn mode: the field stays valid and the form can still be saved', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    renderSv(
      <form onSubmit={onSubmit}>
        <PersonalDataTextField label="Anteckning" mode="warn" defaultValue={phoneNote} />
        <button type="submit">Spara</button>
      </form>,
    );
    const field = screen.getByRole('textbox', { name: 'Anteckning' });
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).toHaveAccessibleDescription(/Det här ser ut som personuppgifter/);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('block mode: personal data is a validation error that stops a plain form from submitting', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { container } = renderSv(
      <form onSubmit={onSubmit}>
        <PersonalDataTextField label="Anteckning" mode="block" defaultValue={phoneNote} />
        <button type="submit">Spara</button>
      </form>,
    );
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Anteckning' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      /Fältet får inte innehålla personuppgifter. Ta bort dem för att kunna spara./,
    );
    expect(field.validationMessage).toBe('Fältet får inte innehålla personuppgifter. Ta bort: telefonnummer (070-…).');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }));
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field.validationMessage).toBe('');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('block mode: text edited away stops blocking as soon as the user leaves the field', () => {
    renderSv(<PersonalDataTextField label="Anteckning" mode="block" defaultValue={phoneNote} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Anteckning' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(field, { target: { value: phoneRemoved } });
    fireEvent.blur(field);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field.validity.valid).toBe(true);
  });

  it('shows an error from the form and marks the field invalid', () => {
    renderSv(<PersonalDataTextField label="Anteckning" error="Obligatoriskt fält" />);
    const field = screen.getByRole('textbox', { name: 'Anteckning' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Obligatoriskt fält/);
  });

  it('works with react-hook-form register: defaultValues are checked, edits and removals are submitted', async () => {
    const user = userEvent.setup();
    const submitted: string[] = [];
    renderSv(<RegisterForm onSubmit={(notes) => submitted.push(notes)} />);
    const field = screen.getByRole('textbox', { name: 'Anteckning' });
    expect(field).toHaveAttribute('name', 'notes');
    expect(await screen.findByText('Ser ut som ett telefonnummer: 070-…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }));
    await user.type(field, ' Nyckel i tub.');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(submitted).toEqual([`${phoneRemoved} Nyckel i tub.`]);
  });

  it('works with react-hook-form Controller and personalDataCheck: block mode shows the schema’s error', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    renderSv(<ControllerForm onSubmit={submitted} />);
    const field = screen.getByRole('textbox', { name: 'Anteckning' });
    await user.type(field, 'mejla ove.berg@exempel.se');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(submitted).not.toHaveBeenCalled();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Ta bort: e-postadress \(ove…\)/);

    await user.click(await screen.findByRole('button', { name: 'Ta bort e-postadress ove…' }));
    expect(field).toHaveValue('mejla');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(submitted.mock.calls[0]?.[0]).toEqual({ notes: 'mejla' });
  });

  it('announces politely only after typing pauses, and only when the set of findings changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    renderSv(<PersonalDataTextField label="Larminstruktion" />);
    const field = screen.getByRole('textbox', { name: 'Larminstruktion' });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    // Typing, one key every 100 ms: quicker than the pause the field waits for.
    const typeSlowly = async (addition: string) => {
      for (const key of addition) {
        fireEvent.change(field, { target: { value: (field as HTMLTextAreaElement).value + key } });
        await act(() => vi.advanceTimersByTimeAsync(100));
      }
    };

    await typeSlowly('Ring 070-123 45 67');
    await act(() => vi.advanceTimersByTimeAsync(300));
    // Found and shown once typing settles (250 ms), but not yet said: that waits for a 1 s pause.
    expect(screen.getByText('Ser ut som ett telefonnummer: 070-…')).toBeInTheDocument();
    expect(status).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(status).toHaveTextContent('Möjliga personuppgifter i fältet: telefonnummer.');

    // More text, same findings: nothing new is said.
    const announced = status.textContent;
    await typeSlowly(' vid larm, mejla ');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(status.textContent).toBe(announced);

    await typeSlowly('ove.berg@exempel.se');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(screen.getByText('Ser ut som en e-postadress: ove…')).toBeInTheDocument();
    expect(status).toHaveTextContent('Möjliga personuppgifter i fältet: telefonnummer.');
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(status).toHaveTextContent('Möjliga personuppgifter i fältet: telefonnummer, e-postadress.');

    fireEvent.change(field, { target: { value: 'Ring jouren vid larm' } });
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(status).toHaveTextContent('Möjliga personuppgifter i fältet: telefonnummer, e-postadress.');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(status).toHaveTextContent('Fältet ser inte längre ut att innehålla personuppgifter.');
  });

  it('keeps detection off the keystrokes: findings follow once typing settles, or at most a second behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    renderSv(<PersonalDataTextField label="Larminstruktion" />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Larminstruktion' });
    const typeQuickly = async (addition: string) => {
      for (const key of addition) {
        fireEvent.change(field, { target: { value: field.value + key } });
        await act(() => vi.advanceTimersByTimeAsync(30));
      }
    };
    await typeQuickly('Ring 070-123 45 67');
    expect(screen.queryByText('Ser ut som ett telefonnummer: 070-…')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(screen.getByText('Ser ut som ett telefonnummer: 070-…')).toBeInTheDocument();

    // Typing on without a pause: the findings still catch up within a second.
    await typeQuickly(' eller mejla ove.berg@exempel.se direkt om larmet går');
    expect(screen.getByText('Ser ut som en e-postadress: ove…')).toBeInTheDocument();
  });

  it('text typed before a finding moves it: the list stays as it was, and remove still takes the right text', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    renderSv(<PersonalDataTextField label="Larminstruktion" defaultValue={phoneNote} />);
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Larminstruktion' });
    const item = screen.getByText('Ser ut som ett telefonnummer: 070-…');
    fireEvent.change(field, { target: { value: `OBS! ${field.value}` } });
    const writesDefault = vi.spyOn(field, 'defaultValue', 'set');
    await act(() => vi.advanceTimersByTimeAsync(2000));
    // The check ran again on the new text; what the list says did not change, so it was not rebuilt,
    // and the field's re-render left the textarea alone (React rewrites a textarea's whole default
    // text whenever its props are updated).
    expect(screen.getByText('Ser ut som ett telefonnummer: 070-…')).toBe(item);
    expect(writesDefault).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort telefonnummer 070-…' }));
    expect(field).toHaveValue(`OBS! ${phoneRemoved}`);
  });

  it('says nothing on load for text it was given, only once the user edits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    renderSv(<PersonalDataTextField label="Larminstruktion" defaultValue={phoneNote} />);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(within(screen.getByRole('list')).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('narrows detection with kinds', () => {
    renderSv(<PersonalDataTextField label="Anteckning" kinds={['email']} defaultValue={phoneNote} />);
    expect(screen.queryByText(/Ser ut som ett telefonnummer/)).toBeNull();
  });

  it('never warns about what the allow list names, and still about the rest', () => {
    const note = 'Linnéa är kall i dag. Ring Greta på 070-123 45 67.';
    const { unmount } = renderSv(<PersonalDataTextField label="Anteckning" defaultValue={note} />);
    expect(screen.getByText(/Ser ut som ett namn: Linnéa/)).toBeInTheDocument();
    unmount();
    renderSv(<PersonalDataTextField label="Anteckning" allowList={['Linnéa']} defaultValue={note} />);
    expect(screen.queryByText(/Ser ut som ett namn: Linnéa/)).toBeNull();
    expect(screen.getByText(/Ser ut som ett namn: Greta/)).toBeInTheDocument();
    expect(screen.getByText(/Ser ut som ett telefonnummer/)).toBeInTheDocument();
  });

  it('reads names with the context model when given one', () => {
    const note = 'Reported by Amara Nwosu via the portal: the lift on floor 3 is stuck.';
    const { unmount } = renderSv(<PersonalDataTextField label="Anteckning" defaultValue={note} />);
    expect(screen.queryByText(/Ser ut som ett namn/)).toBeNull();
    unmount();
    renderSv(<PersonalDataTextField label="Anteckning" contextModel={nameContextModel} defaultValue={note} />);
    expect(screen.getByText('Ser ut som ett namn: Amara Nwosu')).toBeInTheDocument();
  });

  it('forwards its ref to the textarea', () => {
    const ref = { current: null as HTMLTextAreaElement | HTMLInputElement | null };
    renderSv(<PersonalDataTextField label="Anteckning" ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Anteckning' }));
  });
});
