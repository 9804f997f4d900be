/**
 * Partial-dependence grids in unit space ({@link org.xhpo.analysis.pdp.PdpGrid}); the GBT that is
 * scored on them is Spark MLlib's, in {@code org.xhpo.jobs.analysis.GbtPartialDependence} (grown on the driver
 * by {@link org.xhpo.analysis.gbt.BoostedRegressionTrees} for small tables).
 */
package org.xhpo.analysis.pdp;
