// Hand-written SVG charts: a sparkline of a dyad's mean Goldstein, and the dyad chart (mean Goldstein per period
// above, events by QuadClass below, turning points marked across both). No library: a few hundred lines of SVG.

import { QUAD_NAMES, goldstein } from './common.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function text(x, y, content, attrs = {}) {
  const t = svg('text', Object.assign({ x, y }, attrs));
  t.textContent = content;
  return t;
}

function title(content) {
  const t = svg('title');
  t.textContent = content;
  return t;
}

/** The Goldstein scale of a chart: the smallest of 2, 5, 10 that holds every mean. */
function scaleMax(values) {
  const m = Math.max(0, ...values.map((v) => Math.abs(v)));
  return m <= 2 ? 2 : m <= 5 ? 5 : 10;
}

/**
 * A sparkline (SVG, width × height pixels) of the mean Goldstein of each period; periods without events are gaps.
 * The dashed line is zero; the line is green above it on average and red below.
 */
export function sparkline(points, width = 130, height = 30) {
  const values = points.map((p) => p.goldstein);
  const defined = values.filter((v) => v !== null);
  const max = scaleMax(defined);
  const n = Math.max(points.length - 1, 1);
  const x = (i) => 2 + (i / n) * (width - 4);
  const y = (v) => height / 2 - (v / max) * (height / 2 - 3);
  let d = '';
  values.forEach((v, i) => {
    if (v !== null) d += (d ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1) + ' ';
  });
  const mean = defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : 0;
  const colour = mean >= 0 ? 'var(--q2)' : 'var(--q4)';
  const root = svg('svg', { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `mean Goldstein per period, average ${goldstein(mean)}` },
  svg('line', { x1: 0, x2: width, y1: height / 2, y2: height / 2, stroke: '#c5ccd6', 'stroke-dasharray': '2 2' }),
  d ? svg('path', { d: d.trim(), fill: 'none', stroke: colour, 'stroke-width': 1.6, 'stroke-linejoin': 'round' }) : null);
  if (defined.length <= 12) {
    values.forEach((v, i) => {
      if (v !== null) root.append(svg('circle', { cx: x(i), cy: y(v), r: 1.8, fill: colour }));
    });
  }
  return root;
}

/**
 * The dyad chart, drawn for a container width (pixels): series is /api/dyads/{a}/{b}/series. onPeriod(point, index)
 * is called when a period is clicked; onTurn(turningPoint, index) when a turning point's marker is clicked.
 * Returns the SVG element.
 */
export function dyadChart(series, width, { onPeriod, onTurn, selected } = {}) {
  const points = series.points;
  const narrow = width < 520;
  const pad = { left: narrow ? 30 : 40, right: 10, top: 26, gap: 44, bottom: 24 };
  const goldH = narrow ? 130 : 170;
  const barH = narrow ? 90 : 120;
  const height = pad.top + goldH + pad.gap + barH + pad.bottom;
  const plotW = Math.max(width - pad.left - pad.right, 40);
  const band = plotW / Math.max(points.length, 1);
  const bx = (i) => pad.left + i * band;
  const cx = (i) => bx(i) + band / 2;

  const gmax = scaleMax(points.map((p) => p.goldstein).filter((v) => v !== null));
  const gy = (v) => pad.top + goldH / 2 - (v / gmax) * (goldH / 2);
  const cmax = Math.max(1, ...points.map((p) => p.events));
  const barTop = pad.top + goldH + pad.gap;
  const cy = (n) => barTop + barH - (n / cmax) * barH;

  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Mean Goldstein and events by QuadClass, ${series.a} and ${series.b}, by ${series.by}` });

  // panels, grid and axes
  root.append(text(pad.left, 14, 'Mean Goldstein', { class: 'panel' }));
  for (const v of [gmax, gmax / 2, 0, -gmax / 2, -gmax]) {
    root.append(svg('line', { class: v === 0 ? 'zero' : 'grid-line', x1: pad.left, x2: pad.left + plotW, y1: gy(v), y2: gy(v) }));
    root.append(text(pad.left - 5, gy(v) + 3.5, (v > 0 ? '+' : '') + v, { 'text-anchor': 'end' }));
  }
  root.append(text(pad.left, barTop - 14, 'Events by QuadClass', { class: 'panel' }));
  for (const n of [0, cmax / 2, cmax]) {
    const label = Number.isInteger(n) ? String(n) : '';
    root.append(svg('line', { class: n === 0 ? 'axis' : 'grid-line', x1: pad.left, x2: pad.left + plotW, y1: cy(n), y2: cy(n) }));
    if (label) root.append(text(pad.left - 5, cy(n) + 3.5, label, { 'text-anchor': 'end' }));
  }

  // stacked bars
  const bw = Math.max(1, Math.min(band * 0.72, 38));
  points.forEach((p, i) => {
    let base = 0;
    for (let q = 1; q <= 4; q++) {
      const n = p['q' + q];
      if (!n) continue;
      root.append(svg('rect', { class: 'bar q' + q, x: cx(i) - bw / 2, width: bw, y: cy(base + n), height: cy(base) - cy(base + n) },
        title(`${p.period}: ${n} ${QUAD_NAMES[q].toLowerCase()}`)));
      base += n;
    }
  });

  // Goldstein line, broken over periods without events
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.goldstein === null) { pen = false; return; }
    d += (pen ? 'L' : 'M') + cx(i).toFixed(1) + ' ' + gy(p.goldstein).toFixed(1) + ' ';
    pen = true;
  });
  let bridge = '';
  points.forEach((p, i) => {
    if (p.goldstein !== null) bridge += (bridge ? 'L' : 'M') + cx(i).toFixed(1) + ' ' + gy(p.goldstein).toFixed(1) + ' ';
  });
  if (bridge) root.append(svg('path', { class: 'bridge', d: bridge.trim() }));
  if (d) root.append(svg('path', { class: 'goldstein', d: d.trim() }));
  points.forEach((p, i) => {
    if (p.goldstein !== null) root.append(svg('circle', { class: 'dot', cx: cx(i), cy: gy(p.goldstein), r: band > 10 ? 3 : 1.8 }));
  });

  // x labels: at most one every ~70 px
  const every = Math.max(1, Math.ceil(70 / band));
  points.forEach((p, i) => {
    if (i % every === 0) root.append(text(cx(i), height - 6, shortLabel(p.period, series.by), { 'text-anchor': 'middle' }));
  });

  // clickable bands (over everything but the turning-point markers)
  points.forEach((p, i) => {
    const r = svg('rect', { class: 'band' + (selected === 'p' + i ? ' selected' : ''), x: bx(i), y: pad.top, width: band,
      height: goldH + pad.gap + barH, 'data-period': p.period, tabindex: 0 },
    title(`${p.period}: ${p.events} events, mean Goldstein ${goldstein(p.goldstein)} (click for its events)`));
    if (onPeriod) {
      r.addEventListener('click', () => onPeriod(p, i));
      r.addEventListener('keydown', (e) => { if (e.key === 'Enter') onPeriod(p, i); });
    }
    root.append(r);
  });

  // turning points
  series.turning_points.forEach((tp, k) => {
    const i = points.findIndex((p) => p.period === tp.start);
    if (i < 0) return;
    const x = bx(i);
    const up = tp.direction === 'improvement';
    const y0 = pad.top - 2;
    const marker = up ? `M${x - 7} ${y0} L${x + 7} ${y0} L${x} ${y0 - 11} Z` : `M${x - 7} ${y0 - 11} L${x + 7} ${y0 - 11} L${x} ${y0} Z`;
    const g = svg('g', { class: 'turn ' + tp.direction + (selected === 't' + k ? ' selected' : ''), 'data-turn': tp.start, tabindex: 0,
      role: 'button', 'aria-label': `turning point ${tp.start}: ${tp.direction}` },
    svg('line', { class: 'turn-line', x1: x, x2: x, y1: y0, y2: barTop + barH }),
    svg('path', { d: marker }),
    svg('rect', { x: x - 9, y: y0 - 13, width: 18, height: 16, fill: 'transparent' }),
    title(`${tp.start}: ${tp.direction}, index ${tp.before.toFixed(2)} → ${tp.after.toFixed(2)} (click for its events and issues)`));
    if (onTurn) {
      g.addEventListener('click', () => onTurn(tp, k));
      g.addEventListener('keydown', (e) => { if (e.key === 'Enter') onTurn(tp, k); });
    }
    root.append(g);
  });
  return root;
}

/** "2024-03" for a month, "03-04" for a week or day in a one-year series, else the ISO day. */
function shortLabel(period, by) {
  if (by === 'month') return period.slice(0, 7);
  return period.slice(5);
}

/** The last day (ISO) of the period that starts on `start` (ISO) for by = day, week or month. */
export function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') { d.setUTCMonth(d.getUTCMonth() + 1, 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}
