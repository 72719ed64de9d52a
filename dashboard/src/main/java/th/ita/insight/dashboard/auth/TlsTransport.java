package th.ita.insight.dashboard.auth;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a request reached the user over TLS, so the session cookie can be marked {@code Secure}.
 * The dashboard speaks plain HTTP; TLS ends at a proxy in front of it. A proxy's {@code X-Forwarded-Proto}
 * is believed only from the addresses the operator named ({@code --trusted-proxy}): from anyone else the
 * header is a claim the client made about itself.
 */
public final class TlsTransport {
    private final Set<InetAddress> trustedProxies;

    private TlsTransport(Set<InetAddress> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** @param trustedProxies IP literals (never host names: no DNS lookup decides who is trusted) */
    public static TlsTransport trusting(Set<String> trustedProxies) {
        return new TlsTransport(trustedProxies.stream().map(TlsTransport::literal).collect(Collectors.toUnmodifiableSet()));
    }

    /** An IPv4 or IPv6 literal; anything else (a name) is refused rather than looked up. */
    public static InetAddress literal(String address) {
        String a = address.strip();
        if (!a.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address (ไม่ใช่ที่อยู่ IP)");
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address (ไม่ใช่ที่อยู่ IP)", e);
        }
    }

    public boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            return true;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto == null || trustedProxies.isEmpty()) {
            return false;
        }
        // A chain of proxies lists one scheme per hop; the first is the one the browser used.
        String first = proto.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") && fromTrustedProxy(ctx.req().getRemoteAddr());
    }

    private boolean fromTrustedProxy(String remote) {
        try {
            return remote != null && trustedProxies.contains(literal(remote.replace("[", "").replace("]", "")));
        } catch (IllegalArgumentException e) {
            return false; // not an address we could trust (e.g. a Unix socket's peer)
        }
    }
}
