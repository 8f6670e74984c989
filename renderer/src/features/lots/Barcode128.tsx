import { code128BModules } from '../../../../shared/domain/code128';

interface Props {
  value: string;
  /** Height of the bars in mm; one module is 0.33 mm, a size every thermal label printer reproduces. */
  heightMm?: number;
}

/** A Code 128 barcode as SVG (shared/domain/code128.ts): crisp at any print resolution, with 10-module quiet zones. */
export const Barcode128 = ({ value, heightMm = 12 }: Props) => {
  const modules = `${'0'.repeat(10)}${code128BModules(value)}${'0'.repeat(10)}`;
  const bars: { x: number; w: number }[] = [];
  for (let i = 0; i < modules.length; i++) {
    if (modules[i] !== '1') continue;
    const start = i;
    while (modules[i + 1] === '1') i++;
    bars.push({ x: start, w: i - start + 1 });
  }
  return (
    <svg
      className="barcode"
      viewBox={`0 0 ${modules.length} 40`}
      preserveAspectRatio="none"
      style={{ width: `${(modules.length * 0.33).toFixed(1)}mm`, height: `${heightMm}mm` }}
      role="img"
      aria-label={value}
      data-testid="lot-barcode"
      data-modules={modules}
    >
      <rect width={modules.length} height={40} fill="#fff" />
      {bars.map((b) => (
        <rect key={b.x} x={b.x} width={b.w} height={40} fill="#000" />
      ))}
    </svg>
  );
};
