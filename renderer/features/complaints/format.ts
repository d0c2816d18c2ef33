import dayjs from 'dayjs';

/** An instant as the desk reads it: local date and time. */
export const when = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
