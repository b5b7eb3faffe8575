import {
  type BookingPayload,
  createConsentStore,
  createPrivacyI18n,
  memoryStorage,
  privacyResources,
} from '@loggamera/privacy-core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import { BookingForm, type BookingFormProps } from './booking-form';
import { ConsentProvider } from './consent-provider';
import { PrivacyI18nProvider } from './i18n-provider';

const products = [
  { id: 'leak', name: 'Läckagelarm', description: '1 490 kr' },
  { id: 'temperature', name: 'Temperaturövervakning' },
];

function renderForm(props: Partial<BookingFormProps> = {}, locale: 'sv' | 'en' = 'sv') {
  const user = userEvent.setup();
  const utils = render(
    <PrivacyI18nProvider locale={locale}>
      <BookingForm installerName="Rörmokar-Pelles AB" products={products} policyUrl="/integritetspolicy" {...props} />
    </PrivacyI18nProvider>,
  );
  return { user, ...utils };
}

async function fillValidBooking(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Anna Svensson');
  await user.type(screen.getByRole('textbox', { name: 'E-postadress' }), 'anna@example.se');
  await user.type(screen.getByRole('textbox', { name: 'Telefonnummer' }), '070-123 45 67');
  await user.type(screen.getByRole('textbox', { name: 'Gatuadress' }), 'Storgatan 12');
  await user.type(screen.getByRole('textbox', { name: 'Postnummer' }), '75320');
  await user.type(screen.getByRole('textbox', { name: 'Ort' }), 'Uppsala');
  await user.click(screen.getByRole('checkbox', { name: 'Läckagelarm' }));
  await user.type(screen.getByRole('textbox', { name: 'Beskriv anläggningen' }), 'Villa, pannrum i källaren.');
}

const deferred = () => {
  let resolve!: (value: unknown) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('BookingForm', () => {
  it('asks for contact details, address, products and a description, with the mailings choice unticked', async () => {
    const { container } = renderForm();
    expect(screen.getByRole('heading', { name: 'Boka övervakning' })).toBeInTheDocument();
    for (const legend of ['Kontaktuppgifter', 'Installationsadress', 'Vad vill du övervaka?', 'Utskick (frivilligt)']) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: 'Temperaturövervakning' })).not.toBeChecked();
    const updates = screen.getByRole('checkbox', { name: /nyhetsbrev och erbjudanden via e-post/ });
    expect(updates).not.toBeChecked();
    expect(updates).toHaveAccessibleDescription(/e-postadress till vår nyhetsbrevstjänst/);
    expect(screen.getByRole('link', { name: 'Läs vår integritetspolicy' })).toHaveAttribute(
      'href',
      '/integritetspolicy',
    );
    await expectNoAxeViolations(container);
  });

  it('shows localized errors on each missing field and moves focus to the first', async () => {
    const { user, container } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    const name = screen.getByRole('textbox', { name: 'Namn' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Skriv ditt namn.');
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toHaveAccessibleDescription(
      /Fem siffror.*Skriv postnumret\./,
    );
    expect(screen.getByRole('group', { name: 'Vad vill du övervaka?' })).toHaveAccessibleDescription(
      /Välj minst en övervakning\./,
    );
    expect(screen.queryByRole('heading', { name: 'Granska och bekräfta' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('tells a malformed postcode, phone number and e-mail address apart, in English too', async () => {
    const { user } = renderForm({}, 'en');
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'anna@');
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '070-12');
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '1234');
    await user.click(screen.getByRole('button', { name: 'Review the booking' }));
    expect(await screen.findByText('A Swedish postcode has five digits, like 123 45.')).toBeInTheDocument();
    expect(screen.getByText('Enter a phone number like 070-123 45 67 or +47 412 34 567.')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address like name@example.com.')).toBeInTheDocument();
  });

  it('names the installer and shows what is sent to whom before anything is sent', async () => {
    const onSubmit = vi.fn();
    const { user, container } = renderForm({ onSubmit });
    await fillValidBooking(user);
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));

    const heading = await screen.findByRole('heading', { name: 'Granska och bekräfta' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Installationen görs av Rörmokar-Pelles AB.')).toBeInTheDocument();
    const installer = screen.getByRole('listitem', { name: 'Installatören, Rörmokar-Pelles AB' });
    expect(within(installer).getByText('753 20')).toBeInTheDocument();
    expect(within(installer).getByText('+46701234567')).toBeInTheDocument();
    const bookkeeping = screen.getByRole('listitem', { name: 'Vårt bokföringssystem (Visma SPCS)' });
    expect(within(bookkeeping).getByText('Läckagelarm')).toBeInTheDocument();
    expect(within(bookkeeping).queryByText('Villa, pannrum i källaren.')).not.toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: /Betalsystemet/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: /nyhetsbrevstjänst/ })).not.toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('says what the payment system receives when the purchase is paid online', async () => {
    const { user } = renderForm({ payment: 'online' });
    await fillValidBooking(user);
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    const payment = await screen.findByRole('listitem', { name: 'Betalsystemet (PayPal)' });
    expect(within(payment).getByText('anna@example.se')).toBeInTheDocument();
    expect(within(payment).getByText(/krypterad direktanslutning/)).toBeInTheDocument();
  });

  it('sends only the e-mail address to the newsletter service when the box is ticked, and records the consent', async () => {
    const consentStore = createConsentStore({ policyVersion: '1', storage: memoryStorage() });
    const onSubmit = vi.fn(async () => 'ok');
    const { user } = renderForm({ onSubmit, consentStore });
    await fillValidBooking(user);
    await user.click(screen.getByRole('checkbox', { name: /nyhetsbrev och erbjudanden via e-post/ }));
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    const newsletter = await screen.findByRole('listitem', { name: 'Vår nyhetsbrevstjänst (Mailchimp)' });
    expect(
      within(newsletter)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['anna@example.se']);
    expect(consentStore.getSnapshot().communication.newsletters.email).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Bekräfta bokningen' }));
    await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
    expect(consentStore.getSnapshot().communication.newsletters.email).toBe(true);
    expect(consentStore.getSnapshot().record?.source).toBe('booking-form');
  });

  it("records the consent in the ConsentProvider's store when it is given no store of its own", async () => {
    const store = createConsentStore({ policyVersion: '1', storage: memoryStorage() });
    const user = userEvent.setup();
    render(
      <PrivacyI18nProvider locale="sv">
        <ConsentProvider store={store}>
          <BookingForm
            installerName="Rörmokar-Pelles AB"
            products={products}
            policyUrl="/p"
            onSubmit={async () => {}}
          />
        </ConsentProvider>
      </PrivacyI18nProvider>,
    );
    await fillValidBooking(user);
    await user.click(screen.getByRole('checkbox', { name: /nyhetsbrev och erbjudanden via e-post/ }));
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
    await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
    expect(store.getSnapshot().communication.offers.email).toBe(true);
    expect(store.getSnapshot().communication.offers.sms).toBe(false);
  });

  it('submits once however often confirm is pressed, shows it is sending, then confirms', async () => {
    const pending = deferred();
    const onSubmit = vi.fn((_: BookingPayload) => pending.promise);
    const onSubmitted = vi.fn();
    const { user } = renderForm({ onSubmit, onSubmitted });
    await fillValidBooking(user);
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
    const sending = screen.getByRole('button', { name: 'Skickar bokningen…' });
    expect(sending).toHaveAttribute('aria-disabled', 'true');
    await user.click(sending);
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      installer: { name: 'Rörmokar-Pelles AB' },
      contact: { name: 'Anna Svensson', phone: '+46701234567' },
      address: { postcode: '753 20' },
      products: [{ id: 'leak', name: 'Läckagelarm' }],
      wantsUpdates: false,
    });
    pending.resolve({ id: 'b-1' });
    const done = await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(
      screen.getByText('Rörmokar-Pelles AB kontaktar dig för att boka en tid för installationen.'),
    ).toBeInTheDocument();
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ type: 'loggamera-booking' }), { id: 'b-1' });
  });

  it('keeps everything typed after a failed submit, and lets the user retry', async () => {
    const onSubmit = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('ok');
    const { user } = renderForm({ onSubmit });
    await fillValidBooking(user);
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bokningen kunde inte skickas.');

    await user.click(screen.getByRole('button', { name: 'Ändra uppgifterna' }));
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Anna Svensson');
    expect(screen.getByRole('textbox', { name: 'Postnummer' })).toHaveValue('75320');
    expect(screen.getByRole('checkbox', { name: 'Läckagelarm' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Beskriv anläggningen' })).toHaveValue('Villa, pannrum i källaren.');

    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
    await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('offers a retry on the review step itself after a failure', async () => {
    const onSubmit = vi.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValueOnce('ok');
    const { user } = renderForm({ onSubmit });
    await fillValidBooking(user);
    await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
    await user.click(await screen.findByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('posts the booking as JSON to an endpoint when there is no callback', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { user } = renderForm({ endpoint: '/api/bookings' });
      await fillValidBooking(user);
      await user.click(screen.getByRole('button', { name: 'Granska bokningen' }));
      await user.click(await screen.findByRole('button', { name: 'Bekräfta bokningen' }));
      await screen.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('/api/bookings');
      expect(init.method).toBe('POST');
      expect(JSON.parse(String(init.body))).toMatchObject({ contact: { email: 'anna@example.se' } });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("warns of personal data in the description, but not of what the host's allow list names", () => {
    renderForm({
      defaultValues: { description: 'Kylen på Linnéa larmar ibland. Ring Greta på 070-123 45 67.' },
      descriptionAllowList: ['Linnéa'],
    });
    const description = screen.getByRole('textbox', { name: 'Beskriv anläggningen' });
    expect(description).toHaveAccessibleDescription(/Ser ut som ett namn: Greta/);
    expect(description).toHaveAccessibleDescription(/Ser ut som ett telefonnummer/);
    expect(description).not.toHaveAccessibleDescription(/Linnéa/);
  });

  it('can start on the review step with values the host already has', () => {
    renderForm({
      defaultStep: 'review',
      defaultValues: {
        name: 'Anna Svensson',
        email: 'anna@example.se',
        phone: '0701234567',
        street: 'Storgatan 12',
        postcode: '753 20',
        town: 'Uppsala',
        products: ['temperature'],
      },
    });
    expect(screen.getByRole('heading', { name: 'Granska och bekräfta' })).toBeInTheDocument();
    expect(screen.getByText('Installationen görs av Rörmokar-Pelles AB.')).toBeInTheDocument();
  });

  it('writes no text by hand on the review and done steps either (the fixture covers step 1)', async () => {
    const keyPaths = (tree: unknown, prefix = ''): string[] =>
      typeof tree === 'string'
        ? [prefix]
        : Object.entries(tree as object).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
    const keys = new Set(keyPaths(privacyResources.sv));
    // Values the user typed and the host's data are shown as they are; the company names are policy data.
    const data = new Set(['Anna Svensson', 'anna@example.se', '+46701234567', 'Storgatan 12', '753 20', 'Uppsala']);
    const i18n = createPrivacyI18n('sv');
    await i18n.changeLanguage('cimode');
    const user = userEvent.setup();
    const { container } = render(
      <PrivacyI18nProvider locale="sv" i18n={i18n}>
        <BookingForm
          installerName="Rörmokar-Pelles AB"
          products={products}
          policyUrl="/p"
          payment="online"
          onSubmit={async () => {}}
          defaultStep="review"
          defaultValues={{
            name: 'Anna Svensson',
            email: 'anna@example.se',
            phone: '0701234567',
            street: 'Storgatan 12',
            postcode: '75320',
            town: 'Uppsala',
            products: ['leak'],
            wantsUpdates: true,
          }}
        />
      </PrivacyI18nProvider>,
    );
    const handWritten = () =>
      Array.from(container.querySelectorAll('*'))
        .flatMap((el) => Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE))
        .map((n) => (n.textContent ?? '').trim())
        .filter((text) => /\p{L}/u.test(text) && !keys.has(text) && !data.has(text) && text !== 'Läckagelarm');
    expect(handWritten()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'booking.confirm' }));
    await screen.findByRole('heading', { name: 'booking.done.heading' });
    expect(handWritten()).toEqual([]);
  });
});
