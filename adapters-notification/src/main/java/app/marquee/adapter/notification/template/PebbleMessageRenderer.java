package app.marquee.adapter.notification.template;

import app.marquee.application.notification.port.out.RenderMessagePort;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.RenderedMessage;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders messages with Pebble from {@code templates/<language>/<kind>.peb} on the class path: one
 * file per kind and language for an e-mail, with a block per part ({@code subject}, {@code html},
 * {@code text}), and {@code templates/<language>/sms/<kind>.peb} for an SMS (which has fewer values:
 * no ticket codes). Values are HTML-escaped in the {@code html} block (auto-escaping
 * is on; the plain-text blocks turn it off), and a value the template names but the message lacks
 * is an error (strict variables), never a blank.
 */
public class PebbleMessageRenderer implements RenderMessagePort {
    private static final String ROOT = "app/marquee/adapter/notification/templates/";
    private final PebbleEngine engine;

    public PebbleMessageRenderer() {
        ClasspathLoader loader = new ClasspathLoader(PebbleMessageRenderer.class.getClassLoader());
        loader.setPrefix(ROOT);
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .newLineTrimming(true).extension(new MessageFormats()).build();
    }

    @Override
    public RenderedMessage render(OutboundMessage message) {
        String kind = message.kind().name().toLowerCase(Locale.ROOT);
        Map<String, Object> values = message.data().values();
        Locale locale = locale(message.language());
        if (message.channel() == Channel.SMS) {
            StringWriter out = new StringWriter();
            evaluate(() -> engine.getTemplate(message.language().tag() + "/sms/" + kind).evaluate(out, values, locale));
            return RenderedMessage.sms(out.toString());
        }
        PebbleTemplate template = engine.getTemplate(message.language().tag() + "/" + kind);
        return RenderedMessage.email(block(template, "subject", values, locale), block(template, "html", values, locale),
                block(template, "text", values, locale).strip() + "\n");
    }

    private static String block(PebbleTemplate template, String name, Map<String, Object> values, Locale locale) {
        StringWriter out = new StringWriter();
        evaluate(() -> template.evaluateBlock(name, out, values, locale));
        return out.toString();
    }

    private static void evaluate(Evaluation evaluation) {
        try {
            evaluation.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Evaluation {
        void run() throws IOException;
    }

    private static Locale locale(Language language) {
        return language == Language.FR ? Locale.FRANCE : Locale.UK;
    }
}
