package uk.schoolgate.receive.milter;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.nightcode.milter.codec.Int32LenFrameEncoder;
import org.nightcode.milter.codec.MilterPacketDecoder;
import org.nightcode.milter.codec.MilterPacketEncoder;
import org.nightcode.milter.net.MilterChannelHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.MessageHandler;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.server.MilterSettings;

/**
 * The milter door: Postfix ({@code smtpd_milters = inet:127.0.0.1:8899}) or Sendmail
 * ({@code INPUT_MAIL_FILTER}) connects and asks about every message; the gateway checks it with
 * the same {@link MessageHandler} as the SMTP relay and answers: deliver it as stamped, discard
 * it (held in the gateway's quarantine), refuse it with the relay's reason, or try again later.
 *
 * <p>Netty runs the connections and jmilter's codec and command engine speak the protocol; the
 * listener is set up here rather than with jmilter's {@code MilterGatewayManager}, which retries a
 * failed bind for ever and does not say which port it bound. Frames are limited in size, so a
 * broken peer cannot make the gateway buffer without bound.
 *
 * <p>{@link #close(Duration)} drains: it stops listening, defers new messages, waits (bounded) for
 * the verdicts in progress to reach the MTA, then closes every connection.
 */
public final class MilterDoor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MilterDoor.class);
    /** A milter packet is at most a 64 KB body chunk or one header field; allow ample room. */
    private static final int MAX_FRAME = 4 * 1024 * 1024;

    private final MilterSettings settings;
    private final MessageChecks checks;
    private final GatewayMilter milter;
    private final ChannelGroup connections = new DefaultChannelGroup("milter", GlobalEventExecutor.INSTANCE);
    private EventLoopGroup acceptor;
    private EventLoopGroup io;
    private volatile Channel listener;
    private boolean closed;

    public MilterDoor(MilterSettings settings, MessageHandler handler) {
        this(settings, handler::handle);
    }

    MilterDoor(MilterSettings settings, MessageCheck handler) {
        this.settings = settings;
        this.checks = new MessageChecks(handler, settings);
        this.milter = new GatewayMilter(checks, settings.maxMessageBytes());
    }

    /** @throws ConfigException when the address cannot be listened on (in use, not this machine's) */
    public synchronized void start() {
        if (listener != null || closed) {
            throw new IllegalStateException("the milter door was already started");
        }
        JmilterLog.install();
        InetSocketAddress address = new InetSocketAddress(bindAddress(settings.bindAddress()), settings.port());
        acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("milter-accept", true));
        io = new NioEventLoopGroup(Runtime.getRuntime().availableProcessors(), new DefaultThreadFactory("milter-io", true));
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptor, io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        connections.add(channel);
                        channel.pipeline().addLast(
                                new LengthFieldBasedFrameDecoder(MAX_FRAME, 0, 4, 0, 4),
                                new Int32LenFrameEncoder(),
                                new MilterPacketDecoder(),
                                new MilterPacketEncoder(),
                                new MilterChannelHandler(milter));
                    }
                });
        try {
            listener = bootstrap.bind(address).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutDownLoops();
            checks.close();
            throw new ConfigException("gateway.yaml milter.listen: cannot listen on " + settings.bindAddress() + ":"
                    + settings.port() + " (" + e.getMessage() + ")", e);
        }
        LOG.info("milter door listening on {}:{}", settings.bindAddress(), port());
    }

    /** The port the door listens on (the one the system chose when the settings say 0). */
    public int port() {
        Channel l = listener;
        if (l == null) {
            throw new IllegalStateException("the milter door is not listening");
        }
        return ((InetSocketAddress) l.localAddress()).getPort();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * Stops listening at once; a message that reaches its end from now on is deferred (451, the
     * MTA keeps it and retries); the verdicts in progress get up to {@code drainTimeout} to reach
     * the MTA; then every connection is closed (the MTA applies its default action, tempfail, to
     * whatever is still open).
     *
     * @return true when every message in progress was answered within the time
     */
    public synchronized boolean close(Duration drainTimeout) {
        if (closed) {
            return true;
        }
        closed = true;
        if (listener == null) {
            checks.close();
            return true;
        }
        checks.drain();
        listener.close().syncUninterruptibly();
        boolean drained = checks.awaitIdle(drainTimeout);
        if (!drained) {
            LOG.warn("{} message(s) still being checked after {} s; closing the MTA's connections (it will retry them)",
                    checks.inProgress(), drainTimeout.toSeconds());
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        shutDownLoops();
        checks.close();
        LOG.info("milter door closed");
        return drained;
    }

    private void shutDownLoops() {
        for (EventLoopGroup group : new EventLoopGroup[] {acceptor, io}) {
            if (group != null) {
                group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            }
        }
    }

    private static InetAddress bindAddress(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigException("gateway.yaml milter.listen: unknown address '" + host + "'");
        }
    }
}
