package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The problem of a declined card: every field of a problem, and the decline reason the buyer can act on. */
@Serdeable
@Schema(name = "PaymentDeclinedProblem", description = "A problem (PAYMENT_DECLINED) with the card's decline reason")
public record PaymentDeclinedProblem(String type, String title, int status, String detail, String code,
                                     String requestId, List<Problem.FieldError> errors, List<String> subjects,
                                     @Schema(example = "INSUFFICIENT_FUNDS", description = "CARD_DECLINED,"
                                             + " INSUFFICIENT_FUNDS, EXPIRED_CARD, INCORRECT_CVC, LOST_OR_STOLEN_CARD,"
                                             + " SUSPECTED_FRAUD, AUTHENTICATION_REQUIRED, CARD_NOT_SUPPORTED")
                                     String reason) {

    static PaymentDeclinedProblem of(Problem problem, String reason) {
        return new PaymentDeclinedProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.code(), problem.requestId(), problem.errors(), problem.subjects(), reason);
    }
}
