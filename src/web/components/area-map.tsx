import { useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { labelPoint } from '../../shared/geo/label.ts';
import { boundsOf, fitProjection, projectedAspect, projectGeometry, simplifyGeometry, svgPath, type Projection } from '../../shared/geo/simplify.ts';
import type { AreaGeometry, Position } from '../../shared/geo/types.ts';
import { inkFor, patternFor, placeLabels, type Ink, type PatternKind } from './area-map-layout.ts';
import '../styles/map.css';

/** One area on the map and in its table. */
export interface AreaMapArea {
  id: string;
  name: string;
  /** The boundary in lon/lat; an area without one is listed in the table only. */
  geometry: AreaGeometry | null;
  /** "High, rising"; null when the area has no assessment. */
  levelLabel: string | null;
  /** CSS colour of the level (hex or rgb(), so label text can be chosen by contrast); null = no assessment. */
  colour: string | null;
  /** Shown on hover and focus, and in the table: "High, rising — reviewed Mon 23 Nov 2026". */
  detail?: string | null;
  /** Where the area leads (a router path); without it the area is a button that selects it. */
  href?: string;
}

/** The words the map needs, in the interface language (the caller's `t`). */
export interface AreaMapLabels {
  /** "Show as a table" */
  showTable: string;
  /** "Show as a map" */
  showMap: string;
  /** The legend's title: "Key" */
  legend: string;
  /** "No assessment": the level of an area whose `colour` is null. */
  noAssessment: string;
  /** Table headings: "Area", "Tension level", "Detail". */
  area: string;
  level: string;
  detail: string;
}

export interface AreaMapProps {
  title: string;
  areas: readonly AreaMapArea[];
  /** The scale, lowest first. An area takes the pattern of the entry with its colour. */
  legend: readonly { label: string; colour: string }[];
  labels: AreaMapLabels;
  /** Controlled selection; without it the map remembers the last area chosen. */
  selectedId?: string | undefined;
  onSelect?(id: string): void;
  /**
   * Drawn beneath the areas in map coordinates, for a raster or other backdrop: position it with
   * `projection.project([lon, lat])`. Areas are drawn translucent when one is given.
   */
  underlay?: (projection: Projection) => ReactNode;
}

const NOMINAL_WIDTH = 1000;
const PADDING = 8;

type Anchor = { lonLat: Position; roomDegrees: number };

const anchors = new WeakMap<AreaGeometry, Anchor | null>();

/**
 * Where an area's label goes, and the room around it (in degrees of latitude). It depends on the
 * boundary alone, so it is found once per boundary object, at a nominal size, and remembered.
 */
function anchorOf(geometry: AreaGeometry): Anchor | null {
  let anchor = anchors.get(geometry);
  if (anchor === undefined) {
    const bbox = boundsOf([geometry]);
    const nominal = bbox && fitProjection(bbox, { width: NOMINAL_WIDTH, height: NOMINAL_WIDTH / projectedAspect(bbox) });
    const label = nominal && labelPoint(projectGeometry(simplifyGeometry(geometry, 0.5 / nominal.scale) ?? geometry, nominal), 0.5);
    anchor = nominal && label ? { lonLat: nominal.invert(label.point), roomDegrees: label.distance / nominal.scale } : null;
    anchors.set(geometry, anchor);
  }
  return anchor;
}

/** The width of an element, kept up to date; measured before the first paint. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    // A hidden element measures 0: keep the last width until it is shown again.
    const measure = () => element.clientWidth > 0 && setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}

const hatch: Record<Exclude<PatternKind, 'none'>, { size: number; shape: ReactNode }> = {
  dots: { size: 6, shape: <circle cx="3" cy="3" r="1.3" /> },
  horizontal: { size: 6, shape: <path d="M0 3H6" /> },
  vertical: { size: 6, shape: <path d="M3 0V6" /> },
  diagonal: { size: 8, shape: <path d="M-2 2L2-2M0 8L8 0M6 10L10 6" /> },
  crosshatch: { size: 8, shape: <path d="M0 0L8 8M8 0L0 8" /> },
  'dense-crosshatch': { size: 5, shape: <path d="M0 0L5 5M5 0L0 5" /> },
};

type InkName = Ink | 'theme';
const patternId = (base: string, kind: PatternKind, ink: InkName) => `${base}-${kind}-${ink}`;

function Patterns({ base, used }: { base: string; used: readonly [PatternKind, InkName][] }) {
  return (
    <defs>
      {used.map(([kind, ink]) =>
        kind === 'none' ? null : (
          <pattern key={`${kind}-${ink}`} id={patternId(base, kind, ink)} patternUnits="userSpaceOnUse" width={hatch[kind].size} height={hatch[kind].size}>
            <g className={`area-map__hatch area-map__hatch--${ink}`}>{hatch[kind].shape}</g>
          </pattern>
        ),
      )}
    </defs>
  );
}

/** A legend or table swatch: the colour with its pattern, as on the map. */
function Swatch({ base, colour, kind, ink }: { base: string; colour: string | null; kind: PatternKind; ink: InkName }) {
  return (
    <svg className="area-map__swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      <rect className={colour ? 'area-map__fill' : 'area-map__fill area-map__fill--none'} width="28" height="18" fill={colour ?? undefined} />
      {kind !== 'none' && <rect width="28" height="18" fill={`url(#${patternId(base, kind, ink)})`} />}
    </svg>
  );
}

/**
 * A choropleth of areas drawn from their boundaries alone (no tiles), for staff: each area is a
 * link or button named "Trafford: High, rising", with its detail on hover and focus; the level is
 * carried by colour, a pattern and a written label, and the whole map can be read as a table.
 */
export function AreaMap({ title, areas, legend, labels, selectedId, onSelect, underlay }: AreaMapProps) {
  const base = `map${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [frameRef, width] = useWidth(640);
  const [asTable, setAsTable] = useState(false);
  const [ownSelection, setOwnSelection] = useState<string>();
  const [hoverId, setHoverId] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const selected = selectedId ?? ownSelection;

  const bbox = useMemo(() => boundsOf(areas.flatMap((a) => (a.geometry ? [a.geometry] : []))), [areas]);
  const levelOf = (a: AreaMapArea) => a.levelLabel ?? labels.noAssessment;
  const styleOf = (colour: string | null): { kind: PatternKind; ink: InkName } => {
    const index = colour === null ? null : legend.findIndex((l) => l.colour.toLowerCase() === colour.toLowerCase());
    return { kind: index === -1 ? 'none' : patternFor(index), ink: inkFor(colour) ?? 'theme' };
  };

  const fontSize = width < 600 ? 12 : 14;
  const drawing = useMemo(() => {
    if (!bbox) {
      return null;
    }
    const height = Math.round(Math.min(Math.max(width / projectedAspect(bbox), 180), width * 1.25));
    const projection = fitProjection(bbox, { width, height, padding: PADDING });
    const shapes = areas.flatMap((area) => {
      const shape = area.geometry && (simplifyGeometry(area.geometry, 0.5 / projection.scale) ?? area.geometry);
      return shape ? [{ area, d: svgPath(projectGeometry(shape, projection)) }] : [];
    });
    const candidates = areas.flatMap((area) => {
      const anchor = area.geometry && anchorOf(area.geometry);
      if (!anchor) {
        return [];
      }
      const [x, y] = projection.project(anchor.lonLat);
      const room = anchor.roomDegrees * projection.scale;
      return [{ id: area.id, x, y, room, lines: [area.name, area.levelLabel ?? labels.noAssessment], priority: area.id === selected ? Infinity : room }];
    });
    return { projection, shapes, placed: placeLabels(candidates, { width, height, fontSize }) };
  }, [areas, bbox, width, fontSize, selected, labels.noAssessment]);

  const select = (id: string) => {
    setOwnSelection(id);
    onSelect?.(id);
  };
  const onFocus = (id: string) => (event: FocusEvent<Element>) => setFocusId(event.currentTarget.matches(':focus-visible') ? id : undefined);
  const onKeyDown = (id: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
    }
  };

  const active = areas.find((a) => a.id === (hoverId ?? focusId ?? selected));
  const shapeOf = (id: string | undefined) => drawing?.shapes.find((s) => s.area.id === id);
  const used = new Map<string, [PatternKind, InkName]>();
  for (const { kind, ink } of [...areas.map((a) => styleOf(a.colour)), ...legend.map((l) => styleOf(l.colour))]) {
    used.set(`${kind}-${ink}`, [kind, ink]);
  }
  const unassessed = areas.some((a) => a.colour === null);
  const showTable = asTable || !drawing;

  return (
    <div className={`area-map${underlay ? ' area-map--underlay' : ''}`} role="group" aria-labelledby={`${base}-title`}>
      <div className="area-map__bar">
        <p id={`${base}-title`} className="area-map__title">
          {title}
        </p>
        {drawing && (
          <button type="button" className="button button--secondary area-map__toggle" onClick={() => setAsTable(!asTable)}>
            {asTable ? labels.showMap : labels.showTable}
          </button>
        )}
      </div>
      <div ref={frameRef} className="area-map__frame" hidden={showTable}>
        {drawing && (
          <svg className="area-map__svg" width={width} height={drawing.projection.height} viewBox={`0 0 ${width} ${drawing.projection.height}`} role="group">
            <Patterns base={base} used={[...used.values()]} />
            {underlay && (
              <g className="area-map__underlay" aria-hidden="true">
                {underlay(drawing.projection)}
              </g>
            )}
            {drawing.shapes.map(({ area, d }) => {
              const { kind, ink } = styleOf(area.colour);
              const common = {
                className: 'area-map__area',
                'aria-label': `${area.name}: ${levelOf(area)}`,
                'aria-describedby': area.detail ? `${base}-desc-${area.id}` : undefined,
                onMouseEnter: () => setHoverId(area.id),
                onMouseLeave: () => setHoverId(undefined),
                onFocus: onFocus(area.id),
                onBlur: () => setFocusId(undefined),
              };
              const body = (
                <>
                  {area.detail && <desc id={`${base}-desc-${area.id}`}>{area.detail}</desc>}
                  <path className={area.colour ? 'area-map__fill' : 'area-map__fill area-map__fill--none'} d={d} fill={area.colour ?? undefined} />
                  {kind !== 'none' && <path className="area-map__pattern" d={d} fill={`url(#${patternId(base, kind, ink)})`} />}
                </>
              );
              return area.href ? (
                <Link key={area.id} to={area.href} {...common}>
                  {body}
                </Link>
              ) : (
                <g key={area.id} role="button" tabIndex={0} aria-pressed={area.id === selected} onClick={() => select(area.id)} onKeyDown={onKeyDown(area.id)} {...common}>
                  {body}
                </g>
              );
            })}
            <g className="area-map__labels" aria-hidden="true" fontSize={fontSize}>
              {drawing.placed.map((label) => {
                const ink = inkFor(areas.find((a) => a.id === label.id)?.colour ?? null);
                return (
                  <text key={label.id} className={`area-map__label area-map__label--${ink ?? 'theme'}`} x={label.x} textAnchor="middle">
                    {label.lines.map((line, i) => (
                      <tspan key={i} x={label.x} y={line.y} className={i === 0 ? 'area-map__label-name' : undefined}>
                        {line.text}
                      </tspan>
                    ))}
                  </text>
                );
              })}
            </g>
            <g aria-hidden="true">
              {shapeOf(selected) && <path className="area-map__outline area-map__outline--selected" d={shapeOf(selected)?.d} />}
              {shapeOf(focusId) && <path className="area-map__outline area-map__outline--halo" d={shapeOf(focusId)?.d} />}
              {shapeOf(focusId) && <path className="area-map__outline area-map__outline--focus" d={shapeOf(focusId)?.d} />}
            </g>
          </svg>
        )}
        <p className="area-map__detail" aria-hidden="true">
          {active && (
            <>
              <strong>
                {active.name}: {levelOf(active)}
              </strong>
              {active.detail && <span> — {active.detail}</span>}
            </>
          )}
        </p>
        <p id={`${base}-legend`} className="area-map__legend-title">
          {labels.legend}
        </p>
        <ul className="area-map__legend" aria-labelledby={`${base}-legend`}>
          {legend.map((entry) => (
            <li key={entry.label}>
              <Swatch base={base} colour={entry.colour} {...styleOf(entry.colour)} />
              {entry.label}
            </li>
          ))}
          {unassessed && (
            <li>
              <Swatch base={base} colour={null} {...styleOf(null)} />
              {labels.noAssessment}
            </li>
          )}
        </ul>
      </div>
      {showTable && (
        <div className="table-scroll" role="region" aria-labelledby={`${base}-caption`} tabIndex={0}>
          <table className="table table--dense area-map__table">
            <caption id={`${base}-caption`} className="visually-hidden">
              {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.area}</th>
                <th scope="col">{labels.level}</th>
                <th scope="col">{labels.detail}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => (
                <tr key={area.id} aria-current={area.id === selected || undefined}>
                  <th scope="row">{area.href ? <Link to={area.href}>{area.name}</Link> : area.name}</th>
                  <td>{levelOf(area)}</td>
                  <td>{area.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
