// A filled call script or message with every missing value visibly marked (【缺:车牌】 in red),
// so nobody reads out a gap or sends "undefined". Used by Today and the Scripts preview.
// The text is what the customer hears or reads, Chinese whatever the UI language: marked
// lang="zh-CN" so a screen reader in the English UI reads it as Chinese.
import type { CSSProperties } from 'react';

const SPLIT = /(【缺:[^】]{1,20}】)/;
const IS_MARKER = /^【缺:[^】]{1,20}】$/;

export function RenderedScript({
  text,
  className,
  style,
  testId,
}: {
  text: string;
  className?: string;
  style?: CSSProperties;
  testId?: string;
}) {
  const parts = text.split(SPLIT);
  return (
    <div className={className} style={style} data-testid={testId} lang="zh-CN">
      {parts.map((part, i) =>
        IS_MARKER.test(part) ? (
          <mark
            key={i}
            data-testid="missing-value"
            style={{ color: '#cf1322', background: '#fff1f0', borderRadius: 3, padding: '0 2px' }}
          >
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </div>
  );
}
