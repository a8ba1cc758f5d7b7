package app.marquee.bootstrap.identity;

import app.marquee.application.identity.port.in.ProvisionAdminCommand;
import app.marquee.application.identity.port.in.ProvisionAdminUseCase;
import app.marquee.application.identity.port.in.ProvisionAdminUseCase.Provisioning;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.shared.Outcome;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from {@code MARQUEE_ADMIN_EMAIL} and {@code MARQUEE_ADMIN_PASSWORD} when
 * both are set and no active admin exists yet. A configured admin that cannot be created (a weak
 * password, an e-mail already used by another account) stops the start-up with the reason.
 */
@Singleton
public class AdminProvisioning {
    private static final Logger LOG = LoggerFactory.getLogger(AdminProvisioning.class);
    private final Provider<ProvisionAdminUseCase> provision;
    private final String email;
    private final String password;

    public AdminProvisioning(Provider<ProvisionAdminUseCase> provision, @Value("${marquee.admin.email:}") String email,
                             @Value("${marquee.admin.password:}") String password) {
        this.provision = provision;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (!EmailAddress.isValid(email)) {
            throw new ConfigurationException("MARQUEE_ADMIN_EMAIL is not an e-mail address");
        }
        Outcome<Provisioning> outcome = provision.get().provision(new ProvisionAdminCommand(new EmailAddress(email), password));
        if (outcome instanceof Outcome.Rejected<Provisioning> rejected) {
            throw new ConfigurationException("cannot create the admin from MARQUEE_ADMIN_EMAIL: "
                    + rejected.rejection().code());
        }
        if (((Outcome.Accepted<Provisioning>) outcome).value() == Provisioning.CREATED) {
            LOG.info("Created the admin account {}", email);
        }
    }
}
