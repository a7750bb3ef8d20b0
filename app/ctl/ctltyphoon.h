#pragma once

#include "app/core/rules/responseplan.h"

#include <QDateTime>
#include <QJsonValue>

namespace fc {
class Store;
}

namespace fc::ctl {

// The storm nearest to the district at `now` for `floodctl status` (null when none has a position then), with the
// plan's typhoon signal proposal (TyphoonProposal; `inForce` the typhoon signal's colour in force), and its lines
// of text (empty then).
QJsonValue nearestStormJson(Store &store, const QDateTime &now, const QList<TyphoonProposalRule> &rules,
                            const QString &inForce, QString *text);

} // namespace fc::ctl
