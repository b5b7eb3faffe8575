import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingSubmitEventDetail, BookingSubmittedEventDetail } from './booking-form-element';
import { parseAllowListAttribute, parseProductsAttribute } from './booking-form-element';
import { defineLoggameraElements } from './define-elements';

defineLoggameraElements();

const products = JSON.stringify([
  { id: 'leak', name: 'Läckagelarm', description: '1 490 kr' },
  { id: 'temperature', name: 'Temperaturövervakning' },
]);

function mount(attributes: Record<string, string>) {
  const element = document.createElement('loggamera-booking-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const shadow = element.shadowRoot as ShadowRoot;
  return { element, view: within(shadow as unknown as HTMLElement) };
}

async function fillAndReview(view: ReturnType<typeof within>, user: ReturnType<typeof userEvent.setup>) {
  await user.type(await view.findByRole('textbox', { name: 'Namn' }), 'Anna Svensson');
  await user.type(view.getByRole('textbox', { name: 'E-postadress' }), 'anna@example.se');
  await user.type(view.getByRole('textbox', { name: 'Telefonnummer' }), '070-123 45 67');
  await user.type(view.getByRole('textbox', { name: 'Gatuadress' }), 'Storgatan 12');
  await user.type(view.getByRole('textbox', { name: 'Postnummer' }), '75320');
  await user.type(view.getByRole('textbox', { name: 'Ort' }), 'Uppsala');
  await user.click(view.getByRole('checkbox', { name: 'Läckagelarm' }));
  await user.click(view.getByRole('button', { name: 'Granska bokningen' }));
  await view.findByRole('heading', { name: 'Granska och bekräfta' });
}

afterEach(() => {
  document.body.replaceChildren();
});

// Typing a whole booking in jsdom takes a few seconds on a shared machine.
describe('<loggamera-booking-form>', { timeout: 20_000 }, () => {
  it('renders the form inside its own shadow root, named by the installer attribute', async () => {
    const { element, view } = mount({ 'installer-name': 'Rörmokar-Pelles AB', products, 'policy-url': '/policy' });
    expect(await view.findByRole('heading', { name: 'Boka övervakning' })).toBeInTheDocument();
    expect(view.getByRole('checkbox', { name: 'Läckagelarm' })).toBeInTheDocument();
    expect(view.getByRole('link', { name: 'Läs vår integritetspolicy' })).toHaveAttribute('href', '/policy');
    // Nothing is rendered into the host page's own DOM.
    expect(element.children).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Boka övervakning' })).toBeNull();
  });

  it('follows its lang attribute, and the page language when it has none', async () => {
    document.documentElement.lang = 'en';
    try {
      const { element, view } = mount({ 'installer-name': 'X', products });
      expect(await view.findByRole('heading', { name: 'Book monitoring' })).toBeInTheDocument();
      element.setAttribute('lang', 'sv');
      expect(await view.findByRole('heading', { name: 'Boka övervakning' })).toBeInTheDocument();
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('lets the host handle the booking by cancelling loggamera-booking-submit', async () => {
    const user = userEvent.setup();
    const { element, view } = mount({ 'installer-name': 'Rörmokar-Pelles AB', products, endpoint: '/never' });
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const submitted: BookingSubmittedEventDetail[] = [];
    const handleItMyself = (event: Event) => {
      const { payload, respondWith } = (event as CustomEvent<BookingSubmitEventDetail>).detail;
      event.preventDefault();
      respondWith(Promise.resolve({ bookingId: `b-${payload.address.postcode}` }));
    };
    // The event crosses the shadow boundary and bubbles up to the host page's document.
    document.addEventListener('loggamera-booking-submit', handleItMyself);
    element.addEventListener('loggamera-booking-submitted', (event) =>
      submitted.push((event as CustomEvent<BookingSubmittedEventDetail>).detail),
    );
    try {
      await fillAndReview(view, user);
      expect(view.getByText('Installationen görs av Rörmokar-Pelles AB.')).toBeInTheDocument();
      await user.click(view.getByRole('button', { name: 'Bekräfta bokningen' }));
      await view.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
      expect(fetchMock).not.toHaveBeenCalled();
      expect(submitted).toHaveLength(1);
      expect(submitted[0]?.result).toEqual({ bookingId: 'b-753 20' });
      expect(submitted[0]?.payload.installer.name).toBe('Rörmokar-Pelles AB');
    } finally {
      document.removeEventListener('loggamera-booking-submit', handleItMyself);
      vi.unstubAllGlobals();
    }
  });

  it('posts to its endpoint when the host does not cancel, and keeps everything when that fails', async () => {
    const user = userEvent.setup();
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('busy', { status: 503 }))
      .mockResolvedValueOnce(new Response('{"ok":true}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const failures: unknown[] = [];
    try {
      const { element, view } = mount({ 'installer-name': 'X', products, endpoint: '/api/bookings' });
      element.addEventListener('loggamera-booking-failed', (event) => failures.push(event));
      await fillAndReview(view, user);
      await user.click(view.getByRole('button', { name: 'Bekräfta bokningen' }));
      expect(await view.findByRole('alert')).toHaveTextContent('Bokningen kunde inte skickas.');
      expect(failures).toHaveLength(1);
      await user.click(view.getByRole('button', { name: 'Försök igen' }));
      await view.findByRole('heading', { name: 'Tack! Bokningen är skickad.' });
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/bookings');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not warn of what its description-allow-list names in the description', async () => {
    const { element, view } = mount({
      'installer-name': 'X',
      products,
      'description-allow-list': 'Rosen, Linnéa',
    });
    (element as HTMLElement & { defaultValues: object }).defaultValues = {
      description: 'Kylen på Linnéa larmar ibland. Ring Greta på 070-123 45 67.',
    };
    const description = await view.findByRole('textbox', { name: 'Beskriv anläggningen' });
    await waitFor(() => expect(description).toHaveAccessibleDescription(/Ser ut som ett namn: Greta/));
    expect(description).not.toHaveAccessibleDescription(/Linnéa/);
  });

  it('reads a comma-separated allow list', () => {
    expect(parseAllowListAttribute(' Rosen, Linnéa ,, ')).toEqual(['Rosen', 'Linnéa']);
    expect(parseAllowListAttribute('')).toBeUndefined();
    expect(parseAllowListAttribute(null)).toBeUndefined();
  });

  it('takes products from JavaScript too', async () => {
    const { element, view } = mount({ 'installer-name': 'X' });
    (element as HTMLElement & { products: unknown }).products = [{ id: 'pump', name: 'Pumpövervakning' }];
    expect(await view.findByRole('checkbox', { name: 'Pumpövervakning' })).toBeInTheDocument();
  });

  it('says clearly what is wrong with a broken products attribute and keeps the last good list', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { element, view } = mount({ 'installer-name': 'X', products });
      await view.findByRole('checkbox', { name: 'Läckagelarm' });
      element.setAttribute('products', '[{"id":"leak",');
      await waitFor(() => expect(errors).toHaveBeenCalled());
      expect(String(errors.mock.calls[0]?.[0])).toContain('products attribute must be JSON');
      expect(view.getByRole('checkbox', { name: 'Läckagelarm' })).toBeInTheDocument();
    } finally {
      errors.mockRestore();
    }
  });
});

describe('parseProductsAttribute', () => {
  it('reads a JSON list of products and refuses one without a name', () => {
    expect(parseProductsAttribute('[{"id":"a","name":"A"}]')).toEqual([{ id: 'a', name: 'A' }]);
    expect(parseProductsAttribute(null)).toEqual([]);
    expect(() => parseProductsAttribute('[{"id":"a"}]')).toThrow('string "id" and "name"');
  });
});
