// ECharts with only the parts the dashboard draws (bars, lines, grid, tooltip, legend) on the
// canvas renderer, so the page's bundle does not carry the whole library. Charts are images
// to a screen reader: each gets a label, and every figure it shows is also in a table.
// The ES module build: the CommonJS one (lib/) reaches Vite's bundle as { default } and
// React refuses it as a component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export function Chart(props: {
  option: EChartsOption;
  label: string;
  testId: string;
  /** The index of the clicked bar or point. */
  onPick?: (index: number) => void;
  height?: number;
}) {
  return (
    <div role="img" aria-label={props.label} data-testid={props.testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={props.option}
        notMerge
        style={{ height: props.height ?? 260 }}
        onEvents={
          props.onPick
            ? { click: (event: { dataIndex: number }) => props.onPick?.(event.dataIndex) }
            : {}
        }
      />
    </div>
  );
}
