package org.xhpo.report;

/** One section of the report: turns the study's data into a {@link SectionView}. */
public interface ReportSection {
    /**
     * Builds the section.
     *
     * @param in the study's data
     * @param data the shared datasets (a section may add its own)
     * @return the section, or an unavailable section saying what is missing
     */
    SectionView build(ReportInput in, ReportDatasets data);
}
