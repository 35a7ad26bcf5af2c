package id.rantai.api.audit;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit log's public ids and cursors: a row's sequence number encrypted as one AES block with a key derived
 * from the instance secret ({@code rantai.jwt.secret}), so an id reveals nothing of the sequence. Sequential ids
 * would: a hidden (sealed) bid's row leaves a gap between the visible rows around it, telling that a bid exists,
 * when, and how many. The same row always gets the same id (and the same on every instance sharing the secret);
 * a cursor that was not made here is refused.
 */
@Singleton
class AuditIds {

    private static final byte[] MAGIC = "rantai.a".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    AuditIds(@Value("${rantai.jwt.secret}") String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("rantai audit ids\n" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(Arrays.copyOf(digest, 16), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String encode(long sequence) {
        byte[] block = ByteBuffer.allocate(16).putLong(sequence).put(MAGIC).array();
        return ENCODER.encodeToString(cipher(Cipher.ENCRYPT_MODE, block));
    }

    /** The sequence number behind an id or cursor made by {@link #encode}; empty for anything else. */
    Optional<Long> decode(String text) {
        byte[] block;
        try {
            block = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (block.length != 16) {
            return Optional.empty();
        }
        ByteBuffer plain = ByteBuffer.wrap(cipher(Cipher.DECRYPT_MODE, block));
        long sequence = plain.getLong();
        byte[] magic = new byte[MAGIC.length];
        plain.get(magic);
        return MessageDigest.isEqual(magic, MAGIC) ? Optional.of(sequence) : Optional.empty();
    }

    private byte[] cipher(int mode, byte[] block) {
        try {
            // one block, deterministic on purpose: the same row keeps its id
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(mode, key);
            return cipher.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
