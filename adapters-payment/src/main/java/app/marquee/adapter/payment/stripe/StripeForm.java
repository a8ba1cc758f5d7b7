package app.marquee.adapter.payment.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A request body as Stripe's API takes it: {@code application/x-www-form-urlencoded}, nested
 * parameters written with brackets ({@code metadata[reference]=...}, {@code payment_method_types[]=card}).
 */
final class StripeForm {
    private final List<String[]> fields = new ArrayList<>();

    StripeForm with(String name, String value) {
        fields.add(new String[] {name, value});
        return this;
    }

    String encoded() {
        StringJoiner body = new StringJoiner("&");
        for (String[] field : fields) {
            body.add(URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
