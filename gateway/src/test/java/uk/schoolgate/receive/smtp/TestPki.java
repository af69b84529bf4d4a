package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/** A throwaway self-signed certificate for "localhost", made with Bouncy Castle for each test run. */
final class TestPki {
    enum KeyFormat { PKCS8, PKCS1_RSA, SEC1_EC }

    record PemFiles(Path certificate, Path key) {
    }

    private TestPki() {
    }

    static PemFiles write(Path dir, KeyFormat format) throws Exception {
        KeyPair pair = format == KeyFormat.SEC1_EC ? ec() : rsa();
        X509Certificate certificate = selfSigned(pair, format == KeyFormat.SEC1_EC ? "SHA256withECDSA" : "SHA256withRSA");
        Path cert = dir.resolve("cert-" + format + ".pem");
        Path key = dir.resolve("key-" + format + ".pem");
        Files.writeString(cert, pem(certificate));
        Files.writeString(key, switch (format) {
            case PKCS8 -> pkcs8(pair.getPrivate());
            case PKCS1_RSA -> pem(pair);
            case SEC1_EC -> sec1(pair.getPrivate());
        });
        return new PemFiles(cert, key);
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static X509Certificate selfSigned(KeyPair pair, String algorithm) throws Exception {
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(2))), name, pair.getPublic());
        b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
    }

    /** An RSA key pair as "RSA PRIVATE KEY" (PKCS#1), an EC one as "EC PRIVATE KEY" (SEC1), a certificate as itself. */
    static String pem(Object o) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(o);
        }
        return w.toString();
    }

    /** "EC PRIVATE KEY" with the named curve inside, as openssl writes it (Bouncy Castle's writer leaves it out). */
    private static String sec1(PrivateKey key) throws IOException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
        ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
        ECPrivateKey withCurve = new ECPrivateKey(256, inner.getKey(), info.getPrivateKeyAlgorithm().getParameters());
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(new PemObject("EC PRIVATE KEY", withCurve.getEncoded()));
        }
        return w.toString();
    }

    private static String pkcs8(PrivateKey key) throws IOException {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(new PemObject("PRIVATE KEY", key.getEncoded()));
        }
        return w.toString();
    }
}
