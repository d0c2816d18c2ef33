// A QR code the staff member scans with their own phone (dial, or a text ready to send):
// drawn here from the text, nothing leaves the desk.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function QrCode({
  text,
  size = 180,
  label,
  testId,
}: {
  text: string;
  size?: number;
  /** What the code holds, for screen readers ("scan to dial 138…"). */
  label: string;
  testId?: string;
}) {
  // The drawn code with the text it holds, so a changed text never shows the old code.
  const [drawn, setDrawn] = useState<{ text: string; url: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 1, width: size })
      .then((url) => live && setDrawn({ text, url }))
      // Too long for a QR code (a very long text): the copy button still works.
      .catch(() => live && setDrawn({ text, url: null }));
    return () => {
      live = false;
    };
  }, [text, size]);
  const current = drawn?.text === text ? drawn : null;
  if (current && !current.url) return null;
  const url = current?.url;
  return url ? (
    <img
      src={url}
      width={size}
      height={size}
      alt={label}
      data-testid={testId}
      data-qr-text={text}
    />
  ) : (
    <div style={{ width: size, height: size }} />
  );
}
