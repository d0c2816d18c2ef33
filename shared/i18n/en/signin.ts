// English texts of sign-in, the lock, staff accounts and the audit screen (typed by ../zh-CN/signin.ts).
import type { texts as zh } from '../zh-CN/signin';

export const texts: typeof zh = {
  setup: {
    title: 'First start: set up the owner',
    intro:
      'The owner manages staff accounts, settings and the audit log. Every customer and policy entered before is kept.',
    name: "Owner's name",
    password: 'Password',
    confirm: 'Password again',
    mismatch: 'The two passwords differ',
    tooWeak: 'Too weak: make it longer or mix letters, digits and symbols',
    submit: 'Create the owner',
    strength: 'Strength',
    strengthLevels: ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'],
  },
  signIn: {
    title: 'Choose your account to sign in',
    locked: 'Locked: sign in again',
    password: 'Password',
    pin: 'PIN',
    submit: 'Sign in',
    unlock: 'Unlock',
    usePassword: 'Use the password',
    wrong: 'Wrong password',
    wrongPin: 'Wrong PIN',
    pinExhausted: 'Too many wrong PINs: enter the password',
    wait: 'Too many wrong tries: wait {{seconds}} s',
    checking: 'Checking…',
    noStaff: 'No account can sign in',
  },
  shell: {
    lock: 'Lock',
    switchUser: 'Switch user',
    signedInAs: '{{name}} ({{role}})',
  },
  roles: { owner: 'Owner', manager: 'Manager', staff: 'Staff' },
  staff: {
    setPassword: 'Set password',
    resetPassword: 'Reset password',
    newPassword: 'New password',
    passwordSet: 'Password set; they choose a new one at their next sign-in',
    noLogin: 'No sign-in',
    deactivate: 'Deactivate',
    deactivateConfirm:
      'They will no longer sign in and their open tasks go back to assignment. Deactivate?',
    deactivated: 'Deactivated; {{count}} tasks back to assignment',
    pin: 'Unlock PIN',
    pinHelp:
      '4 to 8 digits, only for unlocking within a session; five wrong PINs ask for the password.',
    pinSaved: 'PIN saved',
    idleLock: 'Lock when idle (minutes, 0 = never)',
  },
  reveal: {
    button: 'Show full number',
    masked: 'Number hidden',
  },
  export: {
    reasonTitle: 'Reason for the export',
    reasonHelp:
      "A manager's export needs a reason; the reason and the row count go into the audit log.",
    reasonRequired: 'Enter a reason',
  },
  forbidden: 'Your role may not do this (recorded).',
  audit: {
    title: 'Audit log',
    verify: 'Verify chain',
    verifying: 'Checking {{checked}} / {{total}}',
    verifyOk: 'Chain intact: {{count}} events',
    verifyBroken: 'The chain breaks at event {{seq}}: {{reason}}',
    reasons: {
      hash: 'this event was edited',
      link: 'an event before it was deleted, inserted or moved',
      order: 'events are out of order',
      truncated: 'the log is shorter than, or differs from, the head kept outside it (cut off?)',
    },
    headWarnings: {
      'chain-differs':
        'At event {{seq}} the audit log is shorter than, or differs from, the head kept outside the database: it may have been edited.',
      'kept-head-unreadable':
        'The audit head kept outside the database cannot be read (edited or damaged).',
      rewritten:
        'Audit event {{seq}} differs from the one kept outside the database: the log may have been rewritten.',
    },
    openAudit: 'Open the audit log',
    accept: 'Accept the log as it is',
    acceptConfirm:
      'Accept the log as it is now? This is recorded in the audit log. Use it only for a known reason, such as restoring a backup.',
    accepted: 'The log as it is now was accepted',
    export: 'Export',
    filterActor: 'Who',
    filterAction: 'What',
    filterDates: 'When',
    columns: {
      seq: 'No.',
      at: 'Time',
      actor: 'Who',
      action: 'What',
      entity: 'Record type',
      entityId: 'Record id',
      detail: 'Detail',
    },
  },
  /** The recovery sheet (issue 11): shown once, when the agency's data keys are created. */
  recovery: {
    title: 'Recovery key: print it and keep it safe',
    intro:
      "Customer data is encrypted with the agency's data keys. The owner's password and this recovery key each open them. The recovery key is shown only this once and is not stored on this computer.",
    warning:
      "If both the owner's password and the recovery key are lost, the data is gone: nobody, not even the developers, can recover it.",
    agency: 'Owner: {{name}}',
    created: 'Created: {{at}}',
    keyLabel: 'Recovery key',
    keep: 'Keep the printout somewhere safe away from this computer (a safe, for example); do not photograph it or save it on this computer.',
    backupLabel: 'Backup key (age format)',
    backupHelp:
      "Opens this agency's backup files. Enter it when restoring a backup on a new computer; the standard age tool opens a backup with it too (age -d -i keyfile).",
    backupEarlier:
      'Backups are still opened by the backup key file you saved before: keep it safe as well.',
    print: 'Print the recovery key',
    saved: 'I have printed or written down the recovery key and put it somewhere safe',
    continue: 'Continue',
  },
  /** The data keys on the staff card (issue 11). */
  keys: {
    none: 'No data keys',
    noneHelp:
      "This person's password does not open the data keys (set before the keys existed, or reactivated after being deactivated): reset their password.",
  },
  /** Sealing customer records after the upgrade, and keys a session lacks (issue 11). */
  records: {
    sealing: 'Encrypting customer records (once, after the upgrade)',
    sealingHelp:
      '{{done}} of {{total}} encrypted. Closing the app now loses nothing: the next sign-in carries on.',
    sealFailed:
      'Encrypting the customer records failed; the records are unharmed. Please sign in again to retry.',
    keysNeeded: 'Customer records are encrypted and need your data keys',
    keysNeededHelp:
      'After a PIN unlock, or when your password did not open the data keys, customer records cannot be read. Sign out and sign in with your password; if that does not help, ask the owner to reset your password.',
    signOut: 'Sign out and use the password',
  },
};
