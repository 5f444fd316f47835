import { z } from 'zod';

/**
 * Reading area boundaries from a GeoJSON FeatureCollection (as published by the ONS and most
 * councils). Only the geometry and the named properties are kept.
 */
const Position = z.tuple([z.number(), z.number()]).rest(z.number());
const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);
const Feature = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: Geometry,
});
const FeatureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export interface BoundaryFeature {
  /** Its position in the file, counting from 1 (refused features included), for messages. */
  feature: number;
  code: string;
  name: string;
  parentCode: string | undefined;
  geometry: z.infer<typeof Geometry>;
}

export interface BoundaryFields {
  codeProperty: string;
  nameProperty: string;
  parentProperty?: string;
}

export interface BoundaryProblem {
  feature: number;
  message: string;
}

/** Every feature read, and every feature refused with the reason; nothing is half-read. */
export function readBoundaries(
  text: string,
  fields: BoundaryFields,
): { features: BoundaryFeature[]; problems: BoundaryProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { features: [], problems: [{ feature: 0, message: 'the file is not JSON' }] };
  }
  const collection = FeatureCollection.safeParse(json);
  if (!collection.success) {
    return { features: [], problems: [{ feature: 0, message: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  const features: BoundaryFeature[] = [];
  const problems: BoundaryProblem[] = [];
  collection.data.features.forEach((raw, index) => {
    const feature = Feature.safeParse(raw);
    const number = index + 1;
    if (!feature.success) {
      problems.push({ feature: number, message: 'not a Polygon or MultiPolygon feature' });
      return;
    }
    const props = feature.data.properties ?? {};
    const code = props[fields.codeProperty];
    const name = props[fields.nameProperty];
    if (typeof code !== 'string' || code.trim() === '') {
      problems.push({ feature: number, message: `property "${fields.codeProperty}" is missing` });
      return;
    }
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push({ feature: number, message: `property "${fields.nameProperty}" is missing` });
      return;
    }
    const parent = fields.parentProperty ? props[fields.parentProperty] : undefined;
    features.push({
      feature: number,
      code: code.trim(),
      name: name.trim(),
      parentCode: typeof parent === 'string' ? parent.trim() : undefined,
      geometry: feature.data.geometry,
    });
  });
  return { features, problems };
}
