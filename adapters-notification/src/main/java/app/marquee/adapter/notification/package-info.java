/**
 * The notification channels behind SendNotificationPort (SMTP e-mail with Jakarta Mail, SMS over
 * HTTP, the console for development) and the EN/FR templates behind RenderMessagePort (Pebble).
 * Plain Java: bootstrap chooses and builds them from configuration; no provider type leaves here.
 */
package app.marquee.adapter.notification;
