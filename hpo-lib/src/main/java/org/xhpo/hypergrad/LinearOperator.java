package org.xhpo.hypergrad;

/** A symmetric linear map v ↦ A v given only by its products (a Hessian-vector product, say). */
@FunctionalInterface
public interface LinearOperator {

    /** A v; must not modify v. */
    double[] apply(double[] v);
}
