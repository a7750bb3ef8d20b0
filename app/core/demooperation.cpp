#include "app/core/demooperation.h"

#include "app/core/dispatchdemo.h"
#include "app/core/store.h"
#include "app/core/gaugesdemo.h" // issue 11
#include "app/core/warningdemo.h"

#include <initializer_list>

namespace fc::DemoOperation {

using Seeder = bool (*)(Store &, QString *);

bool seed(Store &store, QString *error)
{
    const std::initializer_list<Seeder> seeders = {
        // -- demo seeders: one line each (a function bool(Store &, QString *)) --
        GaugesDemo::seed, // issue 11: sensor codes and thresholds
        seedWarningsDemo,
        seedDispatchDemo, // incidents and dispatch (issue 12)
        // -- end demo seeders --
        nullptr,
    };
    for (Seeder s : seeders)
        if (s && !s(store, error))
            return false;
    return true;
}

} // namespace fc::DemoOperation
