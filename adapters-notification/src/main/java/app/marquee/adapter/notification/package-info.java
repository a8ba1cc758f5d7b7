/**
 * Notifiers behind SendNotificationPort: SMTP e-mail, SMS over HTTP and the console, with EN/FR
 * templates. Filled in by the notification issue.
 */
package app.marquee.adapter.notification;
