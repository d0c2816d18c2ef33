// English texts of the contact area, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/contact';

export const texts: typeof zh = {
  reasons: {
    do_not_contact: 'the customer is on the do-not-contact list',
    opted_out: 'the customer opted out of this channel',
    refused_recently: 'the customer refused sales contact recently',
    no_consent: 'the customer has not consented to this kind of message on this channel',
    quiet_hours: 'outside contact hours (calls 09:00–21:00, texts and e-mail 08:00–21:00)',
    customer_hours: "outside the customer's own preferred hours",
    too_early: 'too early: renewal sales no earlier than 40 days before the end date',
    frequency_cap: 'sending limit reached (one per channel per day, and a weekly total)',
  },
  blocked: 'Not allowed now: {{reasons}}.',
  nextAt: 'Allowed again from {{at}}.',
  never: "The customer's contact preferences must change first.",
  purposes: { renewal: 'renewal sales', service: 'service notice', marketing: 'marketing' },
  consentPurposes: { service: 'service notices', marketing: 'renewals and marketing' },
  how: {
    verbal: 'verbally on the phone',
    written: 'signed in writing',
    sms_reply: 'SMS reply',
    wechat: 'on WeChat',
    email: 'by e-mail',
    form: 'web form',
  },
  actions: {
    call: 'Call {{phone}}',
    dialQr: 'Scan to dial on your phone',
    dialQrHint: 'Scan the QR code with your phone to dial {{phone}}.',
    smsQr: 'Scan to text from your phone',
    smsQrHint:
      'Scan with your phone: the text is filled in (with the opt-out sentence); send it, then click "Mark as sent".',
    copySms: 'Copy text',
    copyWechat: 'Copy WeChat text',
    copyWechatId: 'Copy WeChat ID {{id}}',
    noWechatId: 'No WeChat ID on record',
    email: 'E-mail',
    masked:
      '{{phone}} is a masked number: it cannot be dialled or texted. Confirm the full number with the customer first.',
    landline: '{{phone}} is a landline: it cannot receive texts.',
    noMobile: 'No mobile number: texts cannot be sent.',
    noEmail: 'No e-mail address.',
    markSent: 'Mark as sent',
    sentBlocked: 'Cannot mark as sent: {{reasons}}',
    purpose: 'Purpose: {{purpose}}',
    consentBasis: 'Basis: consent to {{purpose}} ({{how}}, {{at}})',
    noConsentNeeded: 'Calls and service notices need no marketing consent',
  },
  record: {
    title: 'Contact record',
    empty: 'No contact yet',
    line: '{{at}} · {{channel}} · {{outcome}}',
    script: 'script v{{version}}',
  },
  errors: {
    blocked: 'This customer cannot be contacted: {{reasons}}.',
  },
  prefs: {
    title: 'Contact preferences',
    edit: 'Change contact preferences',
    editTitle: 'Contact preferences: {{name}}',
    channel: 'Preferred channel',
    hours: 'Preferred hours',
    hoursFrom: 'From (HH:MM)',
    hoursTo: 'To (HH:MM)',
    hoursInvalid:
      'Enter times as HH:MM with the start before the end; leave both empty for any time.',
    anyTime: 'Any time',
    doNotContact: 'Do not contact (every channel)',
    doNotContactChannels: 'Do not contact on these channels',
    optedOut: 'Opted out of',
    consents: 'Consents',
    noConsents: 'No consent on record',
    consentLine: '{{channel}} · {{purpose}} · {{how}} · {{at}} · recorded by {{by}}',
    legacySms:
      'Older record: agreed to receive texts (no evidence; add it again with when and how)',
    remove: 'Remove',
    addConsent: 'Add consent',
    consentChannel: 'Channel',
    consentPurpose: 'Purpose',
    consentHow: 'How',
    consentAt: 'When',
    consentNote: 'Note (optional)',
    refused: 'Refused sales contact on {{at}} (no renewal sales for {{months}} months)',
    clearRefusal: 'Clear this refusal',
    saved: 'Contact preferences saved',
    none: '—',
  },
  mail: {
    refused:
      "The mail server refused this message ({{detail}}): check the customer's address. It was not marked as sent.",
    deferred:
      'The mail server is not accepting mail for now ({{detail}}); try again later. It was not marked as sent.',
    timeout:
      'The mail server did not answer in time: check the network, server address and port, and try again later. It was not marked as sent.',
    auth: 'The mail server refused the sign-in: check the account and the authorisation code (for QQ/163 mail, the code generated when SMTP is enabled, not the password).',
    connection:
      'Cannot reach the mail server: check the server address, port and network, and try again later. It was not marked as sent.',
    tls: 'The encrypted connection to the mail server failed: check the port and the encryption setting (465 uses SSL, 587 STARTTLS).',
    invalid_address:
      'The e-mail address "{{detail}}" is not valid; correct it on the customer. Nothing was sent.',
  },
};
