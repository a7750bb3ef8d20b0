#pragma once

#include <QCoreApplication>
#include <QString>

namespace fc {

class Clock;
class Store;

// Whether this seat can write now, and if not why, in words for the disabled control: one rule for every panel.
struct WriteAccess
{
    Q_DECLARE_TR_FUNCTIONS(fc::WriteAccess)
public:
    // Empty when writes are possible; else the reason: no store, the server is lost, the store is read-only,
    // the viewer role, a replay.
    static QString refusal(const Store *store, const Clock *clock);
};

} // namespace fc
