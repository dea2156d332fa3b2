package org.banmap.pipeline;

import org.banmap.geo.LocatedBans;
import org.banmap.ingest.IngestResult;

/** What the ingest and geo stages produced, before and after the user's selection. */
/**
 * @param ingest the ingest stage's counts; its ban list is empty (the events are dropped once located, see {@link
 *     BanLoader})
 * @param newBans how many new bans the ingest stage found (located or not)
 */
public record LoadedBans(IngestResult ingest, long newBans, LocatedBans located, LocatedBans selected, String geoAttribution) {}
