import type { PrivacyPolicyDocument } from './types';

// A faithful English translation of content-sv.ts: same sections, blocks and list ids, in the same order
// (a test checks it). Where the Swedish uses the policy's own terms ("Externa bokföringssystemet"),
// so does the English ("the External bookkeeping system"), so the references table reads the same.
export const privacyPolicyEn = {
  locale: 'en',
  title: 'Loggamera’s privacy policy',
  sections: [
    {
      id: 'personal-data',
      heading: 'What personal data do we keep?',
      isHeadingAddedByProject: true,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera stores some personal data, that is, data that can be linked directly or indirectly to a living person. For example, we keep your name and contact details when you create a user account with us. However, we never keep more personal data than is necessary for the following purposes:',
        },
        {
          kind: 'list',
          id: 'purposes',
          isFilledInByProject: true,
          items: [
            'To create and manage your user account and let you log in to the web portal.',
            'To monitor the facilities linked to your account and send you alarms and reports about them.',
            'To handle bookings and purchases of monitoring, including the on-site installation, invoicing and payment.',
            'To give you support and contact you about your account, your monitoring and your requests.',
            'To send newsletters and offers, if you have given us permission to do so.',
            'To meet legal requirements, for example the Swedish Bookkeeping Act.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'To do the above, we keep the following personal data about you:',
        },
        {
          kind: 'list',
          id: 'personal-data-kept',
          isFilledInByProject: true,
          items: [
            'Name.',
            'Email address and phone number.',
            'Username and password (the password is never stored in plain text).',
            'The company or organisation you represent, if you give it.',
            'The installation address of the monitoring you book.',
            'Invoicing details: billing address and, for companies, the corporate identity number.',
            'Your choices for receiving alarms, reports and newsletters.',
            'When you last logged in.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'We store no data other than the above, except in the following case:',
        },
      ],
    },
    {
      id: 'free-text-fields',
      heading: 'Free-text input fields',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'When you fill in the details of a monitored facility, you will see instructions that nothing that can be linked to a living person may be written in input fields that are not meant for personal data. It is important that these instructions are followed without exception. Otherwise it becomes difficult for us to handle the data correctly.',
        },
        {
          kind: 'paragraph',
          text: 'If you have written personal data in the wrong place by mistake, Loggamera’s customer service can help you remove it.',
        },
      ],
    },
    {
      id: 'retention',
      heading: 'How long is personal data kept, and how do you get it removed?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Personal data that you enter or transfer to Loggamera is kept from the moment you actively agreed to become a registered user of Loggamera until you deregister, but at most three years after you last logged in.',
        },
        {
          kind: 'paragraph',
          text: 'You deregister by contacting Loggamera’s support and telling us which account or accounts are to be deleted. We will then contact you and confirm your request before we deregister your account and remove all personal data linked to the account, except any records of sales transactions that we are required by law to keep for a certain time.',
        },
      ],
    },
    {
      id: 'third-parties',
      heading: 'Does Loggamera send personal data to third parties?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'When you buy or book monitoring from Loggamera, we pass the address and contact details on to the installer who carries out the physical installation. You will always be told the installer’s name before the booking is carried out.',
        },
        {
          kind: 'paragraph',
          text: 'Apart from the installer, we send information to our External bookkeeping system and, for online purchases, to the Payment system when each purchase is completed, so that they can handle the payment transaction. The following personal data may be sent:',
        },
        {
          kind: 'list',
          id: 'data-sent-to-bookkeeping-and-payment',
          isFilledInByProject: true,
          items: [
            'Name.',
            'Email address and phone number.',
            'Billing address and, for companies, the corporate identity number.',
            'Installation address.',
            'What you bought or booked, with amount, date and order or invoice number.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'If needed, the External payment system may ask you to enter other details during your payment transaction, which takes place over an encrypted direct connection between your browser and the External payment system’s server. In that case they ask only for the details needed to handle your payment, and they keep them only as long as the law requires.',
        },
        {
          kind: 'paragraph',
          text: 'On the day you deregister your user account with Loggamera, we make sure that any of your personal data stored with the External bookkeeping system and the External payment system is deleted, except data that must be kept for a certain time by law.',
        },
        {
          kind: 'paragraph',
          text: 'If you have given us permission to send you alarm/report updates and newsletters with offers (see the section “Mailings” below), your email address is sent to the External newsletter service, which sends out our newsletters.',
        },
        {
          kind: 'paragraph',
          text: 'We do not share your personal data or other information about you with anyone other than the parties named above without your consent.',
        },
      ],
    },
    {
      id: 'storage',
      heading: 'Where is the data stored?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'The data is stored in databases and log files on Loggamera’s dedicated virtual servers at the Swedish hosting provider. The same maximum times apply to the log files as to the databases (see above). Data passed on to subprocessors as described above is stored in other databases and log files at those companies.',
        },
      ],
    },
    {
      id: 'mailings',
      heading: 'Mailings',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'With your permission, we may send you different kinds of information by email, text message or phone. Examples are status updates on your current monitoring, system reports, newsletters and offers. You choose yourself whether you want to receive this information on the settings page of the web portal.',
        },
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'A cookie is information stored on your computer by your web browser. We use cookies to keep track of your login and to save your own settings on loggamera.se. The cookie is anonymous and contains no personal information.',
        },
      ],
    },
    {
      id: 'correction',
      heading: 'Correcting inaccurate personal data',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera has the right to correct personal data in accordance with applicable law, and you have the right to have data about you corrected. The easiest way is to contact our support.',
        },
      ],
    },
    {
      id: 'future-changes',
      heading: 'Future changes',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera reserves the right to change this privacy policy to the extent that the changes are needed to fix disruptions or to meet new legal or technical requirements. All changes to this privacy policy will be published on this page.',
        },
      ],
    },
    {
      id: 'references',
      heading: 'References',
      isHeadingAddedByProject: false,
      blocks: [{ kind: 'subprocessors' }],
    },
  ],
  closing: 'You are welcome to contact us for further information.',
} as const satisfies PrivacyPolicyDocument;
