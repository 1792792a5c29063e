package org.psychograph.persona.api;

import graphql.execution.DefaultValueUnboxer;
import graphql.execution.ValueUnboxer;

/**
 * The last guard against NaN and Infinity in an answer. GraphQL's Float has neither, and SmallRye GraphQL fails
 * while writing such a value as JSON, after the data is fetched, so the response is dropped and the caller
 * waits for nothing. The views already refuse or null them; this unboxer, which graphql-java applies to every
 * fetched value, turns any that still slips through into null: a nullable field is served as null, a non-null
 * one as an answered error for that path. Installed by {@link GraphQLGuards}. Each service has its own copy: the
 * services share no runtime library.
 */
public final class FiniteFloats implements ValueUnboxer {

    @Override
    public Object unbox(Object value) {
        Object unboxed = DefaultValueUnboxer.unboxValue(value);
        if (unboxed instanceof Double d && !Double.isFinite(d) || unboxed instanceof Float f && !Float.isFinite(f)) {
            return null;
        }
        return unboxed;
    }
}
