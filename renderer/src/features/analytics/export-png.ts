import { fontFamily } from '../../theme';
import { embeddedFontCss } from './embed-fonts';

export interface LegendItem {
  label: string;
  color: string;
}

/**
 * A chart as PNG: the Recharts SVG is serialized with the app's font stack and the font files its text needs
 * inlined (embed-fonts.ts), drawn on a canvas under a title and above a legend drawn with canvas text (Recharts'
 * legend is HTML, not part of the SVG).
 */
export interface PngText {
  title: string;
  subtitle: string;
  /** The filters applied, in words: a picture passed around without them is read as "all data". */
  caption: string;
  legend: LegendItem[];
}

/** What only exists while the mouse is over the chart: Recharts' cursor band or line, and the highlighted dots. */
const hoverOnly = '.recharts-tooltip-cursor, .recharts-active-dot';

export const chartToPng = async (container: HTMLElement, { title, subtitle, caption, legend }: PngText): Promise<Blob> => {
  // The largest SVG is the chart; Recharts also draws each legend icon as a small svg.recharts-surface.
  const svg = [...container.querySelectorAll('svg.recharts-surface')]
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
  if (!svg || svg.box.width === 0) throw new Error('No chart to export: switch to the chart view first.');
  const { width, height } = svg.box;
  const clone = svg.element.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll(hoverOnly).forEach((element) => element.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('style', `font-family: ${fontFamily}; font-size: 12px`);
  const fontCss = await embeddedFontCss(clone.textContent ?? '', fontFamily);
  if (fontCss) {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = fontCss;
    clone.insertBefore(style, clone.firstChild);
  }
  const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart image could not be rendered.'));
    image.src = svgUrl;
  });

  const scale = 2;
  const pad = 16;
  const legendRows = Math.ceil(legend.length / 4);
  const canvas = document.createElement('canvas');
  canvas.width = (width + pad * 2) * scale;
  const top = 74; // title, subtitle and caption lines above the chart
  canvas.height = (height + top + 8 + legendRows * 22 + pad) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available.');
  // The canvas text (title, legend) uses the page's fonts: load the slices its characters need first.
  await document.fonts.load(`600 16px ${fontFamily}`, [title, subtitle, caption, ...legend.map((l) => l.label)].join(''));
  await document.fonts.ready;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1f1f1f';
  ctx.font = `600 16px ${fontFamily}`;
  ctx.fillText(title, pad, 26);
  ctx.fillStyle = '#8c8c8c';
  ctx.font = `12px ${fontFamily}`;
  ctx.fillText(subtitle, pad, 46, width);
  ctx.fillStyle = '#595959';
  ctx.fillText(caption, pad, 64, width);
  ctx.drawImage(image, pad, top, width, height);
  const columnWidth = width / 4;
  legend.forEach((item, i) => {
    const x = pad + (i % 4) * columnWidth;
    const y = top + height + 8 + Math.floor(i / 4) * 22;
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y, 12, 12);
    ctx.fillStyle = '#434343';
    ctx.fillText(item.label, x + 18, y + 11, columnWidth - 24);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png'),
  );
};

export const downloadBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
