#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace fc {
class Store;
}

namespace fc::ctl {

// The storm nearest to the district at `now` for `floodctl status` (null when none has a position then), and its
// line of text (empty then).
QJsonValue nearestStormJson(Store &store, const QDateTime &now, QString *text);

} // namespace fc::ctl
