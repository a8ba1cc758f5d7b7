package app.marquee.adapter.rest.web.catalog;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MergePatchTest {
    private static JsonNode object(Object... members) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            map.put((String) members[i], (JsonNode) members[i + 1]);
        }
        return JsonNode.createObjectNode(map);
    }

    private static JsonNode text(String value) {
        return JsonNode.createStringNode(value);
    }

    @Test
    void membersOfThePatchReplaceAndAbsentOnesAreKept() {
        JsonNode merged = MergePatch.apply(object("title", text("Old"), "synopsis", text("Kept")),
                object("title", text("New")), Set.of());
        assertThat(merged.get("title").getStringValue()).isEqualTo("New");
        assertThat(merged.get("synopsis").getStringValue()).isEqualTo("Kept");
    }

    @Test
    void nullRemovesAMember() {
        JsonNode merged = MergePatch.apply(object("ageRating", text("PG")), object("ageRating", JsonNode.nullNode()),
                Set.of());
        assertThat(merged.get("ageRating")).isNull();
    }

    @Test
    void objectsMergeMemberByMemberAndArraysAreReplacedWhole() {
        JsonNode target = object("names", object("en", text("Drama"), "fr", text("Drame")),
                "languages", JsonNode.createArrayNode(List.of(text("en"), text("fr"))));
        JsonNode merged = MergePatch.apply(target, object("names", object("fr", text("Drame !")),
                "languages", JsonNode.createArrayNode(List.of(text("ja")))), Set.of());
        assertThat(merged.get("names").get("en").getStringValue()).isEqualTo("Drama");
        assertThat(merged.get("names").get("fr").getStringValue()).isEqualTo("Drame !");
        assertThat(merged.get("languages").size()).isEqualTo(1);
    }

    @Test
    void skippedMembersAreLeftOut() {
        JsonNode merged = MergePatch.apply(object("title", text("T")), object("status", text("PUBLISHED")),
                Set.of("status"));
        assertThat(merged.get("status")).isNull();
        assertThat(merged.get("title").getStringValue()).isEqualTo("T");
    }
}
