package app.marquee.adapter.rest.security;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Access tokens are only as safe as their signing secret. Outside the {@code dev} environment
 * the application refuses to start without a {@code JWT_SECRET} of at least 32 bytes; in
 * {@code dev} it makes up a random one and warns (tokens then die with the process).
 */
@Singleton
public class JwtSecretGuard implements BeanCreatedEventListener<SecretSignatureConfiguration> {
    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretGuard.class);
    private final Environment environment;

    public JwtSecretGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public SecretSignatureConfiguration onCreated(BeanCreatedEvent<SecretSignatureConfiguration> event) {
        SecretSignatureConfiguration configuration = event.getBean();
        String secret = configuration.getSecret();
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= MIN_BYTES) {
            return configuration;
        }
        if (!environment.getActiveNames().contains(Environment.DEVELOPMENT)) {
            throw new ConfigurationException("JWT_SECRET must be set to at least " + MIN_BYTES
                    + " bytes (only the dev environment may run without it)");
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        configuration.setSecret(Base64.getEncoder().encodeToString(random));
        LOG.warn("JWT_SECRET is not set: using a random secret for this dev run; tokens will not survive a restart");
        return configuration;
    }
}
