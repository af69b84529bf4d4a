package uk.schoolgate.receive.milter;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.nightcode.milter.AbstractMilterHandler;
import org.nightcode.milter.MilterContext;
import org.nightcode.milter.MilterException;
import org.nightcode.milter.net.MilterGatewayManager;
import org.nightcode.milter.net.ServerFactory;

/**
 * The benchmark's baseline (bench/milter-bench.sh): a trivial jmilter milter that lets every
 * message through unchanged. It negotiates exactly what the gateway's milter does, so the two
 * differ only in the work done per message, and it is served the way jmilter's own examples do.
 *
 * <p>Run: {@code java -cp gateway/target/gateway.jar:gateway/target/test-classes
 * uk.schoolgate.receive.milter.DoNothingMilter 127.0.0.1:8898}
 */
public final class DoNothingMilter extends AbstractMilterHandler {
    DoNothingMilter() {
        super(Negotiation.ACTIONS, Negotiation.STEPS, Negotiation.MACROS);
    }

    @Override
    public void eom(MilterContext context, byte[] bodyChunk) throws MilterException {
        context.sendPacket(Packets.ACCEPT);
    }

    @Override
    public void quit(MilterContext context) {
        // nothing kept per connection
    }

    public static void main(String[] args) throws Exception {
        String listen = args.length > 0 ? args[0] : "127.0.0.1:8898";
        int colon = listen.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(listen.substring(0, colon),
                Integer.parseInt(listen.substring(colon + 1)));
        JmilterLog.install();
        MilterGatewayManager<InetSocketAddress> manager =
                new MilterGatewayManager<>(ServerFactory.tcpIpFactory(address), new DoNothingMilter());
        manager.bind().get(30, TimeUnit.SECONDS);
        System.err.println("do-nothing milter listening on " + listen);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            manager.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
