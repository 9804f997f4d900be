/**
 * A small dense neural network with backpropagation and the usual optimizers, written for the
 * workloads XHPO tunes (the sDCMI diffusion noise predictor and coupling layers, the MLP
 * trainings). Smile 2.6's MLP offers neither Adam nor input gradients, and was measured slower
 * (benchmarks/RESULTS.md, "SHAP meta-model"), so this is hand-written and checked against finite
 * differences in its tests.
 */
package org.xhpo.nn;
