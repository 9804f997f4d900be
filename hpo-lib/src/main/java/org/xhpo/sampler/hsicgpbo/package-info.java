/**
 * HSIC-GPBO: the HSIC paper's explanation-guided search (hsic-explainable-hpo.md, Table 4 and its
 * caption) as one resumable sampler — explore, focus on the parameters goal-oriented HSIC finds
 * impactful with cost parameters at their cheapest sufficient value, then fine-tune the rest.
 */
package org.xhpo.sampler.hsicgpbo;
