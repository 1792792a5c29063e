package org.psychograph.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import org.psychograph.stack.SuiteClient;

/**
 * Bearer tokens no service may accept, made from a real one: the same claims signed by a key the realm never had,
 * the real signature over edited claims (more roles and workspaces, a later expiry), no signature at all
 * ({@code alg: none}), and a real token whose expiry was moved into the past (its signature then no longer matches,
 * which is how an expired token from a stolen log would be "refreshed" by hand).
 */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private ForgedTokens() {}

    /** The real token's claims, signed RS256 by a fresh key with the real key's id. */
    static String otherSignature(String real) throws GeneralSecurityException {
        String[] parts = real.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return signed(parts[0] + "." + parts[1], generator.generateKeyPair().getPrivate());
    }

    /** The real signature kept over claims granting every role in every workspace, valid for a day. */
    static String tampered(String real) throws Exception {
        String[] parts = real.split("\\.");
        ObjectNode claims = claims(parts[1]);
        claims.putArray("workspaces").add("acme").add("globex").add("initech");
        claims.with("realm_access")
                .putArray("roles")
                .add("analyst")
                .add("admin")
                .add("service");
        claims.put("exp", System.currentTimeMillis() / 1000 + 86_400);
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** The claims with no signature, announced as such. */
    static String unsigned(String real) throws Exception {
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + real.split("\\.")[1] + ".";
    }

    /** The real token with its expiry an hour ago (and so, necessarily, a signature that no longer matches). */
    static String expired(String real) throws Exception {
        String[] parts = real.split("\\.");
        ObjectNode claims = claims(parts[1]);
        long hourAgo = System.currentTimeMillis() / 1000 - 3_600;
        claims.put("exp", hourAgo).put("iat", hourAgo - 300);
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static ObjectNode claims(String payload) throws Exception {
        return (ObjectNode) SuiteClient.json().readTree(B64D.decode(payload));
    }

    private static String encode(ObjectNode claims) throws Exception {
        return B64.encodeToString(SuiteClient.json().writeValueAsBytes(claims));
    }

    private static String signed(String signingInput, PrivateKey key) throws GeneralSecurityException {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rs256.sign());
    }
}
