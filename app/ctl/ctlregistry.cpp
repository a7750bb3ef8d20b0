// The list of floodctl commands (ctlregistry.h). Each feature adds its commands in its own marker section.
#include "app/ctl/ctlregistry.h"

#include "app/ctl/ctlcommands.h"

#include <cstdio>
#include <cstring>

namespace fc::ctl {

namespace {

int version(const QStringList &)
{
    std::printf("floodctl %s\n", FC_VERSION);
    return 0;
}

} // namespace

const std::vector<CommandSpec> &commands()
{
    static const std::vector<CommandSpec> list = {
        // -- operation store commands --
        {"init", "Operation store", "DB [--demo]", "create an operation store (with the demo district: --demo)", "",
         storeInit},
        {"import", "Operation store",
         "DB FILE --layer KIND [--src-layer N] [--src-crs EPSG:N|GCJ02] [--encoding GBK] [--map field=column ...] "
         "[--on-error abort|skip] [--dry-run] [--user NAME] [--make-valid]",
         "import a vector file (any OGR format) into a layer of the operation", "", storeImport},
        {"export", "Operation store", "DB --layer KIND OUT.(gpkg|geojson|shp|kml|csv|fgb) [--truncate-text] [--overwrite]",
         "export a layer (every writer refuses an existing file unless --overwrite)", "", storeExport},
        {"check", "Operation store", "DB", "integrity checks; exit 1 on any problem", "", storeCheck},
        // -- end operation store commands --
        // -- multi-seat commands --
        {"copy", "Operation store", "SRC DST [--replace]", "copy a whole operation between a .gpkg and a server", "",
         storeCopy},
        {"watch", "Operation store", "DB [--json] [--count N]", "print committed changes as they arrive", "", storeWatch},
        // -- end multi-seat commands --
        // -- warnings commands --
        {"warn", "Warnings and response", "DB --kind KIND (--level COLOUR | --lift) [--time ISO8601] [--text T] [--source S]",
         "issue, change or lift a warning signal", "", warn},
        {"respond", "Warnings and response", "DB --level none|IV|III|II|I [--reason TEXT]",
         "confirm or override the response level", "", respond},
        {"status", "Warnings and response", "DB [--json] [--now ISO8601]",
         "signals in force, response level, checklist counts", "", status},
        {"cap-import", "Warnings and response",
         "DB FILE.xml... [--lang zh|en] [--max-ahead-hours H] | DB --list-not-applicable",
         "CAP 1.2 alerts (Alert/Update/Cancel); alerts for other places are recorded, not applied", "", capImport},
        {"cap-export", "Warnings and response", "DB OUT.xml [--sent T] [--overwrite]", "the signals in force as CAP 1.2",
         "", capExport},
        // -- end warnings commands --
        // -- gauges commands --
        {"ingest", "Gauges and alarms", "DB FILE.csv... [--user NAME]",
         "store sensor readings (one transaction per file), raise alarms", "", ingest},
        {"serve", "Gauges and alarms", "DB [--drop DIR] [--listen ADDRESS:PORT --token-file FILE] [--cap-folder DIR]",
         "the intake without a window: feed, drop folder, CAP folder; evaluates every reading; one per operation; "
         "stops on SIGTERM",
         "", serve},
        {"replay-scenario", "Gauges and alarms", "DB", "write the Typhoon Bebinca (2024) replay (illustrative gauges)", "",
         replayScenario},
        {"replay", "Gauges and alarms", "DB --at ISO8601 [--json]", "signals, response level, alarms and readings at a time",
         "", replay},
        {"readings", "Gauges and alarms", "DB [--sensor ID]... [--from T] [--to T] [--out FILE.csv [--overwrite]]",
         "readings as CSV", "", readings},
        // -- end gauges commands --
        // -- dispatch commands --
        {"incident", "Incidents and dispatch",
         "DB --kind KIND --at LON,LAT [--priority P] [--text T] [--depth-cm D] [--needs pump:2,...]",
         "record an incident", "", incidentCreate},
        {"route", "Incidents and dispatch", "DB --from LON,LAT --to LON,LAT [--json]", "travel time avoiding flooded roads",
         "", route},
        {"recommend", "Incidents and dispatch", "DB --incident ID [--json]", "teams ranked by travel time", "", recommend},
        {"dispatch", "Incidents and dispatch", "DB --incident ID --team ID", "exit 0 only when the dispatch took effect", "",
         dispatch},
        {"move", "Incidents and dispatch", "DB --incident ID --to STATE",
         "move an incident: en_route|on_scene|resolved|closed|cancelled|reported", "", moveIncident},
        {"position", "Incidents and dispatch", "DB --team ID --at LON,LAT [--time ISO8601]", "a team's position", "",
         position},
        {"handover", "Incidents and dispatch", "DB [--to NEXT_OFFICER]", "shift handover summary (signed with --to)", "",
         handover},
        {"preposition", "Incidents and dispatch", "DB [--posts N] [--confirm]",
         "watch posts at waterlogging-prone roads, nearest teams", "", preposition},
        // -- end dispatch commands --
        // -- typhoon commands --
        {"typhoon", "Typhoons",
         "import DB FILE... [--format cma|json] [--storm ID] | list DB [--json] | show DB --storm ID [--at ISO8601] "
         "[--point LON,LAT] [--json] | export DB --storm ID OUT.(geojson|kml|gpkg)",
         "storm tracks: import CMA best track or bulletins, closest approach and wind-circle times for the district",
         "  import DB FILE... [--format cma|json] [--storm ID] [--source file|feed] [--user NAME]\n"
         "      CMA best-track text (UTC) or typhoon bulletin JSON (Beijing time); every file is checked first, then all\n"
         "      storms are written in one transaction (a bad file names its line or feature and changes nothing)\n"
         "  list DB [--json]                 the storms in the store\n"
         "  show DB --storm ID [--at ISO8601] [--point LON,LAT] [--no-forecast] [--json]\n"
         "      position at --at (default now), closest approach, when the 7/10/12-level wind circles reach the\n"
         "      district boundary (or the point) and leave it, along the track and its latest forecast (--no-forecast:\n"
         "      the track only); distances on the WGS 84 ellipsoid; null where unknown\n"
         "  export DB --storm ID OUT.(geojson|kml|gpkg) [--at ISO8601] [--overwrite]\n"
         "      track line, points, forecasts, landfalls and the quadrant wind circles (at --at, else at every point)\n"
         "  ID: the international number (2413 or 202413), or the Chinese or English name",
         typhoon},
        // -- end typhoon commands --
        // -- briefing commands --
        // -- end briefing commands --
        // -- wall commands --
        // -- end wall commands --
        // -- hazard commands --
        // -- end hazard commands --
        // -- supplies commands --
        // -- end supplies commands --
        // -- forecast commands --
        // -- end forecast commands --
        // -- event time commands --
        // -- end event time commands --
        {"render", "Map", "DATA.gpkg OUT.png [--size WxH] [--extent minlon,minlat,maxlon,maxlat] [--style default|flood] "
         "[--overwrite]",
         "render the map to an image", "", render},
        {"version", "Other", "", "the version and build", "", version},
    };
    return list;
}

const CommandSpec *command(const QString &name)
{
    for (const CommandSpec &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

void printCommandHelp(const CommandSpec &c)
{
    std::printf("usage: floodctl %s %s\n  %s\n", c.name, c.synopsis, c.summary);
    if (c.details && *c.details)
        std::printf("%s\n", c.details);
    std::printf("  DB is a .gpkg file or postgresql://user@host:port/database (password: PGPASSWORD or ~/.pgpass)\n");
}

void printUsage(bool toStderr)
{
    FILE *out = toStderr ? stderr : stdout;
    std::fprintf(out, "usage: floodctl COMMAND [ARGS]   (floodctl COMMAND --help: one command)\n");
    const char *group = nullptr;
    for (const CommandSpec &c : commands()) {
        if (!group || std::strcmp(group, c.group) != 0) {
            group = c.group;
            std::fprintf(out, "%s:\n", group);
        }
        std::fprintf(out, "  %s %s\n      %s\n", c.name, c.synopsis, c.summary);
    }
    std::fprintf(out, "DB is a .gpkg file or postgresql://user@host:port/database (password: PGPASSWORD or ~/.pgpass)\n");
}

} // namespace fc::ctl
