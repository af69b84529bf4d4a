package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.subethamail.smtp.server.SSLSocketCreator;
import uk.schoolgate.config.ConfigException;

/**
 * STARTTLS from the PEM files a technician already has (from Let's Encrypt, the council, or
 * {@code openssl}): a certificate chain and an unencrypted private key in PKCS#1 ("RSA PRIVATE
 * KEY"), SEC1 ("EC PRIVATE KEY") or PKCS#8 ("PRIVATE KEY") form. Only TLS 1.2 and 1.3, with the
 * JDK's default cipher suites (SubEthaSMTP's own socket factory would enable every suite the JDK
 * has, weak ones included, and look up the client's name in DNS).
 */
final class TlsContext {
    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /** Key algorithm object identifiers to JDK key factory names. */
    private static final Map<String, String> KEY_ALGORITHMS = Map.of("1.2.840.113549.1.1.1", "RSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS", "1.2.840.10045.2.1", "EC", "1.3.101.112", "Ed25519", "1.3.101.113", "Ed448");

    private TlsContext() {
    }

    /** @throws ConfigException naming the file that could not be used */
    static SSLContext fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile);
        if (!fits(key, chain.get(0))) {
            throw new ConfigException(keyFile + ": this private key does not belong to the first certificate in "
                    + certificateFile);
        }
        try {
            char[] password = Long.toHexString(new SecureRandom().nextLong()).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("smtp", key, password, chain.toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigException(keyFile + ": cannot use this key with " + certificateFile + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Signs with the key and verifies with the certificate: a mismatch would only show at handshake time. */
    private static boolean fits(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return true; // an unusual key type: the handshake will tell
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Wraps an accepted plain connection for the server side of a STARTTLS handshake. */
    static SSLSocketCreator socketCreator(SSLContext context) {
        return (Socket socket) -> {
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket,
                    socket.getInetAddress().getHostAddress(), socket.getPort(), true);
            tls.setUseClientMode(false);
            List<String> supported = Arrays.asList(tls.getSupportedProtocols());
            tls.setEnabledProtocols(PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
            return tls;
        };
    }

    private static List<X509Certificate> certificates(Path file) {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(reader)) {
            for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ConfigException(file + ": not a PEM certificate file (" + e.getClass().getSimpleName() + ")");
        }
        if (chain.isEmpty()) {
            throw new ConfigException(file + ": no certificate (-----BEGIN CERTIFICATE-----) in the file");
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file) {
        Object o;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(reader)) {
            do {
                o = pem.readObject();
            } while (o != null && !isKey(o));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": not a PEM private key file (" + e.getClass().getSimpleName() + ")");
        }
        if (o == null) {
            throw new ConfigException(file + ": no private key in the file");
        }
        if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
            throw new ConfigException(file + ": the private key is encrypted; give an unencrypted key "
                    + "(openssl pkey -in KEY -out KEY.pem) and make it readable by the gateway only");
        }
        PrivateKeyInfo info = o instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : (PrivateKeyInfo) o;
        String algorithm = KEY_ALGORITHMS.get(info.getPrivateKeyAlgorithm().getAlgorithm().getId());
        if (algorithm == null) {
            throw new ConfigException(file + ": unsupported private key type (use RSA or EC)");
        }
        try {
            if (algorithm.equals("EC") && info.getPrivateKeyAlgorithm().getParameters() == null) {
                // SEC1 ("EC PRIVATE KEY") carries the curve inside the key; the JDK wants it in the algorithm.
                ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
                info = new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                        ec.getParametersObject()), ec);
            }
            // The JDK's own key factory, so the key works with the JDK's TLS (no Bouncy Castle provider needed).
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(file + ": unreadable private key (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean isKey(Object o) {
        return o instanceof PEMKeyPair || o instanceof PrivateKeyInfo || o instanceof PEMEncryptedKeyPair
                || o instanceof PKCS8EncryptedPrivateKeyInfo;
    }
}
