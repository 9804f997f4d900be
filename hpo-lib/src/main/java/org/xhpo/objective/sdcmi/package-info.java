/**
 * The sDCMI inversion pipeline of fi-random-search-sdcmi.md (diffusion generator, GMM or
 * affine-coupling discriminator, calibrated rejection, Jensen–Shannon loss) as an objective.
 */
package org.xhpo.objective.sdcmi;
