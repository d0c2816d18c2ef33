// The select-all checkbox of a table with row selection, kept out of antd's measure row. With a
// scroll width or a sticky header antd renders every column title a second time in a hidden
// row (aria-hidden) to measure widths; a checkbox there is a focusable element a screen reader
// cannot see (axe: aria-hidden-focus). The copy in that row renders nothing.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

function OutsideMeasureRow({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [measuring, setMeasuring] = useState(false);
  useLayoutEffect(() => {
    if (ref.current?.closest('[aria-hidden="true"]')) setMeasuring(true);
  }, []);
  return <span ref={ref}>{measuring ? null : children}</span>;
}

/** For `rowSelection.columnTitle`. */
export function selectAllTitle(checkbox: ReactNode): ReactNode {
  return <OutsideMeasureRow>{checkbox}</OutsideMeasureRow>;
}
