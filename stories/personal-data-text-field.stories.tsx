// Stories for packages/react/src/personal-data-text-field.tsx (with packages/core/src/detection/); every story renders inside i18n-provider.tsx (see .storybook/preview.tsx).
import { nameContextModel } from '@loggamera/privacy-core';
import { PersonalDataTextField } from '@loggamera/privacy-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';

const meta = {
  title: 'Detection/PersonalDataTextField',
  component: PersonalDataTextField,
  args: { label: 'Beskrivning av anläggningen', mode: 'warn', multiline: true },
  argTypes: {
    mode: { control: 'inline-radio', options: ['warn', 'block'] },
    threshold: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
} satisfies Meta<typeof PersonalDataTextField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An empty field: only the policy's guidance, nothing to warn about. */
export const Empty: Story = {};

/** A typical facility description without personal data: meter numbers, a door code, a company. */
export const CleanText: Story = {
  args: {
    defaultValue:
      'Undercentralen ligger i källaren under trapphus B. Nyckel i nyckelskåp 3, portkod 4512. Värmemätare nr 71 20 458 avläses den 25:e varje månad. Service utförs av Bergs Rör AB, ärende 2024-118.',
  },
};

/** A phone number in an alarm instruction: warned about, with a quick action to remove it. */
export const WithPhoneNumber: Story = {
  args: {
    label: 'Larminstruktion',
    defaultValue: 'Vid vattenlarm: stäng huvudkranen i pannrummet och ring fastighetsskötaren på 070-123 45 67.',
  },
};

/** A tenant's name in an access note. */
export const WithName: Story = {
  args: {
    label: 'Anteckning om tillträde',
    defaultValue: 'Lägenheten nås via gården. Hyresgäst Karin Lindqvist är hemma på förmiddagarna och öppnar.',
  },
};

/**
 * A care home whose units are named like people: the portal passes the units' names as the allow list,
 * so "Linnéa" and "Rosen" are not warned about, and the nurse's name still is.
 */
export const WithAllowList: Story = {
  args: {
    label: 'Larminstruktion',
    allowList: ['Rosen', 'Linnéa', 'Tranan'],
    defaultValue:
      'Larm från Linnéa: läkemedelskylen över 8 °C. Vardagar: ring sjuksköterskan Maria Haddad. Natt: ring Rosen, de har nyckeln.',
  },
};

/**
 * With the opt-in context model (`nameContextModel`, about 14 kB more): it reads the words around each
 * capitalised word, so it finds the unknown name of a person who reported something and leaves alone
 * the fan the staff call Greta. Without it, the field warns about Greta and misses Amara Nwosu.
 */
export const WithContextModel: Story = {
  args: {
    label: 'Felanmälan',
    contextModel: nameContextModel,
    defaultValue:
      'Fläkt F3 (kallas Greta av oss) låter illa. Reported by Amara Nwosu via the portal: the lift on floor 3 is stuck.',
  },
};

/** Several kinds at once, over several lines: each finding names its line. */
export const SeveralFindings: Story = {
  args: {
    label: 'Beskrivning av anläggningen',
    defaultValue:
      'Pumpgrop i källaren, larm vid nivå över 40 cm.\nKontakt: Ove Berg, ove.berg@exempel.se, 08-12 34 56.\nNyckel hos boende i lgh 1102, Storgatan 12 B.',
  },
};

/** Block mode: personal data is a validation error, so the form cannot be saved until it is removed. */
export const BlockModeWithError: Story = {
  args: {
    label: 'Larminstruktion',
    mode: 'block',
    defaultValue: 'Ring jouren på 0701234567 eller mejla driftchef anna.svensson@exempel.se vid läckage.',
  },
};

/** The single-line variant, for a short note. */
export const SingleLine: Story = {
  args: {
    label: 'Kort notering',
    multiline: false,
    defaultValue: 'Nyckel hos Per Holm, tel 073-987 65 43',
  },
};

/** An English access note from a partner installer, with a phone number and a name. */
export const EnglishAccessNote: Story = {
  args: {
    label: 'Access notes',
    defaultValue:
      'Plant room is behind the laundry, door code 2718. If the alarm goes off call the caretaker Mr Patel on +46 70 555 12 34 before going in.',
  },
};

/** Controlled by the page: the text lives in the page's state and removals go through onValueChange. */
export const Controlled: Story = {
  args: { label: 'Larminstruktion' },
  render: function ControlledStory(args) {
    const [value, setValue] = useState('Vid larm, ring Kalle på 070-765 43 21. Reservnyckel i tub vid entrén.');
    return <PersonalDataTextField {...args} value={value} onValueChange={setValue} />;
  },
};
