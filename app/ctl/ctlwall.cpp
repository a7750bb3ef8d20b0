// floodctl wall: put something on the wall displays of an operation from a script (the same row a desk seat writes).
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/core/base/clock.h"
#include "app/core/live/wallcommands.h"
#include "app/core/store/store.h"

namespace fc::ctl {

int wall(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--show"), QStringLiteral("--wall"), QStringLiteral("--user")}, {}, &a, &e)
        || a.pos.size() != 1 || !a.has("--show")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl wall DB --show incident:ID|bookmark:NAME|layout:NAME|chart:SENSOR|home "
                                         "[--wall NAME]")
                        : e);
        return 2;
    }
    WallCommand c;
    if (!WallCommand::parse(a.value("--show"), &c, &e)) {
        err(QStringLiteral("floodctl wall: --show ") + e);
        return 2;
    }
    c.wall = a.value("--wall");
    auto store = Store::open(a.pos.value(0), &e);
    if (!store) {
        err(QStringLiteral("floodctl wall: ") + e);
        return 1;
    }
    if (a.has("--user"))
        store->setUser(a.value("--user"));
    if (c.kind == WallCommand::Kind::Incident) {
        auto rows = store->rows(QStringLiteral("incidents"), QStringLiteral("fid = ?"), {c.incident});
        rows.waitForFinished();
        if (rows.result().isEmpty()) {
            err(QStringLiteral("floodctl wall: no incident %1 in %2").arg(c.incident).arg(a.pos.value(0)));
            return 1;
        }
    }
    Clock clock;
    auto w = store->apply({c.toChange(clock.liveNow(), store->user())}, QStringLiteral("floodctl wall"));
    w.waitForFinished();
    const WriteResult r = w.result();
    if (!r.ok) {
        err(QStringLiteral("floodctl wall: ") + r.error);
        return 1;
    }
    out(QStringLiteral("wall command %1: %2").arg(r.fids.value(0)).arg(c.target()));
    return 0;
}

} // namespace fc::ctl
