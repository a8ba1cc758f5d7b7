package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.EmailAddress;

import java.util.Objects;

public record ProvisionAdminCommand(EmailAddress email, String password) {
    public ProvisionAdminCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ProvisionAdminCommand[" + email + "]";
    }
}
