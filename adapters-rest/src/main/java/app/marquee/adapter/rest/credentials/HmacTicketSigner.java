package app.marquee.adapter.rest.credentials;

import app.marquee.application.sales.order.port.out.SignTicketsPort;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs ticket codes with HMAC-SHA256 under {@code MARQUEE_TICKET_SECRET} (base64, 32 bytes or
 * more), written as URL-safe Base64 without padding (43 characters); the domain compares codes in
 * constant time ({@code TicketCode.isSignedBy}). Without the variable, a random secret is made for
 * this run, with a warning: codes then die with the process and differ between instances. A secret
 * that is not base64 or too short stops the start-up. The secret is never logged.
 */
@Context
public class HmacTicketSigner implements SignTicketsPort {
    static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger LOG = LoggerFactory.getLogger(HmacTicketSigner.class);
    private final SecretKeySpec key;

    public HmacTicketSigner(@Value("${marquee.tickets.secret:}") String base64Secret) {
        this.key = new SecretKeySpec(secret(base64Secret), ALGORITHM);
    }

    @Override
    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }

    private static byte[] secret(String base64Secret) {
        if (base64Secret == null || base64Secret.isBlank()) {
            LOG.warn("MARQUEE_TICKET_SECRET is not set: ticket codes are signed with a random secret for this run;"
                    + " they will not verify after a restart nor on another instance (set it in production)");
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64Secret.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new ConfigurationException("MARQUEE_TICKET_SECRET must be base64 (e.g. openssl rand -base64 32)");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("MARQUEE_TICKET_SECRET must hold at least " + MIN_SECRET_BYTES
                    + " bytes once decoded, not " + secret.length);
        }
        return secret;
    }
}
