#pragma once

#include <QString>

class QAction;
class QObject;

namespace fc {

// A write control (button, line edit, action) enabled when the panel wants it and the seat can write
// (WriteAccess::refusal is empty); while it cannot, disabled with the reason as its tooltip (its own tooltip
// comes back with the connection).
namespace WriteGuard {
void apply(QObject *control, bool wanted, const QString &refusal);
}

} // namespace fc
