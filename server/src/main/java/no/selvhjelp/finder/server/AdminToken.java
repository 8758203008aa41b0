package no.selvhjelp.finder.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import no.selvhjelp.finder.rest.TokenVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin bearer token. Only its SHA-256 hash is kept in memory and on disk, and tokens are
 * compared hash to hash in constant time. When {@code SELVHJELP_ADMIN_TOKEN} is unset, a token is
 * generated on first start, printed once, and only its hash stored in {@code
 * <data>/admin-token.sha256}.
 */
public final class AdminToken implements TokenVerifier {
  private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);
  static final String FILE = "admin-token.sha256";

  private final byte[] hash;

  private AdminToken(byte[] hash) {
    this.hash = hash;
  }

  public static AdminToken fromConfig(ServerConfig config) throws IOException {
    if (config.adminToken() != null) {
      return new AdminToken(sha256(config.adminToken()));
    }
    Path file = config.dataDir().resolve(FILE);
    if (Files.exists(file)) {
      return new AdminToken(HexFormat.of().parseHex(Files.readString(file).strip()));
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(config.dataDir());
    Files.writeString(file, HexFormat.of().formatHex(sha256(token)) + "\n");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the hash alone is of no use to a reader anyway
    }
    // Printed once, to the console of whoever started the server; only the hash is kept.
    System.out.println();
    System.out.println("Generated admin token (shown only now; its hash is in " + file + "):");
    System.out.println("  " + token);
    System.out.println(
        "Set "
            + ServerConfig.TOKEN_ENV
            + " to choose your own, or delete that file to get a new one.");
    System.out.println();
    LOG.info("Generated a new admin token; its hash is in {}", file);
    return new AdminToken(sha256(token));
  }

  @Override
  public boolean isValid(String token) {
    return token != null && MessageDigest.isEqual(hash, sha256(token));
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
