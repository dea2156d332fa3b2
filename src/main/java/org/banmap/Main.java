package org.banmap;

import org.banmap.cli.BanMapCommand;

/** The jar's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    BanMapCommand.main(args);
  }
}
