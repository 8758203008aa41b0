package no.selvhjelp.finder.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * HSDS ids are UUIDs; ours are slugs. Each HSDS id is a name-based UUID, version 5 (RFC 4122 §4.3,
 * SHA-1), of {@code "<type>:<our id>"} in the namespace {@link #NAMESPACE}, so it is the same on
 * every export, on every instance, and for anyone who recomputes it, and changes only if our id
 * does.
 */
public final class HsdsIds {
  /** RFC 4122's namespace for URLs. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /** Our namespace: v5 of this URL in the URL namespace, {@value #NAMESPACE_NAME}. */
  static final String NAMESPACE_NAME = "https://selvhjelp.no/selvhjelp-finder/hsds";

  public static final UUID NAMESPACE = v5(URL_NAMESPACE, NAMESPACE_NAME);

  private HsdsIds() {}

  /** The HSDS id of one of our items: {@code type} says which table, e.g. "service". */
  public static String of(String type, String id) {
    return v5(NAMESPACE, type + ":" + id).toString();
  }

  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
