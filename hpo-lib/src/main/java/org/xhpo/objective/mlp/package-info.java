/** Dense-network trainings on IDX images and Bateman decay-chain data, as an objective. */
package org.xhpo.objective.mlp;
