package app.marquee.domain.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a message's template is filled with: text, whole numbers and booleans, and lists and
 * maps of them (an order's tickets), copied so nobody changes them after the fact. Keys named in
 * {@code secrets} hold something that grants access (a verification or reset token): they are only
 * ever given to the channel that delivers the message, never shown to an operator, and wiped once
 * the message is sent.
 */
public record MessageData(Map<String, Object> values, Set<String> secrets) {

    public MessageData {
        if (values == null || secrets == null) {
            throw new IllegalArgumentException("values and secrets are required");
        }
        values = Collections.unmodifiableMap(copyMap(values));
        secrets = Set.copyOf(secrets);
        if (!values.keySet().containsAll(secrets)) {
            throw new IllegalArgumentException("a secret must name one of the values");
        }
    }

    public static MessageData of(Map<String, Object> values) {
        return new MessageData(values, Set.of());
    }

    /** The same values with {@code key} added (or replaced) and kept secret. */
    public MessageData withSecret(String key, String value) {
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(key, value);
        Set<String> moreSecrets = new java.util.HashSet<>(secrets);
        moreSecrets.add(key);
        return new MessageData(more, moreSecrets);
    }

    /** What an operator may see: every value but the secrets. */
    public Map<String, Object> withoutSecrets() {
        Map<String, Object> shown = new LinkedHashMap<>(values);
        shown.keySet().removeAll(secrets);
        return Collections.unmodifiableMap(shown);
    }

    private static Map<String, Object> copyMap(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (!(key instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("keys are non-blank text");
            }
            copy.put(name, copyValue(value));
        });
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copyValue(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(copyMap(map));
        }
        throw new IllegalArgumentException("a message value is text, a whole number, a boolean, a list or a map, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
