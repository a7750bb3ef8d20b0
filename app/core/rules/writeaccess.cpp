#include "app/core/rules/writeaccess.h"

#include "app/core/base/clock.h"
#include "app/core/store/store.h"

namespace fc {

QString WriteAccess::refusal(const Store *store, const Clock *clock)
{
    if (!store)
        return tr("No operation store is open.");
    if (!store->isOnline())
        return tr("Disconnected from the server: read-only until the connection is back.");
    if (store->isReadOnly())
        return tr("The operation store is open read-only.");
    if (store->role() == QLatin1String("viewer"))
        return tr("Your role on this operation is viewer: nothing can be changed.");
    if (clock && clock->isReplaying())
        return tr("Replay: nothing is written while the window shows a past state.");
    return {};
}

} // namespace fc
