package com.balancerstudio.ui.inspector;

import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConditionField;
import com.balancerstudio.rules.AwsLimits;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the values of a listener rule condition as they are typed (comma-separated), by the rules AWS sets for the
 * condition's field: host and path patterns, HTTP header values, request methods, query strings, source CIDRs.
 */
public final class ConditionValues {
    private ConditionValues() {
    }

    /** The values of the text, with room for {@code othersInRule} values the rule's other conditions hold. */
    public static Function<String, Object> parser(ConditionField field, int othersInRule) {
        return text -> {
            var values = Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a " + field + " condition needs at least one value");
            }
            if (values.size() > AwsLimits.RULE_CONDITION_VALUES_PER_CONDITION) {
                throw new IllegalArgumentException("AWS allows up to " + AwsLimits.RULE_CONDITION_VALUES_PER_CONDITION
                        + " values per condition, not " + values.size());
            }
            if (values.size() + othersInRule > AwsLimits.RULE_CONDITION_VALUES_PER_RULE) {
                throw new IllegalArgumentException("AWS allows up to " + AwsLimits.RULE_CONDITION_VALUES_PER_RULE
                        + " values per rule; its other conditions hold " + othersInRule);
            }
            values.forEach(value -> check(field, value));
            return values;
        };
    }

    /** The name of the header an http-header condition looks at. */
    public static Function<String, Object> headerName() {
        return text -> {
            var name = text.strip();
            if (!AwsLimits.HTTP_HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(name.isEmpty() ? "an http-header condition needs the header's name"
                        : "'" + name + "' is not a header name AWS accepts: up to 40 letters, digits and *?-!#$%&'+.^_`|~");
            }
            return name;
        };
    }

    /** The values as they are typed back into the field. */
    static String text(List<String> values) {
        return String.join(", ", values);
    }

    private static void check(ConditionField field, String value) {
        if (field != ConditionField.SOURCE_IP && value.length() > AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH) {
            throw new IllegalArgumentException("'" + value + "' is longer than the "
                    + AwsLimits.RULE_CONDITION_VALUE_MAX_LENGTH + " characters AWS allows");
        }
        switch (field) {
            case HOST_HEADER -> require(AwsLimits.HOST_PATTERN.matcher(value).matches(), value,
                    "is not a host pattern: letters, digits, - . * ? with a '.' and only letters after the last '.'");
            case PATH_PATTERN -> require(AwsLimits.PATH_PATTERN_CHARACTERS.matcher(value).matches(), value,
                    "is not a path pattern: letters, digits, _-.$/~\"'@:+& and the wildcards * ?");
            case HTTP_HEADER -> require(value.chars().allMatch(c -> c >= 0x20 && c < 0x7f), value,
                    "holds characters AWS refuses: only visible ASCII and spaces");
            case HTTP_REQUEST_METHOD -> require(AwsLimits.HTTP_REQUEST_METHOD.matcher(value).matches(), value,
                    "is not a request method: up to 40 capital letters, - and _ (GET, POST...)");
            case QUERY_STRING -> require(AwsLimits.QUERY_STRING_CHARACTERS.matcher(value).matches(), value,
                    "is not a query string match: key=value or value, with letters, digits, _-.$/~\"'@:+&()!;= * ?");
            case SOURCE_IP -> Cidr.parse(value);
            default -> throw new IllegalStateException("unknown condition field " + field);
        }
    }

    private static void require(boolean valid, String value, String problem) {
        if (!valid) {
            throw new IllegalArgumentException("'" + value + "' " + problem);
        }
    }
}
