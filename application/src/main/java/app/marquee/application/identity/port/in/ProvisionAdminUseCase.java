package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

/** At start-up, creates the configured admin when the platform has no active admin yet. */
public interface ProvisionAdminUseCase {
    Outcome<Provisioning> provision(ProvisionAdminCommand command);

    enum Provisioning { CREATED, ADMIN_ALREADY_PRESENT }
}
