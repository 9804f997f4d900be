/** Built-in closed-form test functions with known optima: the benchmark bed for samplers. */
package org.xhpo.objective.functions;
