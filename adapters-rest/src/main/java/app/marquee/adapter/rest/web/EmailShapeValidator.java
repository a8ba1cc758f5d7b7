package app.marquee.adapter.rest.web;

import app.marquee.domain.identity.account.EmailAddress;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
public class EmailShapeValidator implements ConstraintValidator<EmailShape, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, AnnotationValue<EmailShape> annotation,
                           ConstraintValidatorContext context) {
        return value == null || EmailAddress.isValid(value.toString());
    }
}
