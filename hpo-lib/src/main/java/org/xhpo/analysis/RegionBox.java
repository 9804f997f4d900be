package org.xhpo.analysis;

/**
 * One side of a recommended region in unit space, the typed form of a {@code recommendations}
 * row's {@code values} text (so a consumer such as {@code xhpo refine} never parses that text):
 * parameter {@code parameter} lies in [{@code unitLow}, {@code unitHigh}]. Boxes with the same
 * {@code region} number describe one region: a categorical's good choice (one box, its cell), one of
 * the separate regions of the best trials (one box), or one cell of an interacting pair's joint
 * region ({@link JointRegion}: two boxes, one per parameter of the pair).
 *
 * @param region the region's number within its row, from 0
 * @param parameter the parameter this side bounds
 * @param unitLow lower end in unit space
 * @param unitHigh upper end in unit space
 */
public record RegionBox(int region, String parameter, double unitLow, double unitHigh) {
}
