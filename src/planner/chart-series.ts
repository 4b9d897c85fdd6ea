/**
 * The series a chart of a SheetSpec plots, spelled out: a ChartSpec names them compactly (a block
 * of adjacent columns with its header row, then extra columns with their names), as Excel's
 * `charts.add(type, range, "Columns")` takes them. The .xlsx writer needs each series on its own,
 * and the adapter needs to know how many there are.
 */
import { blockAddress, parseAddress } from "./addresses";
import type { SheetSpec } from "./layout";

type ChartSpec = SheetSpec["charts"][number];

export interface ChartSeries {
  /** Where the series' name is ("E31", a header cell), or the name itself. */
  name: { address: string } | { text: string };
  /** The series' values, data rows only ("E32:E79"). */
  valuesAddress: string;
}

export function chartSeries(chart: ChartSpec): ChartSeries[] {
  const data = parseAddress(chart.dataAddress);
  if (!data || data.sheetName !== null) throw new Error(`A chart's data address must be a block on its sheet: "${chart.dataAddress}".`);
  if (data.bottom <= data.top) throw new Error(`A chart's data "${chart.dataAddress}" needs a header row and at least one data row.`);
  const series: ChartSeries[] = [];
  for (let column = data.left; column <= data.right; column++) {
    series.push({
      name: { address: blockAddress(data.top, column, data.top, column) },
      valuesAddress: blockAddress(data.top + 1, column, data.bottom, column),
    });
  }
  for (const extra of chart.extraSeries) series.push({ name: { text: extra.name }, valuesAddress: extra.valuesAddress });
  return series;
}
