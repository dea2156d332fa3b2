package org.banmap.ingest;

/**
 * What a fail2ban action line says happened to an id. Only {@link #BAN} is a new ban; the others
 * restore, lift or repeat one and are only counted.
 */
public enum EventKind {
  /** {@code [jail] Ban <id>}: a new ban (or a 0.8/0.9 restart re-ban, see RestartDetector). */
  BAN,
  /** {@code [jail] Restore Ban <id>} (0.10+): restored from the database at start. */
  RESTORE_BAN,
  /** {@code [jail] Unban <id>}: ban expired, or every ban at shutdown up to 1.1.0. */
  UNBAN,
  /** {@code [jail] Repeal Ban <id>} (1.1.1+): the shutdown form of Unban. */
  REPEAL_BAN,
  /** {@code [jail] Increase Ban <id> (...)} (0.11.1+, observer): follows the Ban. */
  INCREASE_BAN,
  /** {@code [jail] Reban <id>, action 'x'} (0.10.5+). */
  REBAN,
  /** {@code [jail] <id> already banned}. */
  ALREADY_BANNED
}
