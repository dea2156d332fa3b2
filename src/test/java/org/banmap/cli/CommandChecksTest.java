package org.banmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.banmap.cli.BanMapCommandTest.Result;
import org.banmap.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every option and output path is checked before any log is read, and what goes wrong says what
 * happened in one line: no overwritten inputs, no Java class names, no help screen, no "done".
 */
class CommandChecksTest {
  private static final String[] SMALL = {"--size", "160x90", "--fps", "5", "--duration", "1s", "--quiet",
      "--encoder", "jcodec"};

  @TempDir Path dir;
  private Path log;
  private Path db;
  private byte[] logBytes;

  @BeforeEach
  void demoFiles() throws Exception {
    DemoData.DemoFiles files = DemoData.extract(Files.createDirectory(dir.resolve("in")));
    log = files.log();
    db = files.geoipDatabase();
    logBytes = Files.readAllBytes(log);
  }

  private Result render(String... args) {
    String[] all = Stream.of(new String[] {"render", "--geoip", db.toString(), "--log-zone", "UTC"}, SMALL, args)
        .flatMap(Stream::of).toArray(String[]::new);
    return BanMapCommandTest.run(all);
  }

  private void assertLogUntouched() throws Exception {
    assertArrayEquals(logBytes, Files.readAllBytes(log), "the input log is unchanged");
  }

  @Test
  void htmlOntoAnInputLogIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path video = dir.resolve("bans.mp4");
    Result r = render("-o", video.toString(), "--html", log.toString(), log.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("banmap: --html " + log + " is also an input (" + log + "): writing it would destroy what is being"
        + " read; choose another output name", r.err().strip());
    assertLogUntouched();
    assertFalse(Files.exists(video));
  }

  @Test
  void htmlOntoTheVideoIsRefused() {
    Path video = dir.resolve("bans.mp4");
    Result r = render("-o", video.toString(), "--html", video.toString(), log.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("--html " + video + " is the same file as -o " + video), r.err());
    assertFalse(Files.exists(video));
  }

  @Test
  void outputsReachingAnInputThroughLinksOrDotDotAreRefused() throws Exception {
    Path alias = Files.createSymbolicLink(dir.resolve("alias.mp4"), log);
    Result viaLink = render("-o", alias.toString(), log.toString());
    assertEquals(1, viaLink.exit(), viaLink.err());
    assertTrue(viaLink.err().contains("-o " + alias + " is also an input"), viaLink.err());

    Files.createDirectory(dir.resolve("sub"));
    Path dotDot = dir.resolve("sub/../in/" + log.getFileName());
    Result viaDots = render("-o", dir.resolve("x.mp4").toString(), "--html", dotDot.toString(), log.toString());
    assertEquals(1, viaDots.exit(), viaDots.err());
    assertTrue(viaDots.err().contains("--html " + dotDot + " is also an input"), viaDots.err());

    Path db2 = Files.createSymbolicLink(dir.resolve("poster.png"), db);
    Result ontoDatabase = render("-o", dir.resolve("x.mp4").toString(), "--poster", db2.toString(), log.toString());
    assertEquals(1, ontoDatabase.exit(), ontoDatabase.err());
    assertTrue(ontoDatabase.err().contains("--poster " + db2 + " is also an input (" + db + ")"), ontoDatabase.err());
    assertLogUntouched();
  }

  @Test
  void theImpliedPosterMayNotOverwriteAnInput() throws Exception {
    Path namedLikeAPoster = Files.copy(log, dir.resolve("bans-poster.png"));
    Result r = render("-o", dir.resolve("bans.mp4").toString(), "--html", dir.resolve("bans.html").toString(),
        namedLikeAPoster.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("--poster " + namedLikeAPoster + " is also an input"), r.err());
  }

  @Test
  void noOutputInsideAnInputFolderOrTheFramesFolder() throws Exception {
    Path inputDir = log.getParent();
    Result inside = render("-o", inputDir.resolve("bans.mp4").toString(), inputDir.toString());
    assertEquals(1, inside.exit(), inside.err());
    assertTrue(inside.err().contains("lies inside the input folder " + inputDir), inside.err());

    Path frames = Files.createDirectory(dir.resolve("frames"));
    Result inFrames = render("-o", frames + "/", "--poster", frames.resolve("poster.png").toString(), log.toString());
    assertEquals(1, inFrames.exit(), inFrames.err());
    assertTrue(inFrames.err().contains("--poster " + frames.resolve("poster.png") + " lies inside the PNG frames folder"),
        inFrames.err());
    assertFalse(Files.list(frames).findAny().isPresent(), "nothing written into the frames folder");
  }

  @Test
  void fromLaterThanToIsAOneLineUsageError() {
    Result r = BanMapCommandTest.run("stats", "--geoip", db.toString(), "--from", "2026-10-31", "--to", "2026-10-01",
        log.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals("banmap stats: --from 2026-10-31 is later than --to 2026-10-01 (swap them?) (see banmap stats --help)",
        r.err().strip());
  }

  @Test
  void aJailThatMatchesNothingSaysWhatTheFilterRemoved() throws Exception {
    Result stats = BanMapCommandTest.run("stats", "--geoip", db.toString(), "--jail", "nope", "--quiet", log.toString());
    assertEquals(1, stats.exit(), stats.err());
    assertEquals("", stats.out(), "no empty table");
    assertTrue(stats.err().matches("(?s).*banmap: --jail nope matched none of the [0-9,]+ located bans;"
        + " jails seen: sshd \\([0-9,]+\\), .*"), stats.err());
    assertTrue(stats.err().contains("banmap stats: failed after"), stats.err());
    assertFalse(stats.err().contains("done in"), stats.err());

    Result render = render("-o", dir.resolve("x.mp4").toString(), "--from", "2027-01-01", log.toString());
    assertEquals(1, render.exit(), render.err());
    assertTrue(render.err().contains("banmap: --from 2027-01-01 00:00 matched none of the"), render.err());
    assertTrue(render.err().contains("they span 2026-"), render.err());
    assertFalse(Files.exists(dir.resolve("x.mp4")));
  }

  @Test
  void badZoneAndAntimeridianBoxSayWhatToType() {
    Result zone = BanMapCommandTest.run("stats", "--log-zone", "Nowhere/Zone", log.toString());
    assertEquals(2, zone.exit(), zone.err());
    assertTrue(zone.err().contains("unknown time zone 'Nowhere/Zone': use a region such as Europe/Berlin or an"
        + " offset such as +02:00 or UTC"), zone.err());
    assertFalse(zone.err().contains("java."), zone.err());
    assertFalse(zone.err().contains("Exception"), zone.err());
    assertEquals(1, zone.err().strip().lines().count(), zone.err());

    Result bbox = BanMapCommandTest.run("demo", "--bbox", "170,-50,-170,-10");
    assertEquals(2, bbox.exit(), bbox.err());
    assertTrue(bbox.err().contains("would cross the 180° meridian") && bbox.err().contains("-180,-50,180,-10")
        && bbox.err().contains("170,-50,180,-10 and -180,-50,-170,-10"), bbox.err());
  }

  @Test
  void everyOptionIsCheckedBeforeAnyLogIsRead() throws Exception {
    String missing = dir.resolve("missing.log").toString();
    Result detail = render("-o", dir.resolve("x.mp4").toString(), "--basemap-detail", "20m", missing);
    assertEquals(2, detail.exit(), detail.err());
    assertTrue(detail.err().contains("'20m' is not a basemap detail; use 110m, 50m, 10m or auto"), detail.err());

    Result folder = render("-o", dir.resolve("nowhere/x.mp4").toString(), missing);
    assertEquals(1, folder.exit(), folder.err());
    assertTrue(folder.err().contains("output folder " + dir.resolve("nowhere") + " does not exist"), folder.err());

    Result format = render("-o", dir.resolve("x.avi").toString(), missing);
    assertEquals(1, format.exit(), format.err());
    assertTrue(format.err().contains("cannot tell the format"), format.err());

    Result gifHtml = render("-o", dir.resolve("x.gif").toString(), "--html", dir.resolve("x.html").toString(), missing);
    assertEquals(1, gifHtml.exit(), gifHtml.err());
    assertTrue(gifHtml.err().contains("--html needs a video output"), gifHtml.err());

    Result htmlFolder = render("-o", dir.resolve("x.mp4").toString(), "--html", dir.resolve("no/x.html").toString(),
        missing);
    assertEquals(1, htmlFolder.exit(), htmlFolder.err());
    assertTrue(htmlFolder.err().contains("--html folder " + dir.resolve("no") + " does not exist"), htmlFolder.err());

    Path broken = Files.writeString(dir.resolve("broken.sld"), "<StyledLayerDescriptor><NamedLayer>");
    Result style = render("-o", dir.resolve("x.mp4").toString(), "--style", broken.toString(), missing);
    assertEquals(1, style.exit(), style.err());
    assertTrue(style.err().contains("broken.sld:"), style.err());
    Files.delete(broken);

    for (Result r : List.of(detail, folder, format, gifHtml, htmlFolder, style)) {
      assertFalse(r.err().contains("missing.log"), "failed before reading the log: " + r.err());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("in"), files.map(p -> p.getFileName().toString()).toList(), "nothing written");
    }
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsRefusedFirst() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere: nothing to refuse");
    Path locked = Files.createDirectory(dir.resolve("locked"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
    Result r = render("-o", locked.resolve("x.mp4").toString(), dir.resolve("missing.log").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("output folder " + locked + " is not writable"), r.err());
  }

  @Test
  void aUsageErrorIsOneLinePointingToHelp() {
    Result fps = BanMapCommandTest.run("demo", "--fps", "0");
    assertEquals(2, fps.exit());
    assertEquals("banmap demo: --fps must be between 1 and 240, got 0 (see banmap demo --help)", fps.err().strip());
    Result typo = BanMapCommandTest.run("demo", "--fsp", "5");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().startsWith("banmap demo: Unknown options: '--fsp', '5' (see banmap demo --help)"), typo.err());
    assertTrue(typo.err().lines().count() <= 4, "no help screen: " + typo.err());
  }

  /** A command that loads 11.2M bans and runs out of memory rendering them. */
  @CommandLine.Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    private final BanMapCommand root;

    Exhaust(BanMapCommand root) {
      this.root = root;
    }

    @Override
    public Integer call() {
      root.runState().stage("render+encode");
      root.runState().bansLoaded(11_200_000);
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void outOfMemorySaysHowManyBansAndWhatToDo() {
    StringWriter err = new StringWriter();
    CommandLine cmd = BanMapCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    BanMapCommand root = cmd.getCommand();
    cmd.addSubcommand("exhaust", new Exhaust(root));
    assertEquals(1, cmd.execute("exhaust"));
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith("banmap: out of memory during render+encode with 11,200,000 bans loaded"), message);
    assertTrue(message.contains("-Xmx") && message.contains("--from/--to") && message.contains("--jail"), message);
    assertFalse(message.contains("at org.banmap"), "no stack trace: " + message);
  }
}
