package app.marquee.application.identity.service;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs a block of work in one database transaction. Services use it to keep transactions short:
 * slow steps such as password hashing run outside, so a burst of sign-ins cannot hold every
 * pooled connection while the CPU works.
 */
@Singleton
public class UnitOfWork {
    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
