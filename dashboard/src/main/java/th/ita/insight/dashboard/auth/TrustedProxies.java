package th.ita.insight.dashboard.auth;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request's proxy headers may tell: whether the browser talked TLS (so the session cookie is marked
 * {@code Secure} and the answer carries HSTS) and which address the browser has (so the login throttle counts
 * the browser, not the proxy all browsers come through). The dashboard speaks plain HTTP; TLS ends at a proxy
 * in front of it. {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are believed only from the addresses
 * the operator named ({@code --trusted-proxy}): from anyone else they are claims a client made about itself.
 */
public final class TrustedProxies {
    private final Set<InetAddress> trusted;

    private TrustedProxies(Set<InetAddress> trusted) {
        this.trusted = trusted;
    }

    /** @param addresses IP literals (never host names: no DNS lookup decides who is trusted) */
    public static TrustedProxies of(Set<String> addresses) {
        return new TrustedProxies(addresses.stream().map(TrustedProxies::literal).collect(Collectors.toUnmodifiableSet()));
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
        if (proto == null || trusted.isEmpty()) {
            return false;
        }
        // A chain of proxies lists one scheme per hop; the first is the one the browser used.
        String first = proto.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") && isTrusted(ctx.req().getRemoteAddr());
    }

    /**
     * The browser's address: the peer's, unless the peer is a trusted proxy — then the last address of
     * {@code X-Forwarded-For} that is not one of the trusted proxies (each proxy appends the address it saw,
     * so what comes before the first untrusted hop, read from the right, is whatever the client wrote).
     */
    public String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        if (address == null || trusted.isEmpty()) {
            return false;
        }
        try {
            return trusted.contains(literal(address.replace("[", "").replace("]", "")));
        } catch (IllegalArgumentException e) {
            return false; // not an address we could trust (e.g. a Unix socket's peer, or junk in a header)
        }
    }
}
