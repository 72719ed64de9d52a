package th.ita.insight.dashboard.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.util.Map;

/**
 * Jetty's answer to requests it refuses before Javalin sees them (414 URI too long, 431 headers too
 * large, 400 bad encoding) with the same security headers as every other answer, and no server details.
 */
public final class ProtocolErrorHeaders extends ErrorHandler {
    private final Map<String, String> headers;

    public ProtocolErrorHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }
}
