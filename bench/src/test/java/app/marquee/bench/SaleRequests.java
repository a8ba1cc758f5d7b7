package app.marquee.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The two calls of a purchase as a client sends them, for any sale: {@code POST
 * /api/v1/shows/{id}/holds} with the body in the session's {@code holdBody} ({@code places} places),
 * then, if it was placed, {@code POST /api/v1/orders} with a fresh {@code Idempotency-Key} and the
 * test card that pays. Every answer is counted in the run's {@link SaleCounts} with its status and
 * problem code; Gatling marks as KO what is neither 201 nor (for a hold) 409.
 */
final class SaleRequests {
    private static final String CARD = "{\"number\": \"4242424242424242\", \"expMonth\": 12, \"expYear\": 2034,"
            + " \"cvc\": \"123\"}";

    private SaleRequests() {
    }

    /** Sends the hold and, when placed, pays for it; leaves {@code held} true in the session if it was. */
    static ChainBuilder purchase(SaleRun run) {
        return exec(session -> session.set("started", System.nanoTime()).set("sent", System.nanoTime()))
                .exec(http(run.label() + " hold").post(session -> "/api/v1/shows/" + run.show().id() + "/holds")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("#{holdBody}")).asJson()
                        .check(status().saveAs("status"), jsonPath("$.code").optional().saveAs("code"),
                                jsonPath("$.id").optional().saveAs("holdId"), status().in(201, 409)))
                .exec(session -> {
                    int status = counted("hold", run, session);
                    return clear(session).set("held", status == 201 && session.contains("holdId"));
                })
                .doIf("#{held}").then(
                        exec(session -> session.set("sent", System.nanoTime()).set("key", UUID.randomUUID().toString()))
                        .exec(http(run.label() + " order").post("/api/v1/orders")
                                .header("Authorization", "Bearer #{token}")
                                .header("Idempotency-Key", "#{key}")
                                .body(StringBody("{\"holdId\": \"#{holdId}\", \"payment\": {\"card\": " + CARD + "}}"))
                                .asJson()
                                .check(status().saveAs("status"), jsonPath("$.code").optional().saveAs("code"),
                                        status().is(201)))
                        .exec(session -> {
                            if (counted("order", run, session) == 201) {
                                run.counts().purchased(session.getLong("started"), session.getInt("places"));
                            }
                            return clear(session).remove("holdId");
                        }));
    }

    /** Counts the answer just saved in the session ({@code status}, {@code code}, sent at {@code sent}). */
    static int counted(String kind, SaleRun run, Session session) {
        int status = session.contains("status") ? session.getInt("status") : -1;
        String code = status >= 400 && session.contains("code") ? session.getString("code") : null;
        run.counts().call(kind, status, code, session.getLong("sent"));
        return status;
    }

    static Session clear(Session session) {
        return session.remove("status").remove("code");
    }
}
