// floodctl: the headless tool for scripts, feeds and benchmarks.
#include "app/ctl/ctlcommands.h"

#include <QGuiApplication>
#include <cstdio>
#include <functional>
#include <map>

namespace {

void usage()
{
    std::fprintf(stderr,
                 "usage: floodctl COMMAND [ARGS]\n"
                 "commands:\n"
                 "  init DB.gpkg [--demo]                      create an operation store (with the demo district)\n"
                 "  import DB FILE --layer KIND [--src-layer N] [--src-crs EPSG:N|GCJ02] [--encoding GBK]\n"
                 "         [--map field=column ...] [--on-error abort|skip] [--dry-run] [--user NAME] [--make-valid]\n"
                 "  export DB --layer KIND OUT.(gpkg|geojson|shp|kml|csv|fgb) [--truncate-text] [--overwrite]\n"
                 "  check DB                                   integrity checks; exit 1 on any problem\n"
                 "  copy SRC DST [--replace]                   copy a whole operation between a .gpkg and a server\n"
                 "  watch DB [--json] [--count N]              print committed changes as they arrive\n"
                 "  DB is a .gpkg file or postgresql://user@host:port/database (password: PGPASSWORD or ~/.pgpass)\n"
                 "  ingest DB FILE.csv... [--user NAME]       store sensor readings (one transaction per file), raise alarms\n"
                 "  serve DB [--drop DIR] [--listen ADDRESS:PORT --token-file FILE] [--cap-folder DIR]\n"
                 "                                             the intake without a window: feed, drop folder, CAP folder;\n"
                 "                                             evaluates every reading; one per operation; stops on SIGTERM\n"
                 "  replay-scenario DB                         write the Typhoon Bebinca (2024) replay (illustrative gauges)\n"
                 "  replay DB --at ISO8601 [--json]            signals, response level, alarms and readings at a time\n"
                 "  readings DB [--sensor ID]... [--from T] [--to T] [--out FILE.csv [--overwrite]]   readings as CSV\n"
                 "  warn DB --kind KIND (--level COLOUR | --lift) [--time ISO8601] [--text T] [--source S]\n"
                 "  respond DB --level none|IV|III|II|I [--reason TEXT]   confirm or override the response level\n"
                 "  status DB [--json] [--now ISO8601]         signals in force, response level, checklist counts\n"
                 "  cap-import DB FILE.xml... [--lang zh|en] [--max-ahead-hours H]   CAP 1.2 alerts (Alert/Update/Cancel)\n"
                 "  cap-import DB --list-not-applicable        CAP alerts recorded as being for other places\n"
                 "  cap-export DB OUT.xml [--sent T] [--overwrite]   the signals in force as CAP 1.2\n"
                 "  render DATA.gpkg OUT.png [--size WxH] [--extent minlon,minlat,maxlon,maxlat] [--style default|flood]\n"
                 "         [--overwrite]          (every writer refuses an existing file unless --overwrite)\n"
                 "  incident DB --kind KIND --at LON,LAT [--priority P] [--text T] [--depth-cm D] [--needs pump:2,...]\n"
                 "  route DB --from LON,LAT --to LON,LAT [--json]     travel time avoiding flooded roads\n"
                 "  recommend DB --incident ID [--json]       teams ranked by travel time\n"
                 "  dispatch DB --incident ID --team ID       exit 0 only when the dispatch took effect\n"
                 "  move DB --incident ID --to STATE          en_route|on_scene|resolved|closed|cancelled|reported\n"
                 "  position DB --team ID --at LON,LAT [--time ISO8601]\n"
                 "  handover DB [--to NEXT_OFFICER]           shift handover summary (signed with --to)\n"
                 "  preposition DB [--posts N] [--confirm]    watch posts at waterlogging-prone roads, nearest teams\n"
                 "  whatif DB (--rain MM --hours H | --profile FILE.csv) [--drain MM_PER_H] [--tide M] [--dem FILE.tif]\n"
                 "         [--cell M] [--until H] [--max] --out DEPTH.tif [--json]   waterlogging forecast (2D flood model)\n"
                 "  version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts and painting without a display
    // Keep our own copy of the arguments: QGuiApplication swallows some (e.g. --style).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("FloodCommand"));
    QGuiApplication::setApplicationName(QStringLiteral("floodctl"));
    const QStringList args = raw;
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        usage();
        return args.isEmpty() ? 2 : 0;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("render"), fc::ctl::render},
        {QStringLiteral("version"), [](const QStringList &) { std::printf("floodctl %s\n", FC_VERSION); return 0; }},
        // -- operation store commands --
        {QStringLiteral("init"), fc::ctl::storeInit},
        {QStringLiteral("import"), fc::ctl::storeImport},
        {QStringLiteral("export"), fc::ctl::storeExport},
        {QStringLiteral("check"), fc::ctl::storeCheck},
        // -- end operation store commands --
        // -- multi-seat commands --
        {QStringLiteral("copy"), fc::ctl::storeCopy},
        {QStringLiteral("watch"), fc::ctl::storeWatch},
        // -- end multi-seat commands --
        // -- warnings commands --
        {QStringLiteral("warn"), fc::ctl::warn},
        {QStringLiteral("respond"), fc::ctl::respond},
        {QStringLiteral("status"), fc::ctl::status},
        {QStringLiteral("cap-import"), fc::ctl::capImport},
        {QStringLiteral("cap-export"), fc::ctl::capExport},
        // -- end warnings commands --
        // -- gauges commands --
        {QStringLiteral("ingest"), fc::ctl::ingest},
        {QStringLiteral("replay-scenario"), fc::ctl::replayScenario},
        {QStringLiteral("replay"), fc::ctl::replay},
        {QStringLiteral("readings"), fc::ctl::readings},
        {QStringLiteral("serve"), fc::ctl::serve},
        // -- end gauges commands --
        // -- dispatch commands --
        {QStringLiteral("incident"), fc::ctl::incidentCreate},
        {QStringLiteral("route"), fc::ctl::route},
        {QStringLiteral("recommend"), fc::ctl::recommend},
        {QStringLiteral("dispatch"), fc::ctl::dispatch},
        {QStringLiteral("move"), fc::ctl::moveIncident},
        {QStringLiteral("position"), fc::ctl::position},
        {QStringLiteral("handover"), fc::ctl::handover},
        {QStringLiteral("preposition"), fc::ctl::preposition},
        // -- end dispatch commands --
        // -- forecast commands --
        {QStringLiteral("whatif"), fc::ctl::whatif},
        // -- end forecast commands --
    };
    const auto it = commands.find(args[0]);
    if (it == commands.end()) {
        std::fprintf(stderr, "floodctl: unknown command '%s'\n", qPrintable(args[0]));
        usage();
        return 2;
    }
    return it->second(args.mid(1));
}
