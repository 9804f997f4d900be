package org.xhpo.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Fashion-MNIST subset shipped as a test resource ({@code src/test/resources/fashion-mnist}: the first 1,000
 * training and 300 test images, cut by {@code make_subset.py}; MIT licence beside them), so the image tests need
 * no system package.
 */
public final class FashionMnistSubset {
    /** Training images in the subset. */
    public static final int TRAIN = 1000;
    /** Test images in the subset. */
    public static final int TEST = 300;

    private FashionMnistSubset() {
    }

    /** The path of one of the four files, e.g. {@code "t10k-labels-idx1-ubyte.gz"}. */
    public static Path file(String name) {
        URL url = FashionMnistSubset.class.getResource("/fashion-mnist/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource fashion-mnist/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An objective's four IDX settings pointing at the subset, then the given settings (which win). */
    public static Map<String, Object> settings(Map<String, Object> more) {
        Map<String, Object> s = new HashMap<>();
        s.put("images", file("train-images-idx3-ubyte.gz").toString());
        s.put("labels", file("train-labels-idx1-ubyte.gz").toString());
        s.put("test_images", file("t10k-images-idx3-ubyte.gz").toString());
        s.put("test_labels", file("t10k-labels-idx1-ubyte.gz").toString());
        s.putAll(more);
        return Map.copyOf(s);
    }
}
