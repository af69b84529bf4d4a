package uk.schoolgate.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.schoolgate.server.GatewayServer;
import uk.schoolgate.server.ServerSettings;

/**
 * {@code serve}: runs the gateway until it is stopped. SIGTERM (or Ctrl-C) drains: sessions in
 * the middle of a message finish and get their answer before the process exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the gateway: accept mail from staff clients and deliver what policy allows.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "DIR", description = "configuration folder (holds gateway.yaml)")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings.Loaded loaded = ServerSettings.load(config, Path.of("").toAbsolutePath());
        GatewayServer server = GatewayServer.start(loaded);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        spec.commandLine().getErr().printf("School mail gateway: listening on %s:%d, delivering to %s. "
                        + "Stop with Ctrl-C or SIGTERM.%n", loaded.server().smtp().bindAddress(), server.smtpPort(),
                server.deliversTo());
        spec.commandLine().getErr().flush();
        stopped.await();
        return GatewayCli.OK;
    }
}
