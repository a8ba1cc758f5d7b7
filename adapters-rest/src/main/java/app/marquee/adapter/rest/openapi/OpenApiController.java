package app.marquee.adapter.rest.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI document generated at build time, as YAML and as JSON. Both are read
 * once at start-up; the JSON is the same document converted, so the two never disagree.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiController {
    static final String SPEC = "META-INF/swagger/marquee.yml";
    private final String yaml;
    private final byte[] json;

    public OpenApiController(JsonMapper mapper) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is missing: the OpenAPI processor did not run");
            }
            this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Object tree = new Yaml(new LoaderOptions()).load(yaml);
        this.json = mapper.writeValueAsBytes(tree);
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public HttpResponse<String> yaml() {
        return HttpResponse.ok(yaml).header("Cache-Control", "public, max-age=300");
    }

    @Get("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> json() {
        return HttpResponse.ok(json).header("Cache-Control", "public, max-age=300");
    }

}
