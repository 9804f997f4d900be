package org.xhpo.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads data locations through Hadoop's FileSystem ({@code hdfs://}, {@code s3a://}, {@code abfs://},
 * {@code viewfs://}, ...), so objectives running on executors can read training data from the
 * cluster's storage. Registered with {@link java.util.ServiceLoader} for {@link DataLocation}.
 */
public final class HadoopDataOpener implements DataOpener {

    @Override
    public boolean accepts(String scheme) {
        return !scheme.equals("file");
    }

    @Override
    public InputStream open(String location) throws IOException {
        URI uri = URI.create(location);
        FileSystem fs = FileSystem.get(uri, new Configuration());
        Path p = new Path(uri);
        if (!fs.exists(p)) {
            throw new IOException("file not found: " + location);
        }
        return fs.open(p);
    }
}
