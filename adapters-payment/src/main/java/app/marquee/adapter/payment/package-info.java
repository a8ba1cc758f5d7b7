/**
 * Payment gateways behind ChargePaymentPort and RefundPaymentPort: a fake that decides by Stripe's
 * public test card numbers, and Stripe over HTTP. Filled in by the sales issue.
 */
package app.marquee.adapter.payment;
