package app.marquee.adapter.persistence.notification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("notification_preferences")
record NotificationPreferencesRow(@Id UUID accountId, boolean email, boolean sms, Instant updatedAt) {
}
