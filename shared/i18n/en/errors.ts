// English texts of the errors area, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/errors';

export const texts: typeof zh = {
  entities: {
    client: 'Customer',
    vehicle: 'Vehicle',
    policy: 'Policy',
    staff: 'Staff member',
    case: 'Renewal case',
    task: 'Task',
    script: 'Script template',
    scriptVersion: 'Script version',
    importBatch: 'Import batch',
    feedback: 'Feedback',
  },
  repository: {
    notFound:
      '{{what}} {{id}} was not found; it may have been deleted. Refresh the list and try again.',
    invalid: 'Invalid {{what}}: {{field}}{{issue}}. Fix it and save again.',
    invalidField: '{{field}} ',
    emptyScript: 'The script text is empty; type the text before saving.',
    inactiveStaff:
      '{{name}} is inactive and cannot take cases; re-activate them in Staff settings or pick someone else.',
    duplicatePolicy: 'Policy {{policyNo}} of {{insurer}} already exists; check the policy number.',
    duplicateDeletedPolicy:
      'Policy {{policyNo}} of {{insurer}} already exists (deleted; restore it from the recycle bin); check the policy number.',
    alreadyUndone: 'Batch "{{file}}" was already undone.',
    undoExpired:
      'Batch "{{file}}" is more than {{days}} days old and can no longer be undone (the copies of the earlier records were deleted to protect customers’ data).',
    undoLaterBatches:
      'Cannot undo "{{file}}": {{count}} of its records were changed or referenced later. Undo the later batches first (newest first): {{batches}}.',
    undoHandEdits:
      'Cannot undo "{{file}}": {{count}} of its records were edited by hand after the import. Undoing would overwrite those edits; check these records first.',
    batchAt: '"{{file}}" ({{at}})',
  },
  input: {
    nameRequired: 'the name is empty',
    insurerRequired: 'the insurer is empty',
    policyNoRequired: 'the policy number is empty',
    endAfterStart: 'the end date must be after the start date',
    isoDate: 'YYYY-MM-DD',
    format: 'malformed',
    other: '{{detail}}',
  },
  /** Sign-in and roles (issue 10). */
  identity: {
    forbidden: 'You are not allowed to do this ({{action}}). Ask the owner or a manager.',
    ownerExists: 'The owner is already set up; sign in instead.',
    cannotDeactivateSelf: 'You cannot deactivate your own account; another owner must do it.',
    exportReason: 'A manager states a reason for an export; fill it in, then export again.',
  },
  outcome: {
    notPending: 'This task is already done or cancelled; pick a pending task from the Today list.',
    unknownLostReason:
      'Lost reason "{{reason}}" is not in the settings list; pick one from the list or add it in Settings first.',
  },
  calendar: {
    unknownYear:
      'There is no holiday data for {{year}} yet: call dates that year follow Monday to Friday, so calls may fall on Spring Festival or National Day holidays. Paste the State Council holiday notice for {{year}} in Settings → Holidays, or update the app.',
  },
  tiers: {
    tooEarly:
      'Tier "{{name}}" is {{days}} days before the end date, earlier than the {{limit}}-day limit for renewal sales calls; move it within {{limit}} days or use it only to verify details.',
    duplicateName: 'Tier name "{{name}}" is used twice; give each tier its own name.',
  },
  dbOpen: {
    full: '{{message}} {{action}}',
    blocked: {
      message: 'The database is in use by another Renewal Desk window or browser tab.',
      action: 'Close the other Renewal Desk windows or tabs, then click Retry.',
    },
    newerVersion: {
      message:
        'The database was created by a newer version of Renewal Desk (data version {{found}}); this version opens data versions up to {{supported}}.',
      action:
        'Install the latest Renewal Desk (one that opens data version {{found}}) and open it again; your data is intact and nothing was deleted.',
      actionApp:
        'Install Renewal Desk {{app}} or later and open it again; your data is intact and nothing was deleted.',
    },
    quota: {
      message: 'The disk is full, so the database cannot open or write.',
      action: 'Free some disk space (keep at least 1 GB), then click Retry.',
    },
    unavailable: {
      message: 'Local storage (IndexedDB) is not available here, perhaps a private window.',
      action: 'Open the app in a normal window, or use the desktop app.',
    },
    corrupt: {
      message: 'The database cannot be opened; its files may be damaged.',
      action:
        'Do not delete anything: click Retry; if it still fails, contact support with the details.',
    },
    versionChange: {
      message: 'Renewal Desk was upgraded in another window; this window has disconnected.',
      action: 'Reload this page (or restart Renewal Desk).',
    },
    upgradeBackup: {
      message:
        'Before the data format is upgraded (data version {{from}} → {{to}}), the current data is backed up first, and that backup failed: {{reason}}',
      action:
        'Nothing was upgraded or changed. Fix the problem above and click Retry, or upgrade without a backup.',
    },
  },
  importFile: {
    empty_file:
      'The file is empty. Export the list from the insurer portal again and import that file.',
    not_spreadsheet:
      'This is not a spreadsheet (it looks like {{detail}}). Choose an .xlsx, .xls, .csv or .ods file, or open it in Excel/WPS and save it as .xlsx.',
    encrypted:
      'The workbook is password-protected. Open it in Excel/WPS, remove the password, save it, and import again.',
    too_big:
      'The file is too big ({{detail}}, limit {{limit}}). Split it into several files (by month or branch).',
    too_many_rows:
      'The sheet has too many rows ({{detail}}, limit {{limit}}). Split it into several files.',
    zip_bomb:
      'The file would expand to an abnormal size ({{detail}}); it may be damaged or unsafe. Re-save it in Excel/WPS and try again.',
    no_header:
      'No header row (policy no., plate, end date ...) was found in sheet "{{detail}}". Pick the right sheet or set the header row by hand.',
    no_sheet: 'The workbook has no sheet named "{{detail}}". Choose another sheet.',
    unreadable:
      'The file is damaged or in a format that cannot be read ({{detail}}). Open it in Excel/WPS, save as .xlsx and import again.',
    cancelled: 'Import cancelled; nothing was written.',
  },
  complaint: {
    handler_is_subject:
      'The handler cannot be the staff member the complaint is about. Choose someone else.',
    anonymous_with_staff:
      'An anonymous complaint cannot name a staff member. Choose the customer, or no staff member.',
    not_allowed_now:
      'This step is not possible in the complaint’s current state. Refresh to see where it stands.',
    extension_needs_manager: 'Extending the deadline needs a manager’s or the owner’s approval.',
    already_extended:
      'This complaint’s deadline was already extended once (30 days at most); it cannot be extended again.',
    reason_required: 'Give the reason for the extension (why the complaint is complex).',
    resolution_required: 'Write down the resolution (the answer or remedy given to the customer).',
    root_cause_required: 'Write down the root cause before closing.',
    corrective_action_required:
      'Write down the corrective action before closing, so it does not happen again.',
    text_required: 'Write down what the customer said.',
    handler_required: 'Choose who handles the complaint.',
    satisfaction_not_now:
      'A satisfaction score is recorded once a complaint is resolved, or with a suggestion or praise.',
    satisfaction_range: 'A satisfaction score is a whole number from 1 to 5.',
  },
  /** The agency's data keys (issue 11). */
  keys: {
    exist: "This agency's data keys already exist and cannot be created again. Please sign in.",
    needPassword:
      'This session was unlocked with a PIN, so the data keys are not open and no password can be set. Lock, sign in again with your password, then set it.',
    notOpened:
      'Your password did not open the data keys (the two do not match). Ask the owner to reset your password; the owner can recover with the recovery key.',
    locked:
      'The data keys are not open, so customer records cannot be read or written. Please sign in again with your password.',
    noSensitiveKey:
      'Your role holds no key for ID numbers, so you cannot enter or change one. Ask a manager or the owner.',
  },
};
