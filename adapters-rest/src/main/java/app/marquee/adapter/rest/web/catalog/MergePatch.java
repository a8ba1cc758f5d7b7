package app.marquee.adapter.rest.web.catalog;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7386): a member of the patch replaces the target's, null removes it,
 * and objects merge member by member; arrays and other values are replaced whole.
 */
public final class MergePatch {
    private MergePatch() {
    }

    /** The target with the patch applied, leaving out the patch's members named in {@code skipped}. */
    public static JsonNode apply(JsonNode target, JsonNode patch, Set<String> skipped) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        if (target.isObject()) {
            target.entries().forEach(member -> merged.put(member.getKey(), member.getValue()));
        }
        for (Map.Entry<String, JsonNode> member : patch.entries()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (skipped.contains(name)) {
                continue;
            }
            if (value.isNull()) {
                merged.remove(name);
            } else {
                JsonNode current = merged.get(name);
                merged.put(name, apply(current == null ? JsonNode.nullNode() : current, value, Set.of()));
            }
        }
        return JsonNode.createObjectNode(merged);
    }
}
