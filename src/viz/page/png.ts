import type { Core } from 'cytoscape';
import { ADDRESSED_COLOR, STANCE_STYLE, TYPE_STYLE } from './graph-style.js';

/** What the PNG's header says. */
export interface PngCaption {
  title: string;
  /** The filters and the source, in words. */
  subtitle: string;
}

const HEADER = 64;
const LEGEND = 44;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => reject(new Error('the graph image could not be read'));
    img.src = url;
  });
}

/** The legend: entity types (colour and shape), then the kinds of edges. */
function drawLegend(g: CanvasRenderingContext2D, y: number, width: number): void {
  g.font = `13px ${FONT}`;
  g.textBaseline = 'middle';
  let x = 16;
  const names: Record<string, string> = { Person: 'person', Organization: 'organisation', Place: 'place' };
  for (const [type, s] of Object.entries(TYPE_STYLE)) {
    g.fillStyle = s.color;
    g.beginPath();
    if (s.shape === 'ellipse') g.arc(x + 7, y, 7, 0, Math.PI * 2);
    else if (s.shape === 'diamond') {
      g.moveTo(x + 7, y - 8); g.lineTo(x + 15, y); g.lineTo(x + 7, y + 8); g.lineTo(x - 1, y);
    } else g.rect(x, y - 7, 14, 14);
    g.fill();
    g.fillStyle = '#1d2330';
    g.fillText(names[type]!, x + 20, y);
    x += 30 + g.measureText(names[type]!).width;
  }
  const line = (color: string, dashed: boolean, label: string) => {
    g.strokeStyle = color;
    g.lineWidth = 3;
    g.setLineDash(dashed ? [6, 4] : []);
    g.beginPath();
    g.moveTo(x, y);
    g.lineTo(x + 26, y);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = '#1d2330';
    g.fillText(label, x + 32, y);
    x += 44 + g.measureText(label).width;
  };
  x += 10;
  line(STANCE_STYLE.support.color, false, 'backs');
  line(STANCE_STYLE.oppose.color, false, 'attacks');
  line(STANCE_STYLE.mixed.color, false, 'both');
  line(STANCE_STYLE.neutral.color, false, 'said about');
  line(ADDRESSED_COLOR, true, 'said to');
  if (x < width - 200) {
    g.fillStyle = '#5b6474';
    g.fillText('size: how often quoted or named · thickness: claims', x + 6, y);
  }
}

/**
 * The view as a PNG with a header (title, what is shown, the date) and a legend under the
 * graph, at up to 2× for small graphs.
 */
export async function viewPng(cy: Core, caption: PngCaption): Promise<Blob> {
  const scale = cy.nodes().length > 1000 ? 1 : 2;
  const graph = await loadImage((await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff', maxWidth: 5000, maxHeight: 5000 })) as Blob);
  const width = Math.max(graph.width, 900 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = graph.height + (HEADER + LEGEND) * scale;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(graph, Math.round((width - graph.width) / 2), HEADER * scale);
  g.scale(scale, scale);
  g.fillStyle = '#1d2330';
  g.textBaseline = 'alphabetic';
  g.font = `bold 20px ${FONT}`;
  g.fillText(caption.title, 16, 28);
  g.font = `13px ${FONT}`;
  g.fillStyle = '#5b6474';
  const date = new Date().toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  g.fillText(`${caption.subtitle} · exported ${date} UTC · claimgraph`, 16, 50);
  g.strokeStyle = '#dde1e8';
  g.beginPath();
  g.moveTo(0, HEADER - 0.5);
  g.lineTo(width / scale, HEADER - 0.5);
  g.stroke();
  drawLegend(g, (canvas.height / scale) - LEGEND / 2, width / scale);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be written'))), 'image/png'));
}
