package org.banmap.pipeline;

import java.util.List;
import org.banmap.geo.LocatedBan;
import org.banmap.ingest.IngestResult;

/** What the ingest and geo stages produced, before and after the user's selection. */
public record LoadedBans(IngestResult ingest, List<LocatedBan> located, List<LocatedBan> selected, String geoAttribution) {}
