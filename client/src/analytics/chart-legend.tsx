/**
 * A chart legend's label in the page's text colour (recharts paints it in the series colour). Some series colours are
 * too faint for text — GST's and anonymous callers' grey #8c959f is 3:1 on white, under the 4.5:1 text needs — and
 * the swatch beside the label already carries the colour. Pass as `<Legend formatter={legendText} />`.
 */
export const legendText = (value: unknown) => <span style={{ color: 'CanvasText' }}>{String(value)}</span>;
