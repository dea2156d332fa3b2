package org.banmap.pipeline;

/**
 * How far a run got: the stage it is in and how many bans it holds in memory. The pipeline updates
 * it as it goes, so that when memory runs out the command line can still say how many bans were
 * loaded (the one number that tells the user how much to cut with --from/--to or --jail, or how much
 * heap to give). Written by the pipeline thread, read by the error handler: volatile fields, no
 * allocation on read.
 */
public final class RunState {
  private volatile String stage = "start";
  private volatile long bansLoaded;

  /** Records that the run entered {@code stage} ("ingest", "geo", "render+encode", ...). */
  public void stage(String stage) {
    this.stage = stage;
  }

  /** Records how many bans the run now holds in memory. */
  public void bansLoaded(long bans) {
    this.bansLoaded = bans;
  }

  public String stage() {
    return stage;
  }

  public long bansLoaded() {
    return bansLoaded;
  }
}
