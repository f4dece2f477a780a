import type { Core } from 'cytoscape';

/** Zoom factor per wheel notch (a notch is 100 px of deltaY in Chromium, 3 lines in Firefox). */
export const NOTCH_ZOOM = 1.2;
const PIXELS_PER_LINE = 100 / 3;

/**
 * Wheel zoom as in map applications: one notch zooms by NOTCH_ZOOM about the pointer, a
 * touchpad's small steps zoom smoothly. Cytoscape's own handler damps the first events and
 * every mouse it judges "inaccurate" to about 1% a notch; this listener, on the container's
 * parent in the capture phase, takes the event before it.
 */
export function bindWheelZoom(cy: Core, container: HTMLElement): void {
  const host = container.parentElement ?? container;
  host.addEventListener(
    'wheel',
    (ev: WheelEvent) => {
      if (!container.contains(ev.target as Node)) return;
      ev.preventDefault();
      ev.stopPropagation();
      const pixels = ev.deltaMode === 1 ? ev.deltaY * PIXELS_PER_LINE : ev.deltaMode === 2 ? ev.deltaY * 800 : ev.deltaY;
      if (pixels === 0) return;
      const factor = Math.pow(NOTCH_ZOOM, -pixels / 100);
      const box = container.getBoundingClientRect();
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level, renderedPosition: { x: ev.clientX - box.left, y: ev.clientY - box.top } });
    },
    { capture: true, passive: false },
  );
}
