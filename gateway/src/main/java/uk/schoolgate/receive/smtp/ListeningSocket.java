package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

/**
 * The listening socket, which the door can stop on its own while sessions in flight finish.
 * SubEthaSMTP's {@code stop()} closes the listener and every client connection at once; here
 * {@link #stopAccepting()} frees the port first (new clients get "connection refused" and try
 * again later or elsewhere), and SubEthaSMTP's accept thread waits quietly until {@code stop()}
 * closes the socket for good instead of logging an error every second.
 */
final class ListeningSocket extends ServerSocket {
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean stopped;

    ListeningSocket() throws IOException {
        super();
    }

    void stopAccepting() throws IOException {
        stopped = true;
        super.close();
    }

    @Override
    public Socket accept() throws IOException {
        try {
            return super.accept();
        } catch (IOException e) {
            if (stopped) {
                try {
                    closed.await();
                } catch (InterruptedException interrupted) {
                    // SubEthaSMTP interrupts its accept thread on stop(): it is told "closed" below.
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("listener closed");
                }
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        super.close();
    }
}
