package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.schoolgate.config.ConfigException;

class TlsContextTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestPki.KeyFormat.class)
    void readsEveryUsualPemKeyForm(TestPki.KeyFormat format) throws Exception {
        TestPki.PemFiles files = TestPki.write(dir, format);
        assertThat(TlsContext.fromPem(files.certificate(), files.key()).getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aDoorWithAnEcKeyCompletesAHandshake() throws Exception {
        TestPki.PemFiles files = TestPki.write(dir, TestPki.KeyFormat.SEC1_EC);
        try (TestDoor door = TestDoor.builder().tls(files).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.command("NOOP")).isEqualTo("250 2.0.0 OK");
        }
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsAConfigError() throws Exception {
        TestPki.PemFiles one = TestPki.write(dir.resolve("one").toFile().mkdirs() ? dir.resolve("one") : dir, TestPki.KeyFormat.PKCS8);
        Path other = Files.createDirectories(dir.resolve("other"));
        TestPki.PemFiles two = TestPki.write(other, TestPki.KeyFormat.PKCS8);
        assertThatThrownBy(() -> TlsContext.fromPem(one.certificate(), two.key())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not belong");
    }

    @Test
    void anEncryptedKeyIsAConfigErrorThatSaysWhatToDo() throws Exception {
        TestPki.PemFiles files = TestPki.write(dir, TestPki.KeyFormat.PKCS8);
        KeyPair pair = TestPki.rsa();
        Path encrypted = dir.resolve("encrypted.pem");
        try (JcaPEMWriter w = new JcaPEMWriter(Files.newBufferedWriter(encrypted))) {
            w.writeObject(new JcaPKCS8Generator(pair.getPrivate(),
                    new JceOpenSSLPKCS8EncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                            .setPassword("secret".toCharArray()).build()));
        }
        assertThatThrownBy(() -> TlsContext.fromPem(files.certificate(), encrypted)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void filesWithoutCertificateOrKeyAreConfigErrors() throws Exception {
        TestPki.PemFiles files = TestPki.write(dir, TestPki.KeyFormat.PKCS8);
        Path empty = Files.writeString(dir.resolve("empty.pem"), "not PEM at all\n");
        assertThatThrownBy(() -> TlsContext.fromPem(empty, files.key())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("empty.pem");
        assertThatThrownBy(() -> TlsContext.fromPem(files.certificate(), files.certificate())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no private key");
    }

    @Test
    void onlyTls12AndLaterAreEnabled() throws Exception {
        TestPki.PemFiles files = TestPki.write(dir, TestPki.KeyFormat.PKCS8);
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             java.net.Socket client = new java.net.Socket(server.getInetAddress(), server.getLocalPort());
             java.net.Socket accepted = server.accept()) {
            javax.net.ssl.SSLSocket tls = TlsContext.socketCreator(TlsContext.fromPem(files.certificate(), files.key()))
                    .createSSLSocket(accepted);
            assertThat(tls.getEnabledProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
            assertThat(tls.getUseClientMode()).isFalse();
            assertThat(client.isConnected()).isTrue();
        }
    }
}
