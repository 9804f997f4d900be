/**
 * Meta-model SHAP analysis (metamodel-shap-hp-analysis.md): an Adam-trained tanh MLP ensemble
 * ({@link org.xhpo.analysis.shap.MlpEnsemble}), exact or kernel interventional Shapley values
 * ({@link org.xhpo.analysis.shap.ShapExplainer}), the binned dependence
 * ({@link org.xhpo.analysis.shap.ShapDependence}) and the explanation method that turns them into
 * the {@code shap_values} and {@code shap_summary} rows ({@link org.xhpo.analysis.shap.ShapAnalysis}).
 */
package org.xhpo.analysis.shap;
