/** Twins per query page: kept apart from the reader so the CLI can validate flags without loading azure-iothub. */

/** IoT Hub documents query pages of up to 100 twins. */
export const DEFAULT_PAGE_SIZE = 100;
/** Largest page size accepted (`--page-size`); the hub may return smaller pages, which paging handles. */
export const MAX_PAGE_SIZE = 10000;
