package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.CommonPasswordsPort;

import java.util.Set;

/** A short list of passwords everyone guesses first. */
public final class FakeCommonPasswords implements CommonPasswordsPort {
    private final Set<String> common;

    public FakeCommonPasswords(String... common) {
        this.common = Set.of(common);
    }

    @Override
    public boolean isCommon(String lowerCased) {
        return common.contains(lowerCased);
    }
}
