package org.psychograph.survey.api;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.BeforeDataFetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.psychograph.survey.coding.StoredText;
import org.psychograph.survey.error.ValidationException;

/**
 * Checks every argument of every operation before it runs, naming the offending field:
 * <ul>
 * <li>an {@code Int} outside 32 bits is refused. SmallRye GraphQL turns numbers into Java ints with
 * {@code Number.intValue()} and lets out-of-range literals through, so {@code first: 4294967297} arrived as 1;</li>
 * <li>a string holding U+0000 or a lone UTF-16 surrogate is refused (see {@link StoredText}): PostgreSQL fails the
 * statement on the first and stores "?" for the second.</li>
 * </ul>
 * One place for every operation, so a new argument cannot forget these checks.
 */
@ApplicationScoped
public class ArgumentGuard {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    void check(@Observes @BeforeDataFetch Context context) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env == null || env.getFieldDefinition() == null) {
            return;
        }
        // literals first: an out-of-range Int literal is already wrapped in the coerced arguments
        if (env.getField() != null) {
            for (Argument argument : env.getField().getArguments()) {
                checkLiteral(argument.getValue(), argument.getName());
            }
        }
        Map<String, Object> values = env.getArguments();
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            check(argument.getType(), values.get(argument.getName()), argument.getName());
        }
    }

    private static void checkLiteral(Value<?> value, String path) {
        if (value instanceof IntValue number) {
            checkInt(number.getValue(), path);
        } else if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                checkLiteral(field.getValue(), path + "." + field.getName());
            }
        } else if (value instanceof ArrayValue array) {
            for (int i = 0; i < array.getValues().size(); i++) {
                checkLiteral(array.getValues().get(i), path + "[" + i + "]");
            }
        }
    }

    private static void check(GraphQLInputType type, Object value, String path) {
        if (value == null) {
            return;
        }
        GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (bare instanceof GraphQLList list && value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                check((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]");
            }
        } else if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                check(field.getType(), fields.get(field.getName()), path + "." + field.getName());
            }
        } else if (bare instanceof GraphQLScalarType scalar) {
            if ("Int".equals(scalar.getName()) && value instanceof Number number) {
                checkInt(number, path);
            } else if (value instanceof String text) {
                String problem = StoredText.problem(text);
                if (problem != null) {
                    throw new ValidationException(path, path + " " + problem);
                }
            }
        }
    }

    private static void checkInt(Number number, String path) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return;
        }
        boolean finite =
                !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
        BigDecimal exact = finite ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
        boolean whole = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
        if (!finite
                || !whole
                || exact.toBigInteger().compareTo(INT_MIN) < 0
                || exact.toBigInteger().compareTo(INT_MAX) > 0) {
            throw new ValidationException(
                    path,
                    path + " must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "; got "
                            + number);
        }
    }

    private static void checkInt(BigInteger number, String path) {
        if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            throw new ValidationException(
                    path,
                    path + " must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "; got "
                            + number);
        }
    }
}
