package org.psychograph.gateway.limits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds an {@code Int} argument whose value is not a 32-bit whole number, in literals, variables and input objects.
 *
 * <p>Why the gateway checks this itself: SmallRye GraphQL's {@code Int} scalar (2.17) neither range-checks literals
 * (its range test is inverted) nor variables, and then narrows the value with {@code intValue()}, so
 * {@code first: 4294967297} was served as {@code first: 1}. graphql-java's own check never runs, as SmallRye
 * replaces the scalar.
 */
final class IntArguments {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** An argument (path such as {@code first} or {@code input.kMin}) and the value it was given. */
    record OutOfRange(String argument, String value) {

        String message() {
            return argument + " must be a whole number from " + MIN + " to " + MAX + " (a GraphQL Int), was " + value;
        }
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final Map<String, VariableDefinition> declared;

    IntArguments(
            GraphQLSchema schema,
            OperationDefinition operation,
            Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.declared = new HashMap<>();
        operation.getVariableDefinitions().forEach(definition -> declared.put(definition.getName(), definition));
    }

    /** The first out-of-range argument of the operation, or null. */
    OutOfRange find(OperationDefinition operation) {
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        return root == null ? null : inSelections(root, operation.getSelectionSet());
    }

    private OutOfRange inSelections(GraphQLFieldsContainer parent, SelectionSet selections) {
        if (selections == null) {
            return null;
        }
        for (Selection<?> selection : selections.getSelections()) {
            OutOfRange found = null;
            if (selection instanceof Field field) {
                found = inField(parent, field);
            } else if (selection instanceof InlineFragment inline) {
                String typeName = inline.getTypeCondition() == null
                        ? null
                        : inline.getTypeCondition().getName();
                found = inSelections(container(typeName, parent), inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                found = inSelections(
                        container(fragment.getTypeCondition().getName(), parent), fragment.getSelectionSet());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private OutOfRange inField(GraphQLFieldsContainer parent, Field field) {
        if (parent == null || field.getName().startsWith("__")) {
            return null;
        }
        GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
        if (definition == null) {
            return null;
        }
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declaredArgument = definition.getArgument(argument.getName());
            if (declaredArgument != null) {
                OutOfRange found = inValue(argument.getName(), declaredArgument.getType(), argument.getValue());
                if (found != null) {
                    return found;
                }
            }
        }
        GraphQLType fieldType = GraphQLTypeUtil.unwrapAll(definition.getType());
        return fieldType instanceof GraphQLFieldsContainer container
                ? inSelections(container, field.getSelectionSet())
                : null;
    }

    private GraphQLFieldsContainer container(String typeName, GraphQLFieldsContainer otherwise) {
        if (typeName == null) {
            return otherwise;
        }
        return schema.getType(typeName) instanceof GraphQLFieldsContainer container ? container : null;
    }

    /** {@code value} is a literal (graphql-java's AST) or a variable's JSON value (maps, lists, numbers...). */
    private OutOfRange inValue(String path, GraphQLInputType type, Object value) {
        if (value instanceof VariableReference reference) {
            if (variables.containsKey(reference.getName())) {
                value = variables.get(reference.getName());
            } else {
                VariableDefinition definition = declared.get(reference.getName());
                value = definition == null ? null : definition.getDefaultValue();
            }
        }
        if (value == null) {
            return null;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
            List<?> values = value instanceof ArrayValue array
                    ? array.getValues()
                    : value instanceof List<?> javaList ? javaList : List.of(value);
            for (Object item : values) {
                OutOfRange found = inValue(path, items, item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (bare instanceof GraphQLInputObjectType object) {
            return inObject(path, object, value);
        }
        if (bare instanceof GraphQLScalarType scalar && scalar.getName().equals("Int") && !isInt(value)) {
            return new OutOfRange(path, shown(value));
        }
        return null;
    }

    private OutOfRange inObject(String path, GraphQLInputObjectType type, Object value) {
        if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField declaredField = type.getField(field.getName());
                OutOfRange found = declaredField == null
                        ? null
                        : inValue(path + "." + field.getName(), declaredField.getType(), field.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                GraphQLInputObjectField declaredField = type.getField(String.valueOf(entry.getKey()));
                OutOfRange found = declaredField == null
                        ? null
                        : inValue(path + "." + entry.getKey(), declaredField.getType(), entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** True for a whole number within 32 bits, and for what is no number at all (graphql-java refuses that). */
    private static boolean isInt(Object value) {
        BigDecimal number;
        try {
            number = number(value);
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (number == null) {
            return true;
        }
        try {
            BigInteger whole = number.toBigIntegerExact();
            return whole.compareTo(MIN) >= 0 && whole.compareTo(MAX) <= 0;
        } catch (ArithmeticException fraction) {
            return false;
        }
    }

    /** The value as a number, null when it is none; throws NumberFormatException for text or NaN that is no number. */
    private static BigDecimal number(Object value) {
        if (value instanceof IntValue literal) {
            return new BigDecimal(literal.getValue());
        } else if (value instanceof FloatValue literal) {
            return literal.getValue();
        } else if (value instanceof StringValue literal) {
            return new BigDecimal(literal.getValue().strip());
        } else if (value instanceof BigDecimal decimal) {
            return decimal;
        } else if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (value instanceof Number || value instanceof String) {
            // Double.toString of NaN or Infinity is no BigDecimal: NumberFormatException, refused
            return new BigDecimal(value.toString().strip());
        }
        return null;
    }

    private static String shown(Object value) {
        String text;
        if (value instanceof IntValue literal) {
            text = literal.getValue().toString();
        } else if (value instanceof FloatValue literal) {
            text = literal.getValue().toString();
        } else if (value instanceof StringValue literal) {
            text = "\"" + literal.getValue() + "\"";
        } else {
            text = String.valueOf(value);
        }
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
