// The list of floodctl commands (ctlregistry.h). Each feature adds its commands in its own marker section.
#include "app/ctl/ctlregistry.h"

#include "app/buildinfo.h"
#include "app/ctl/ctlcommands.h"

#include <cstdio>
#include <cstring>

namespace fc::ctl {

namespace {

int version(const QStringList &)
{
    std::printf("%s\n", qPrintable(buildinfo::versionLine("floodctl")));
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
         "import a vector file (any OGR format) into a layer of the operation",
         "  One layer of the file into a feature table, in one transaction.\n"
         "  --on-error abort|skip  abort (default) leaves the store unchanged on the first bad feature; skip reports it\n"
         "  --map field=column    a source field to a store column (repeatable); 'field=' leaves the field out,\n"
         "                        'field=extra' keeps it as an extra attribute\n"
         "  --map-value column:from=to  a coded value (severity:重大=major), repeatable; a shipped table covers the\n"
         "                        common Chinese terms\n"
         "  --mapping NAME        use the mapping saved in the store under NAME\n"
         "  --save-mapping NAME   save this import's mapping in the store under NAME\n"
         "  --encoding NAME       the text encoding (else detected: .cpg, .dbf language driver, UTF-8, else GB18030)\n"
         "  --dry-run             print the mapping and the first features; write nothing\n"
         "  --make-valid          repair invalid geometry (unclosed rings, self-intersections) instead of refusing it\n"
         "  Fields map to columns by --map, the saved mapping, the same name, the same name in other case, then\n"
         "  synonyms (名称 -> name, 等级 -> severity ...); fields that map to no column are kept as extra attributes.",
         storeImport},
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
        {"ingest", "Gauges and alarms", "DB FILE.csv... [--user NAME] [--no-alarms] [--corrections]",
         "store sensor readings (one transaction per file), raise alarms",
         "  Exit 0: all rows stored or duplicates; 1: some rows rejected or a file failed; 3: some readings conflict\n"
         "  with stored ones (same sensor and time, another value: left out). --corrections: they replace the stored\n"
         "  values instead, and the audit log keeps both values.",
         ingest},
        {"serve", "Gauges and alarms",
         "DB [--drop DIR] [--listen ADDRESS:PORT --token-file FILE [--tls-certificate FILE.pem --tls-key FILE.pem] "
         "[--max-body BYTES]] [--cap-folder DIR] [--user NAME] | --config FILE.conf",
         "the intake without a window: feed, drop folder, CAP folder; evaluates every reading; one per operation; "
         "stops on SIGTERM",
         "  --drop DIR            watched folder: reading files (CSV as for ingest) dropped here are stored\n"
         "  --listen ADDRESS:PORT the feed endpoint (HTTP POST /readings); an address other than loopback needs TLS\n"
         "  --token-file FILE     the bearer token posts must carry; refused if group or others may read the file\n"
         "  --tls-certificate FILE.pem  the endpoint's certificate (PEM, with its chain): it speaks HTTPS\n"
         "  --tls-key FILE.pem    its private key (PEM, unencrypted); refused if group or others may read it\n"
         "  --max-body BYTES      the largest request body (default 1 MiB)\n"
         "  --cap-folder DIR      watched folder: CAP 1.2 alerts dropped here are imported\n"
         "  --user NAME           the name the intake's entries carry in the duty log (default: the account it runs as)\n"
         "  --config FILE.conf    settings as 'name = value' lines (store, drop, listen, token-file, tls-certificate,\n"
         "                        tls-key, max-body, cap-folder, user); options given on the command line win.\n"
         "                        The service floodctl-serve@OPERATION reads /etc/floodcommand/OPERATION.conf",
         serve},
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
        {"briefing", "Reports",
         "DB OUT.(pdf|odt|html) [--at ISO8601] [--lang zh_CN|en] [--paper A4|A3] [--template FILE] "
         "[--next-steps TEXT | --next-steps-file FILE] [--user NAME] [--serial S] [--no-record] [--overwrite]",
         "the situation report (防汛工作简报) as of a time, recorded in the operation with a new serial",
         "  Sections in the template's order (resources/briefing/situation.zh_CN.tmpl); a section with no data is left\n"
         "  out. --at: the operation as it stood then (Beijing time without a zone). A4 portrait or A3 landscape.\n"
         "  A bad template is refused naming the placeholder and line. --no-record: write the file only.",
         briefing},
        {"report", "Reports",
         "DB --incident ID --kind first|followup|verified OUT.(pdf|odt|html) [--at ISO8601] [--lang zh_CN|en] "
         "[--paper A4|A3] [--user NAME] [--no-record] [--overwrite]",
         "an incident report to the level above (首报/续报/核报) from the incident and its log",
         "  The first report of an urgent or high-priority incident is due within one hour of its report\n"
         "  (IncidentReportRules); the report says whether it was kept.",
         incidentReport},
        // -- end briefing commands --
        // -- wall commands --
        {"wall", "Wall display", "DB --show incident:ID|bookmark:NAME|layout:NAME|chart:SENSOR|home [--wall NAME] [--user NAME]",
         "put something on the operation's wall displays (as a desk seat does)",
         "  incident:ID    the wall's map flies to the incident, framed with its team and route\n"
         "  bookmark:NAME  a saved view (the wall machine's bookmarks or the layout's)\n"
         "  layout:NAME    another wall layout (wall-1, wall-2, wall-3 or a layout file's name)\n"
         "  chart:SENSOR   the gauge chart of a sensor (its id, e.g. S-TIDE-01)\n"
         "  home           back to the standing layout\n"
         "  The command is one wall_commands row; every wall of the operation reacts to it on the change feed.",
         wall},
        // -- end wall commands --
        // -- hazard commands --
        {"hazard", "Hazards and greenery",
         "DB list [--json] [--status S] [--round ID] [--category C] [--street S] [--overdue] | DB show --hazard ID "
         "[--json] | DB move --hazard ID --to STATE [--remark T] | DB attach --hazard ID FILE | DB attachment "
         "--attachment ID --out FILE | DB import FILE.(xlsx|csv) [--round ID]",
         "hazard investigation and rectification: list, show, move along the workflow, attach, field reports",
         "STATE: found | assigned | rectifying | awaiting_check | closed; only found -> assigned -> rectifying -> "
         "awaiting_check -> closed and awaiting_check -> rectifying (reopened by the check) exist, the store refuses "
         "the others naming them.\n"
         "list --json prints each hazard with its status, overdue and days_overdue (against --now or the clock).\n"
         "attach: at most 8 MiB a file; images get a thumbnail. attachment --out writes an attachment's bytes back.\n"
         "import: XLSX or CSV, one hazard a row, 经度/纬度 columns, status words (待整改, 已交办, 整改中, 待验收, 已销号) "
         "or codes, photos named in a 照片 column next to the sheet; a bad row is named and nothing is imported.\n"
         "Every form takes --user NAME and --now ISO8601.",
         hazard},
        {"greenery", "Hazards and greenery",
         "DB sites [--json] | DB campaign --name NAME [--signal ID] | DB results [--campaign ID] [--json] | DB result "
         "--result ID --to RESULT [--remark T] [--finding T] | DB flag [--hours H] [--json] | DB to-hazard --result ID "
         "[--severity S] [--deadline DATE] [--remark T]",
         "rooftop greenery: inspection campaigns, results, typhoon flagging, a finding becomes a hazard",
         "RESULT: fine | pruned | braced | trees_removed | closed_to_public.\n"
         "flag: while a typhoon signal is in force, the sites not inspected since H hours (default 48) before it "
         "was first issued, by responsible unit.",
         greenery},
        // -- end hazard commands --
        // -- supplies commands --
        {"supplies", "Supplies and shelters",
         "DB stock [--json] [--at T] | DB out --kind CODE --qty N --to shelter:ID|incident:ID|team:ID|drill[:NAME] | "
         "DB in --kind CODE --qty N | DB transfer --kind CODE --qty N --from-warehouse ID --to-warehouse ID | "
         "DB write-off --kind CODE --qty N --reason T | DB count --kind CODE --counted N --reason T | DB counts | "
         "DB alarms | DB request --for shelter:ID --kind CODE --qty N | DB confirm --request ID",
         "the supplies warehouse: stock is the sum of movements; exit 0 only when the movement took effect, 3 when "
         "refused for want of stock (the message says what is left)",
         "out/in/transfer/write-off/count/confirm: [--warehouse ID] (default: the only warehouse holding the kind) "
         "[--reason T] [--doc NO] [--user NAME] [--time ISO8601]\n"
         "in: [--type purchase|return] [--from SUPPLIER] [--expires YYYY-MM-DD] [--location SHELF]\n"
         "count: the counted quantity at a shelf location (--location) or without one, reconciled against the "
         "movements there; the difference is recorded as a stocktake movement with the reason\n"
         "counts: the stock-taking differences report; alarms: low stock and expiring batches [--today DATE]",
         supplies},
        {"shelter", "Supplies and shelters",
         "DB list [--json] [--at T] | DB transfer --to ID --people N [--from TEXT] [--override REASON] [--depart] | "
         "DB status --shelter ID --set closed|opening|open|full",
         "shelters and the people moved to them; over capacity refused without --override REASON (exit 3)",
         "transfer: [--estate T] [--street T] [--elderly N] [--disabled N] [--children N] [--user NAME] "
         "[--time ISO8601]; --depart records people leaving\n"
         "list --at T: the occupancy at a past time, the sum of the transfers up to it",
         shelter},
        // -- end supplies commands --
        // -- forecast commands --
        {"whatif", "Waterlogging forecast",
         "DB (--rain MM --hours H | --profile FILE.csv) [--drain MM_PER_H] [--tide M] [--dem FILE.tif] [--cell M] "
         "[--until H] [--max] --out DEPTH.tif [--json]",
         "waterlogging forecast (2D local-inertial flood model on the DEM): depth GeoTIFF and the roads' onset times",
         "", whatif},
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
