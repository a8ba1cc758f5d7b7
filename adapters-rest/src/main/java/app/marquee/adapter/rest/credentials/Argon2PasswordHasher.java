package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.domain.identity.account.PasswordHash;
import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.types.Argon2;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Argon2id with OWASP's recommended parameters by default (19 MiB, 2 passes, 1 lane), through
 * password4j. Hashes made with other parameters, or imported as bcrypt, still verify and are
 * reported as needing a rehash, so they are upgraded at the owner's next sign-in.
 */
@Singleton
public class Argon2PasswordHasher implements HashPasswordPort {
    private static final int HASH_BYTES = 32;
    private final Argon2Function current;
    private volatile String dummyHash;

    public Argon2PasswordHasher(@Value("${marquee.password-hashing.memory-kib:19456}") int memoryKib,
                                @Value("${marquee.password-hashing.iterations:2}") int iterations,
                                @Value("${marquee.password-hashing.parallelism:1}") int parallelism) {
        this.current = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID,
                Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(current.hash(password).getResult());
    }

    @Override
    public PasswordMatch verify(String password, PasswordHash hash) {
        String encoded = hash.encoded();
        if (!hash.isUsable()) {
            verifyNothing(password);
            return PasswordMatch.MISMATCH;
        }
        if (encoded.startsWith("$2a$") || encoded.startsWith("$2b$") || encoded.startsWith("$2y$")) {
            return BcryptFunction.getInstanceFromHash(encoded).check(password, encoded)
                    ? PasswordMatch.MATCH_NEEDS_REHASH : PasswordMatch.MISMATCH;
        }
        if (!encoded.startsWith("$argon2")) {
            return PasswordMatch.MISMATCH;
        }
        Argon2Function used = Argon2Function.getInstanceFromHash(encoded);
        if (!used.check(password, encoded)) {
            return PasswordMatch.MISMATCH;
        }
        return sameParameters(used) ? PasswordMatch.MATCH : PasswordMatch.MATCH_NEEDS_REHASH;
    }

    @Override
    public void verifyNothing(String password) {
        current.check(password, dummyHash());
    }

    /** A hash nobody's password matches, made on first use so start-up does not pay for it. */
    private String dummyHash() {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = current.hash("no account has this password").getResult();
            dummyHash = dummy;
        }
        return dummy;
    }

    private boolean sameParameters(Argon2Function used) {
        return used.getVariant() == current.getVariant() && used.getMemory() == current.getMemory()
                && used.getIterations() == current.getIterations()
                && used.getParallelism() == current.getParallelism()
                && used.getVersion() == current.getVersion();
    }
}
