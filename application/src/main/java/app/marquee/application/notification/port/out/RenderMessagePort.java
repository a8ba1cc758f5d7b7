package app.marquee.application.notification.port.out;

import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.RenderedMessage;

/**
 * Writes a message as its recipient reads it, from its kind's template in its language for its
 * channel. A message that cannot be rendered (a value missing) throws: no retry would change that.
 */
public interface RenderMessagePort {
    RenderedMessage render(OutboundMessage message);
}
