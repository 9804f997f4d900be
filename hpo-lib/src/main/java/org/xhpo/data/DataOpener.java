package org.xhpo.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens data locations with a URI scheme the library itself cannot read ({@code hdfs://},
 * {@code s3a://}, ...). Implementations are found with {@link java.util.ServiceLoader}; the Spark
 * jobs module provides one backed by Hadoop's FileSystem.
 */
public interface DataOpener {

    /** Whether this opener reads locations with the given scheme (lower case, e.g. {@code hdfs}). */
    boolean accepts(String scheme);

    /** Opens the location for reading; the caller closes the stream. */
    InputStream open(String location) throws IOException;
}
