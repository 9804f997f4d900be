/** The UBAL bidirectional learning model of metamodel-shap-hp-analysis.md as an objective. */
package org.xhpo.objective.ubal;
