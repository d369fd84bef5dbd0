// A bar chart drawn on the server as accessible SVG (scales and bars from visx): the SVG is one
// image with a title and a description naming every figure, and the page puts the same figures in
// a table beside it; a title in a fallback language carries its own lang. Every text in it comes formatted from the loader, so the browser re-formats
// nothing.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { foreignTextAttributes } from '../../lib/text-language.js';
import { usePortal } from '../../lib/use-portal.js';

export interface ChartBar {
  /** The period or category under the bar. */
  label: string;
  value: number;
  /** The value as the page writes it, above the bar. */
  display: string;
}

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { top: 28, right: 12, bottom: 44, left: 12 };

export function BarChart({ id, title, description, bars }: { id: string; title: { text: string; language: string }; description: string; bars: readonly ChartBar[] }) {
  const { locale } = usePortal();
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>({ domain: bars.map((bar) => bar.label), range: [0, innerWidth], padding: 0.35 });
  const y = scaleLinear<number>({ domain: [0, Math.max(0, ...bars.map((bar) => bar.value))], range: [innerHeight, 0], nice: true });
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descriptionId}`}>
      <title id={titleId} {...foreignTextAttributes(title.language, locale)}>
        {title.text}
      </title>
      <desc id={descriptionId}>{description}</desc>
      <Group top={MARGIN.top} left={MARGIN.left}>
        <line className="bar-chart-axis" x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} />
        {bars.map((bar) => {
          const left = x(bar.label) ?? 0;
          const top = y(bar.value) ?? innerHeight;
          const width = x.bandwidth();
          return (
            <g key={bar.label}>
              <Bar className="bar-chart-bar" x={left} y={top} width={width} height={innerHeight - top} />
              <text className="bar-chart-value" x={left + width / 2} y={top - 8} textAnchor="middle">
                {bar.display}
              </text>
              <text className="bar-chart-label" x={left + width / 2} y={innerHeight + 24} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
