// Stories for packages/react/src/booking-form.tsx (with packages/core/src/booking/); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import type { BookingValues } from '@loggamera/privacy-core';
import { BookingForm } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';

const products = [
  { id: 'leak', name: 'Läckagelarm', description: '1 490 kr' },
  { id: 'temperature', name: 'Temperaturövervakning', description: '990 kr' },
  { id: 'pump', name: 'Pumpövervakning' },
];

const filledIn: Partial<BookingValues> = {
  name: 'Anna Svensson',
  email: 'anna.svensson@example.se',
  phone: '070-123 45 67',
  street: 'Storgatan 12',
  postcode: '753 20',
  town: 'Uppsala',
  products: ['leak', 'temperature'],
  description: 'Villa med pannrum i källaren. Vattenmätaren sitter bakom luckan under trappan.',
};

const meta = {
  title: 'Booking/BookingForm',
  component: BookingForm,
  args: {
    installerName: 'Rörmokar-Pelles AB',
    products,
    policyUrl: '#integritetspolicy',
    onSubmit: async () => {},
  },
  argTypes: { payment: { control: 'inline-radio', options: ['invoice', 'online'] } },
} satisfies Meta<typeof BookingForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const confirmButton = /^(Bekräfta bokningen|Confirm the booking)$/;

/** Step 1, empty: contact details, address, products, the facility description and the unticked mailings choice. */
export const Empty: Story = {};

/** Step 1 after "Review the booking" with nothing filled in: a localized error on every required field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^(Granska bokningen|Review the booking)$/ }));
    await expect(await canvas.findAllByText(/Skriv ditt namn\.|Enter your name\./)).toHaveLength(1);
  },
};

/** Step 1 with a wrong postcode and phone number: the messages say what a right one looks like. */
export const MalformedPostcodeAndPhone: Story = {
  args: { defaultValues: { ...filledIn, postcode: '7532', phone: '070-12' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^(Granska bokningen|Review the booking)$/ }));
    await canvas.findByText(/Ett postnummer har fem siffror|A Swedish postcode has five digits/);
  },
};

/** Step 1 filled in, with a phone number typed into the facility description: the field warns. */
export const DescriptionWithPersonalData: Story = {
  args: {
    defaultValues: {
      ...filledIn,
      description: 'Villa med pannrum i källaren. Ring hyresgästen på 070-987 65 43 innan ni kommer.',
    },
  },
};

/**
 * The host's allow list (`descriptionAllowList`): what the host's products, places and rooms are called
 * is never reported, so only the phone number is.
 */
export const DescriptionWithAllowList: Story = {
  args: {
    descriptionAllowList: ['Linnéa'],
    defaultValues: {
      ...filledIn,
      description: 'Kylen på Linnéa larmar ibland. Ring hyresgästen på 070-987 65 43 innan ni kommer.',
    },
  },
};

/** Step 2: the installer's name and exactly what is sent to whom, before the user confirms. */
export const Review: Story = { args: { defaultValues: filledIn, defaultStep: 'review' } };

/** Step 2 for an online purchase with mailings ticked: the payment system and the newsletter service are listed too. */
export const ReviewOnlinePaymentAndMailings: Story = {
  args: { defaultValues: { ...filledIn, wantsUpdates: true }, defaultStep: 'review', payment: 'online' },
};

/** Step 2 while the booking is being sent: confirm is busy and cannot be pressed twice. */
export const Sending: Story = {
  args: { defaultValues: filledIn, defaultStep: 'review', onSubmit: () => new Promise(() => {}) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: confirmButton }));
    await canvas.findByRole('button', { name: /^(Skickar bokningen…|Sending the booking…)$/ });
  },
};

/** Step 2 after a failed submit: an alert, everything kept, and "Try again". */
export const SubmitFailed: Story = {
  args: {
    defaultValues: filledIn,
    defaultStep: 'review',
    onSubmit: () => Promise.reject(new Error('The booking service is unavailable (503).')),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: confirmButton }));
    await canvas.findByRole('alert');
  },
};

/** Done: the booking was delivered and the installer will be in touch. */
export const Done: Story = {
  args: { defaultValues: filledIn, defaultStep: 'review' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: confirmButton }));
    await canvas.findByRole('heading', {
      name: /^(Tack! Bokningen är skickad\.|Thank you! The booking has been sent\.)$/,
    });
  },
};

/** A single product on offer, as a partner with one package would show it. */
export const OneProduct: Story = { args: { products: [{ id: 'leak', name: 'Läckagelarm', description: '1 490 kr' }] } };
