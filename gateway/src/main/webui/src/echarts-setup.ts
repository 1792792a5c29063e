import { BarChart, BoxplotChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the console draws, so the chunk carries no other chart type. This module is loaded on demand by
// charts.ts the first time a chart is drawn: the first screen (the surveys list) has no chart and does not wait
// for ECharts, which is nearly all of the console's code.
echarts.use([
  BoxplotChart,
  LineChart,
  BarChart,
  ScatterChart,
  // error bars (Wilson intervals) are a custom series: ECharts draws them from the API's low and high
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export { echarts };
