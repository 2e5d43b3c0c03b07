package se.nyskapa.standalone;

import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

/**
 * Refuses every TCP connection this JVM opens to an address that is not loopback, before a packet leaves, and keeps
 * the refusals for {@link NoOutboundConnections} to fail the test with.
 * <p>
 * Every TCP connect in the JDK ends in {@code sun.nio.ch.Net.connect}: a {@link java.net.Socket} (whose
 * implementation has been NIO's since Java 13), a {@link java.nio.channels.SocketChannel}, the HTTP client, Netty's
 * and the MongoDB driver's NIO transports, an asynchronous channel. A {@link java.net.ProxySelector} would see only
 * URL connections, and a security manager cannot be installed from Java 24 on; so an agent (Byte Buddy's, which
 * Mockito brings) adds a check to the start of those methods. The check runs inside {@code java.base} and can use
 * nothing of ours, so it writes each refusal into a system property, as text.
 * <p>
 * Not covered: name lookups (the resolver is native code; a lookup alone sends a DNS query) and other processes
 * (Chromium, ChromeDriver).
 */
final class NetworkGuard {

    /** What was refused, one {@code address:port} a line. */
    static final String REFUSED = "se.nyskapa.network-guard.refused";
    private static final String NET = "sun.nio.ch.Net";

    private static boolean installed;

    private NetworkGuard() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            // loaded now, so that it is changed now and a failure to change it shows at once
            Class.forName(NET, false, null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this JDK has no " + NET + " for the network guard to watch", e);
        }
        List<String> transformed = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .ignore(none())
                .with(new AgentBuilder.Listener.Adapter() {
                    @Override
                    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
                                                 boolean loaded, DynamicType dynamicType) {
                        transformed.add(type.getName());
                    }

                    @Override
                    public void onError(String type, ClassLoader loader, JavaModule module, boolean loaded,
                                        Throwable error) {
                        errors.add(error);
                    }
                })
                .type(named(NET))
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(RefuseOutbound.class).on(named("connect").and(isStatic())
                                .and(takesArgument(1, InetAddress.class).or(takesArgument(2, InetAddress.class))))))
                .installOn(ByteBuddyAgent.install());
        if (!transformed.contains(NET)) {
            IllegalStateException failed = new IllegalStateException("the network guard could not watch " + NET);
            errors.forEach(failed::addSuppressed);
            throw failed;
        }
        installed = true;
    }

    /** The connections refused since the last call, {@code address:port} each, and forgets them. */
    static List<String> takeRefused() {
        Properties properties = System.getProperties();
        synchronized (properties) {
            String refused = (String) properties.remove(REFUSED);
            return refused == null ? List.of() : List.of(refused.split("\n"));
        }
    }

    /**
     * Inlined at the start of each {@code Net.connect} that takes an address. Code in {@code java.base} reaches no
     * class of the tests, so this uses the JDK alone, and no string concatenation (which javac would compile to an
     * invokedynamic call).
     */
    static final class RefuseOutbound {

        private RefuseOutbound() {
        }

        @Advice.OnMethodEnter
        static void enter(@Advice.AllArguments Object[] arguments) throws java.net.ConnectException {
            java.net.InetAddress remote = null;
            int port = -1;
            for (Object argument : arguments) {
                if (argument instanceof java.net.InetAddress address) {
                    remote = address;
                } else if (argument instanceof Integer number) {
                    port = number;
                }
            }
            if (remote != null && !remote.isLoopbackAddress()) {
                String target = remote.getHostAddress().concat(":").concat(String.valueOf(port));
                java.util.Properties properties = System.getProperties();
                synchronized (properties) {
                    String key = "se.nyskapa.network-guard.refused";
                    properties.setProperty(key, properties.getProperty(key, "").concat(target).concat("\n"));
                }
                throw new java.net.ConnectException(
                        "the tests make no outbound connection: ".concat(target).concat(" is not a loopback address"));
            }
        }
    }
}
