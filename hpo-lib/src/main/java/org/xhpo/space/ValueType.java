package org.xhpo.space;

/** The column type a parameter's native values take in the trials table. */
public enum ValueType {
    /** 64-bit floating point. */
    DOUBLE,
    /** 64-bit integer. */
    LONG,
    /** Text. */
    STRING,
    /** true / false. */
    BOOLEAN
}
