/**
 * Constrained HPO as a config: a finished study's recommendations turned into the next study's
 * sweep file ({@code xhpo refine}).
 */
package org.xhpo.refine;
