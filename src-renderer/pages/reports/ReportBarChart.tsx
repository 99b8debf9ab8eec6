// A horizontal bar chart laid out for right-to-left reading: category names on the right, bars
// growing leftwards from them, Persian digits on the axis and in the tooltip. Animation is off
// so a printout or a screenshot shows the final bars.
import { BarChart } from '@mui/x-charts/BarChart';
import { numFa } from '../../format/fa';

export interface ChartSeries {
  label: string;
  data: number[];
  color?: string;
}

const percentFa = (v: number) => `${numFa(Math.round(v * 100))}٪`;

export function ReportBarChart({
  labels,
  series,
  percent = false,
  stacked = false,
  testId,
}: {
  labels: string[];
  series: ChartSeries[];
  /** values are fractions (0–1) shown as percentages */
  percent?: boolean;
  stacked?: boolean;
  testId?: string;
}) {
  const fmt = (v: number | null) => (v === null ? '—' : percent ? percentFa(v) : numFa(v));
  const bars = stacked ? 1 : series.length;
  const height = Math.max(150, labels.length * (18 + 14 * bars) + (series.length > 1 ? 90 : 60));
  return (
    <div data-testid={testId} style={{ width: '100%' }}>
      <BarChart
        layout="horizontal"
        height={height}
        skipAnimation
        // the axis runs leftwards, so its largest value's label is centred on the left edge: room
        // for half of «۵۰٬۰۰۰», which a margin of 8 cut to «…۵»
        margin={{ left: 28, right: 8, top: 8, bottom: 8 }}
        // MUI X flips text anchors under the RTL theme: the labels sit right of the axis, as they should
        yAxis={[{ scaleType: 'band', data: labels, position: 'right', width: 170, tickLabelStyle: { fontSize: 13 } }]}
        xAxis={[
          {
            reverse: true,
            // Vazirmatn's line box is tall: in a shorter axis MUI X blanks the tick labels
            height: 40,
            valueFormatter: (v: number) => fmt(v),
            tickMinStep: percent ? 0.1 : 1,
            ...(percent ? { min: 0, max: 1 } : {}),
          },
        ]}
        series={series.map((s) => ({
          label: s.label,
          data: s.data,
          color: s.color,
          stack: stacked ? 'all' : undefined,
          valueFormatter: (v: number | null) => fmt(v),
        }))}
        hideLegend={series.length < 2}
        slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'end' } } }}
      />
    </div>
  );
}
