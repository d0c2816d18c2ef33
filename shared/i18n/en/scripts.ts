// English texts of the scripts area, typed against the Chinese file so none can go missing.
import type { texts as zh } from '../zh-CN/scripts';

export const texts: typeof zh = {
  title: 'Scripts',
  intro:
    'One template per tier and channel. Edits are saved as new versions and old ones can be restored; every logged contact records the version used.',
  tiers: {
    verify: 'Verify details',
    d30: '30 days before',
    d15: '15 days before',
    d7: '7 days before',
    urgent: 'Urgent',
    lapsed: 'Lapsed',
    callback: 'Call back',
  },
  tier: 'Tier',
  placeholders: {
    customerName: 'Customer name',
    salutation: 'Salutation',
    plate: 'Plate',
    coverage: 'Coverage',
    endDate: 'End date',
    daysLeft: 'Days left',
    insurer: 'Insurer',
    staff: 'Staff',
    staffPhone: 'Staff phone',
  },
  version: 'v{{version}}',
  pickTemplate: 'Pick a template on the left to view and edit it.',
  editor: {
    title: 'Title',
    body: 'Text',
    placeholders: 'Placeholders (click to insert):',
    save: 'Save as new version',
    saveShortcut: 'Save (Ctrl+S)',
    discardTitle: 'Discard unsaved changes?',
    discardBody: 'The changes to this template are not saved. Switching template loses them.',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    saved: 'Saved as version {{version}}',
    failed: 'Could not save: {{message}}',
    unchanged: 'Nothing changed; nothing to save.',
    unknown:
      'Unknown placeholders: {{names}}. Check the spelling; the valid ones are listed above.',
  },
  sms: {
    optOut: 'Opt-out sentence: {{text}}',
    optOutMissing:
      'The SMS lacks the opt-out sentence "{{text}}". Marketing SMS must say how to opt out; add it before saving.',
    length: '{{count}} characters · about {{segments}} SMS',
  },
  history: {
    title: 'History',
    current: 'current',
    by: '{{who}} · {{when}}',
    restore: 'Restore this version',
    restoreConfirm: 'Make the text of version {{version}} the new current version?',
    restored: 'Restored; now at version {{version}}',
  },
  preview: {
    title: 'Preview',
    pick: 'Pick a customer to preview',
    none: 'Pick a customer to see the filled text; missing details are marked in red.',
    missing: 'This customer lacks: {{names}}',
    noVehicle: 'This customer has no vehicle or policy; plate, end date and so on show as missing.',
  },
};
