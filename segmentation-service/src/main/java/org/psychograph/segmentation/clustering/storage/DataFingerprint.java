package org.psychograph.segmentation.clustering.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.psychograph.segmentation.clustering.BasisMatrix;

/**
 * SHA-256 over a prepared basis matrix: its shape, variable codes, respondent ids and the exact bits of every
 * value. Two runs with the same fingerprint, config and seed must give the same result.
 */
public final class DataFingerprint {

    private DataFingerprint() {}

    public static String sha256(BasisMatrix matrix) {
        MessageDigest digest = newDigest();
        ByteBuffer shape = ByteBuffer.allocate(8).putInt(matrix.rows()).putInt(matrix.variables());
        digest.update(shape.array());
        for (String code : matrix.variableCodes()) {
            text(digest, code);
        }
        ByteBuffer row = ByteBuffer.allocate(8 * matrix.variables());
        for (int i = 0; i < matrix.rows(); i++) {
            text(digest, matrix.respondentIds()[i]);
            row.clear();
            for (double value : matrix.row(i)) {
                row.putLong(Double.doubleToLongBits(value));
            }
            digest.update(row.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
    private static void text(MessageDigest digest, String value) {
        byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
