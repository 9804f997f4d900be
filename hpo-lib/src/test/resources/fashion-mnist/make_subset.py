#!/usr/bin/env python3
"""Cuts the test subset of Fashion-MNIST: the first 1,000 training and the first 300 test images
with their labels, as gzip IDX files (header count rewritten, gzip mtime 0 so reruns are byte-identical).

Source: Debian's dataset-fashion-mnist (/usr/share/datasets/fashion-mnist). Run by hand from this
directory; the tests never need the package. Per-class counts it prints (classes 0..9):
  train 1000: 107 104 86 92 95 100 100 115 102 99; first labels 9 0 0 3 0
  t10k   300:  32 35 39 24 30 27 28 29 29 27;      first labels 9 2 1 1 6
"""
import collections
import gzip
import struct

SRC = '/usr/share/datasets/fashion-mnist/'


def cut(prefix, n):
    with gzip.open(SRC + prefix + '-images-idx3-ubyte.gz') as f:
        magic, _, rows, cols = struct.unpack('>IIII', f.read(16))
        data = f.read(n * rows * cols)
    with gzip.GzipFile(prefix + '-images-idx3-ubyte.gz', 'wb', mtime=0) as g:
        g.write(struct.pack('>IIII', magic, n, rows, cols))
        g.write(data)
    with gzip.open(SRC + prefix + '-labels-idx1-ubyte.gz') as f:
        magic, _ = struct.unpack('>II', f.read(8))
        labels = f.read(n)
    with gzip.GzipFile(prefix + '-labels-idx1-ubyte.gz', 'wb', mtime=0) as g:
        g.write(struct.pack('>II', magic, n))
        g.write(labels)
    counts = collections.Counter(labels)
    print(prefix, n, [counts[c] for c in range(10)], 'first labels', list(labels[:5]))


cut('train', 1000)
cut('t10k', 300)
