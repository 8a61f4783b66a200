import type { CatalogueResponse, Dimension } from '../api/types';

/** A dimension's German name as the service's catalogue gives it (the same wording as the report). */
export const dimensionLabel = (catalogue: CatalogueResponse, dimension: Dimension): string =>
  catalogue.dimensions.find(({ id }) => id === dimension)?.label ?? dimension;
