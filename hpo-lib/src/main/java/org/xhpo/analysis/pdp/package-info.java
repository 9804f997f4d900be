/**
 * Partial-dependence grids in unit space ({@link org.xhpo.analysis.pdp.PdpGrid}); the GBT that is
 * scored on them is Spark MLlib's, in {@code org.xhpo.jobs.analysis.GbtPartialDependence}.
 */
package org.xhpo.analysis.pdp;
