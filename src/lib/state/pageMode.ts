/** How the page is laid out: the full explorer, or presenter mode (full screen, large type). */
export type PageMode = 'explore' | 'present';

/** The places shown as the map, or as the sortable table (also all there is without WebGL). */
export type PlaceDisplay = 'map' | 'table';
