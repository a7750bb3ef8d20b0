#pragma once

#include <QStringList>

// floodctl sub-commands. Each takes the arguments after its name and returns the process exit code.
namespace fc::ctl {

int render(const QStringList &args);

// -- operation store commands --
int storeInit(const QStringList &args);   // floodctl init DB [--demo]
int storeImport(const QStringList &args); // floodctl import DB FILE --layer KIND ...
int storeExport(const QStringList &args); // floodctl export DB --layer KIND OUT
int storeCheck(const QStringList &args);  // floodctl check DB
// -- end operation store commands --
// -- multi-seat commands --
int storeCopy(const QStringList &args);   // floodctl copy SRC DST [--replace]
int storeWatch(const QStringList &args);  // floodctl watch DB [--json]
int serverExport(const QString &uri, const QString &table, const QString &out, bool truncateText, bool overwrite = false);
int serverCheck(const QString &uri);
// -- end multi-seat commands --
// -- warnings commands --
int warn(const QStringList &args);      // floodctl warn DB --kind K (--level C | --lift) [--time ISO8601] ...
int respond(const QStringList &args);   // floodctl respond DB --level L [--reason TEXT]
int status(const QStringList &args);    // floodctl status DB [--json] [--now ISO8601]
int capImport(const QStringList &args); // floodctl cap-import DB FILE.xml...
int capExport(const QStringList &args); // floodctl cap-export DB OUT.xml
// -- end warnings commands --
// -- gauges commands --
int ingest(const QStringList &args);         // floodctl ingest DB FILE.csv...
int replayScenario(const QStringList &args); // floodctl replay-scenario DB
int replay(const QStringList &args);         // floodctl replay DB --at ISO8601 [--json]
int serve(const QStringList &args);          // floodctl serve DB [--drop DIR] [--listen A:P --token-file F] [--cap-folder DIR]
int readings(const QStringList &args);       // floodctl readings DB [--sensor ID]... [--from T] [--to T] [--out F]
// -- end gauges commands --
// -- dispatch commands --
int incidentCreate(const QStringList &args); // floodctl incident DB --kind K --at LON,LAT ...
int route(const QStringList &args);          // floodctl route DB --from LON,LAT --to LON,LAT [--json]
int recommend(const QStringList &args);      // floodctl recommend DB --incident ID [--json]
int dispatch(const QStringList &args);       // floodctl dispatch DB --incident ID --team ID
int moveIncident(const QStringList &args);   // floodctl move DB --incident ID --to STATE
int position(const QStringList &args);       // floodctl position DB --team ID --at LON,LAT [--time T]
int handover(const QStringList &args);       // floodctl handover DB [--to NEXT_OFFICER]
int preposition(const QStringList &args);    // floodctl preposition DB [--posts N] [--confirm]
// -- end dispatch commands --
// -- forecast commands --
int whatif(const QStringList &args); // floodctl whatif DB (--rain MM --hours H | --profile F) --out DEPTH.tif ...
// -- end forecast commands --
// -- typhoon commands --
int typhoon(const QStringList &args); // floodctl typhoon import|list|show|export DB ...
// -- end typhoon commands --

// -- supplies commands --
int supplies(const QStringList &args); // floodctl supplies DB stock|out|in|transfer|write-off|count|counts|alarms|request|confirm
int shelter(const QStringList &args);  // floodctl shelter DB list|transfer|status
// -- end supplies commands --
// -- hazard commands --
int hazard(const QStringList &args);   // floodctl hazard DB list|show|move|attach|attachment|import ...
int greenery(const QStringList &args); // floodctl greenery DB sites|campaign|results|result|flag|to-hazard ...
// -- end hazard commands --
// -- briefing commands --
int briefing(const QStringList &args);       // floodctl briefing DB OUT.(pdf|odt|html) [--at T] [--lang L] [--paper P] [--template F]
int incidentReport(const QStringList &args); // floodctl report DB --incident ID --kind first|followup|verified OUT
// -- end briefing commands --

// -- wall commands --
int wall(const QStringList &args); // floodctl wall DB --show TARGET [--wall NAME]
// -- end wall commands --

} // namespace fc::ctl
